// Dataset files as documents, over LSP: hover on an entity id (a record's `id:`, an entity-valued
// fact in each of its forms, a test's expected mention) shows the entity's card, hover on a
// property name the property's card; definition goes from a use to the record or declaration;
// references go from an id to the entity's mentions in the notes. Positions follow an open
// editor's text.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver/node';
import { bundledDatasetText } from '../helpers';
import { slice, startServer, uriOf, workspace } from '../hostile/helpers';
import { positionOf, unescapeMarkdown, type TestClient } from './harness';

const DATASET = [
  'version: 1',
  'properties:',
  '  harborChief:',
  '    type: entity',
  '    label: {en: harbor chief, ja: 港長}',
  '    cues:',
  '      en: [harbor chief, chief of the harbor, harbormaster, port captain, head of port, harbor boss, pier boss]',
  '      ja: [港長, "<img src=x>[港](command:workbench.action.quit)"]',
  'entities:',
  '  - id: blue-harbor',
  '    type: organization',
  '    labels: {en: Blue Harbor Unit, ja: 青港部隊}',
  '    facts:',
  '      - property: harborChief',
  '        value: {entity: aoi-minato}',
  '      - property: commands',
  '        value: [red-pier, {entity: aoi-minato}]',
  '      - property: personnel',
  '        value: 50',
  '  - id: aoi-minato',
  '    type: person',
  '    labels: {en: Aoi Minato, ja: 湊葵}',
  '    facts:',
  '      - property: commander',
  '        value: blue-harbor',
  '  - id: red-pier',
  '    type: organization',
  '    labels: {en: Red Pier Group, ja: 赤桟橋群}',
  'tests:',
  '  - text: Aoi Minato leads the Blue Harbor Unit.',
  '    mentions: [aoi-minato, blue-harbor]',
  '',
].join('\n');
const NOTE = '# Visit\n\nAoi Minato met the Blue Harbor Unit. 湊葵は青港部隊を率いる。Aoi Minato left.\n';

/** Where the cursor goes: inside `needle` (its `occurrence`-th), `shift` characters past its start. */
interface Spot {
  needle: string;
  occurrence?: number;
  shift?: number;
}

function spot(text: string, { needle, occurrence = 0, shift = 0 }: Spot): { line: number; character: number } {
  const p = positionOf(text, needle, occurrence);
  return { line: p.line, character: p.character + shift };
}

describe('dataset files as documents (language server)', function () {
  this.timeout(60_000);
  let root: string;
  let c: TestClient;
  const dataset = () => path.join(root, 'units.entities.yaml');
  const note = () => path.join(root, 'notes', 'visit.md');
  const hover = (s: Spot, text = DATASET) => c.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(dataset()) }, position: spot(text, s) });

  before(async () => {
    root = workspace('dataset-docs', { 'units.entities.yaml': DATASET, 'notes/visit.md': NOTE });
    c = await startServer(root, 'notes/visit.md');
  });
  after(() => c.dispose());

  // The cursor on each id or property name, and a phrase its card must show.
  const hovers: Array<{ what: string; at: Spot; shows: string[]; covers: string }> = [
    { what: "a record's id", at: { needle: 'blue-harbor', shift: 3 }, shows: ['Blue Harbor Unit', '青港部隊', 'organization', 'Mentions in the workspace: English 1 · Japanese 1'], covers: 'blue-harbor' },
    { what: 'an {entity: id} value', at: { needle: 'aoi-minato}', shift: 1 }, shows: ['Aoi Minato', '湊葵', 'Mentions in the workspace: English 2 · Japanese 1'], covers: 'aoi-minato' },
    { what: 'a shorthand id in a value list', at: { needle: 'red-pier,' }, shows: ['Red Pier Group', '赤桟橋群'], covers: 'red-pier' },
    { what: '{entity: id} in a value list', at: { needle: 'aoi-minato}', occurrence: 1, shift: 10 }, shows: ['Aoi Minato'], covers: 'aoi-minato' },
    { what: 'a shorthand id of an entity-typed property', at: { needle: 'value: blue-harbor', shift: 8 }, shows: ['Blue Harbor Unit'], covers: 'blue-harbor' },
    { what: "a test's expected mention", at: { needle: '[aoi-minato', shift: 2 }, shows: ['Aoi Minato'], covers: 'aoi-minato' },
    { what: 'a property declaration', at: { needle: 'harborChief:' }, shows: ['harbor chief', '港長', 'entity', 'Cues (English): harbor chief, chief of the harbor', '…and 1 more', 'Cues (Japanese): 港長, <img src=x>[港](command:workbench.action.quit)', '1 entity has a fact for it.'], covers: 'harborChief' },
    { what: "a fact's property", at: { needle: 'property: harborChief', shift: 12 }, shows: ['harbor chief', '1 entity has a fact for it.'], covers: 'harborChief' },
    { what: "a bundled property used in a fact", at: { needle: 'property: commands', shift: 10 }, shows: ['commands', '指揮下の部隊', 'several values'], covers: 'commands' },
  ];
  for (const h of hovers) {
    it(`hovers ${h.what} with its card`, async () => {
      const answer = await hover(h.at);
      assert.ok(answer, 'a hover');
      const text = unescapeMarkdown((answer.contents as MarkupContent).value);
      for (const s of h.shows) assert.ok(text.includes(s), `${s} in:\n${text}`);
      // Dataset text is shown as text: no link, HTML or emphasis comes from it.
      const md = (answer.contents as MarkupContent).value;
      assert.ok(!/(?<!\\)\]\(command:/.test(md) && !/(^|[^\\])<img/.test(md), md);
      assert.equal(slice(DATASET, answer.range!), h.covers, 'the range is the scalar under the cursor');
    });
  }

  it('answers no hover on anything else in a dataset file (a type, a label, a quantity)', async () => {
    for (const at of [{ needle: 'organization' }, { needle: 'Blue Harbor Unit' }, { needle: 'value: 50', shift: 8 }, { needle: 'harbor chief' }]) {
      assert.equal(await hover(at), null, at.needle);
    }
  });

  // From a use to where it is defined: the line of the record or declaration.
  const definitions: Array<{ what: string; at: Spot; goes: { file: 'units' | 'bundled'; line: string } }> = [
    { what: 'an {entity: id} value', at: { needle: 'aoi-minato}', shift: 3 }, goes: { file: 'units', line: '  - id: aoi-minato' } },
    { what: 'a shorthand id', at: { needle: 'value: blue-harbor', shift: 10 }, goes: { file: 'units', line: '  - id: blue-harbor' } },
    { what: 'a shorthand id in a list', at: { needle: 'red-pier,' }, goes: { file: 'units', line: '  - id: red-pier' } },
    { what: "a fact's property", at: { needle: 'property: harborChief', shift: 12 }, goes: { file: 'units', line: '  harborChief:' } },
    { what: 'a bundled property', at: { needle: 'property: commands', shift: 12 }, goes: { file: 'bundled', line: '  commands:' } },
  ];
  for (const d of definitions) {
    it(`goes from ${d.what} to its ${d.goes.file === 'bundled' ? 'declaration in the bundled dataset' : 'record or declaration'}`, async () => {
      const locations = await c.request<Location[] | null>('textDocument/definition', { textDocument: { uri: uriOf(dataset()) }, position: spot(DATASET, d.at) });
      assert.ok(locations && locations.length === 1, JSON.stringify(locations));
      const target = d.goes.file === 'units' ? DATASET : bundledDatasetText();
      const line = target.split('\n').indexOf(d.goes.line);
      assert.ok(line >= 0);
      assert.equal(locations[0]!.range.start.line, line, JSON.stringify(locations[0]));
      if (d.goes.file === 'units') assert.equal(locations[0]!.uri, uriOf(dataset()));
      else assert.ok(locations[0]!.uri.endsWith('/canonical.entities.yaml'), locations[0]!.uri);
    });
  }

  it("lists the mentions of the entity whose id is under the cursor, with its record as the declaration", async () => {
    // The cursor is in blue-harbor's record, on aoi-minato: the references are aoi-minato's.
    const params = { textDocument: { uri: uriOf(dataset()) }, position: spot(DATASET, { needle: 'aoi-minato}', shift: 2 }) };
    const refs = await c.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
    assert.deepEqual(refs[0], { uri: uriOf(dataset()), range: { start: { line: 19, character: 4 }, end: { line: 19, character: 4 } } });
    const inNote = refs.slice(1).map((l) => NOTE.split('\n')[l.range.start.line]!.slice(l.range.start.character, l.range.end.character));
    assert.deepEqual(inNote, ['Aoi Minato', '湊葵', 'Aoi Minato']);
    assert.ok(refs.slice(1).every((l) => l.uri === uriOf(note())));
    const fromId = await c.request<Location[]>('textDocument/references', { textDocument: { uri: uriOf(dataset()) }, position: spot(DATASET, { needle: 'id: aoi-minato', shift: 5 }), context: { includeDeclaration: false } });
    assert.deepEqual(fromId, refs.slice(1));
  });

  it("follows the open editor's text, before it is saved", async () => {
    const edited = '# A comment typed above everything.\n' + DATASET;
    await c.notify('textDocument/didOpen', { textDocument: { uri: uriOf(dataset()), languageId: 'yaml', version: 1, text: edited } });
    const answer = await hover({ needle: 'red-pier,' }, edited);
    assert.ok(answer && unescapeMarkdown((answer.contents as MarkupContent).value).includes('Red Pier Group'));
    assert.equal(answer.range!.start.line, spot(edited, { needle: 'red-pier,' }).line);
    await c.notify('textDocument/didClose', { textDocument: { uri: uriOf(dataset()) } });
  });

  describe('in a Japanese UI', () => {
    let ja: TestClient;
    before(async () => {
      ja = await startServer(root, 'notes/visit.md', { initializationOptions: { trusted: true, locale: 'ja' } });
    });
    after(async () => {
      // The folder belongs to the outer suite's server, which removes it.
      await ja.dispose({ keepFixture: true });
    });

    it("writes the property card's headings in Japanese", async () => {
      const answer = await ja.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(dataset()) }, position: spot(DATASET, { needle: 'harborChief:' }) });
      const text = unescapeMarkdown((answer.contents as MarkupContent).value);
      for (const s of ['港長', 'プロパティ · エンティティ', '手がかり語（英語）：harbor chief', '…ほか1件', '手がかり語（日本語）：港長', '1件のエンティティにこのプロパティの事実があります。']) assert.ok(text.includes(s), `${s} in:\n${text}`);
    });
  });
});
