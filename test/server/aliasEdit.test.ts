// Adding an alias to a hand-written dataset: the edit follows the file's own style and leaves
// every comment and every other line untouched. One check() per shape of `aliases`.
import { strict as assert } from 'node:assert';
import { addAliasEdit } from '../../src/server/aliasEdit';
import { joinLines } from '../helpers';

const FILE = joinLines(
  'version: 1',
  'entities:',
  '  # organisations',
  '  - id: block   # a comment',
  '    labels: {en: Block, ja: ブロック}',
  '    aliases:',
  '      en:',
  '        - BLK',
  '        - {text: Bl, needsContext: true}   # short',
  '      ja: [ブ]  # tail',
  '    facts: []',
  '  - id: flow',
  '    aliases: {en: [FL]}',
  '  - id: bare',
  '    labels:',
  '      en: Bare',
  '    facts: []',
  '  - id: single',
  '    aliases:',
  '      ja: 単独',
  '',
);

function check(id: string, lang: string, alias: string, expected: string[] | undefined, text = FILE): void {
  const change = addAliasEdit(text, id, lang, alias);
  if (expected === undefined) {
    assert.equal(change, undefined);
    return;
  }
  assert.ok(change, 'an edit');
  const after = text.slice(0, change.start) + change.newText + text.slice(change.end);
  assert.deepEqual(changedLines(text, after), expected, after);
  assert.ok(after.includes('# organisations') && after.includes('# a comment') && after.includes('# short') && after.includes('# tail'));
}

/** The lines of `after` that differ from `before`: what is left once the common head and tail are cut. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return b.slice(head, b.length - tail);
}

describe('addAliasEdit', () => {
  it('appends to a block list at its indentation', () => check('block', 'en', 'Blocky', ['        - Blocky']));
  it('appends inside a flow list, before the bracket and the comment', () => check('block', 'ja', 'ブロ', ['      ja: [ブ, ブロ]  # tail']));
  it('adds a language to a flow map', () => check('flow', 'ja', 'フロー', ['    aliases: {en: [FL], ja: [フロー]}']));
  it('adds an aliases map after the labels', () => check('bare', 'en', 'B2', ['    aliases:', '      en: [B2]']));
  it('turns the single-string form into a list', () => check('single', 'ja', '二', ['      ja: [単独, 二]']));
  it('adds an extension record for an entity the file does not have', () => check('jjoc', 'en', 'Joint HQ', ['  - id: jjoc', '    aliases:', '      en: [Joint HQ]']));
  it('quotes what YAML would read differently', () => {
    check('block', 'en', 'true', ['        - "true"']);
    check('block', 'en', '- dash', ['        - "- dash"']);
    check('flow', 'en', 'A: B, C', ['    aliases: {en: [FL, "A: B, C"]}']);
  });
  it('keeps CRLF line ends', () => {
    const crlf = joinLines('version: 1', 'entities:', '  - id: x', '    labels: {en: X}', '').replace(/\n/g, '\r\n');
    const change = addAliasEdit(crlf, 'x', 'en', 'Ex')!;
    assert.equal(change.newText, '    aliases:\r\n      en: [Ex]\r\n');
  });
  it('does not edit a file that does not parse', () => check('block', 'en', 'X', undefined, FILE + 'bad: [\n'));
});
