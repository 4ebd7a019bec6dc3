// media/entityCard.js, run in plain Node against a minimal fake DOM: the card is built with
// textContent only (a hostile label shows literally), and clicks post only the messages the
// extension expects.
import { strict as assert } from 'node:assert';
import { cardView } from '../../src/extension/pure/cardView';
import { cardResult, displayPath, t, XSS } from './fixtures';
import { loadCardPage as load, SCRIPT } from './cardPage';

const hostile = structuredClone(cardResult);
hostile.card!.labels = { en: XSS, ja: XSS };
hostile.card!.facts[0]!.value = { en: XSS, ja: XSS };
hostile.mentions['en']![0]!.text = XSS;

describe('extension: entity card script (media/entityCard.js)', () => {
  it('says it is ready, then renders the card it is sent and remembers it', () => {
    const page = load();
    assert.deepEqual(page.posted, [{ type: 'ready' }]);
    const view = cardView('jjoc', cardResult, { lang: 'en', t, displayPath });
    page.send({ type: 'show', view });
    assert.equal(page.root.find((e) => e.tagName === 'h1')[0]!.textContent, 'Japan Joint Operations Command');
    assert.ok(page.root.textContent.includes('統合作戦司令部'));
    assert.ok(page.root.textContent.includes('240 persons'));
    assert.ok(page.root.textContent.includes('about 240 personnel'));
    assert.ok(page.root.textContent.includes('Mentions in the workspace (4)'));
    assert.deepEqual(page.state(), view);
  });

  it('shows a hostile label, value and mention literally, as text', () => {
    const page = load();
    page.send({ type: 'show', view: cardView('jjoc', hostile, { lang: 'en', t, displayPath }) });
    const h1 = page.root.find((e) => e.tagName === 'h1')[0]!;
    assert.equal(h1.textContent, XSS);
    assert.equal(h1.children.length, 0, 'no element was made from the label');
    assert.deepEqual(page.root.find((e) => e.tagName === 'img'), []);
    assert.ok(page.root.find((e) => e.className === 'value').some((e) => e.textContent === XSS));
    assert.ok(page.root.find((e) => e.className === 'mention-text').some((e) => e.textContent === XSS));
  });

  it('a click on a mention asks to open it at its range; a source link asks to open the URL', () => {
    const page = load();
    page.send({ type: 'show', view: cardView('jjoc', cardResult, { lang: 'en', t, displayPath }) });
    const buttons = page.root.find((e) => e.tagName === 'button');
    const mention = buttons.find((b) => b.textContent.startsWith('2:3'))!;
    mention.click();
    assert.deepEqual(page.posted.at(-1), { type: 'open', uri: 'file:///w/notes/a.md', range: cardResult.mentions['en']![2]!.range });
    const source = buttons.find((b) => b.textContent === 'seed-000.txt')!;
    source.click();
    assert.deepEqual(page.posted.at(-1), { type: 'openExternal', url: 'https://example.org/seed' });
    // The non-web source and sameAs value are text, not buttons.
    assert.ok(!buttons.some((b) => b.textContent.startsWith('javascript:') || b.textContent === 'seed-001.txt'));
    const definition = buttons.find((b) => b.textContent === 'dataset/x.entities.yaml:41:5')!;
    definition.click();
    assert.deepEqual(page.posted.at(-1), { type: 'open', uri: 'file:///w/dataset/x.entities.yaml', range: cardResult.definition!.range });
  });

  it('restores the last card from its saved state when the page reloads', () => {
    const view = cardView('jjoc', cardResult, { lang: 'ja', t, displayPath });
    const page = load(view);
    assert.equal(page.root.find((e) => e.tagName === 'h1')[0]!.textContent, '統合作戦司令部');
  });

  it('ignores messages that are not a card', () => {
    const page = load();
    page.send({ type: 'other' });
    page.send(null);
    assert.equal(page.root.children.length, 0);
  });

  it('never assigns HTML (static check)', () => {
    assert.doesNotMatch(SCRIPT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });
});
