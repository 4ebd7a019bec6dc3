// Record Fact from Selection over LSP: the proposals for a selected sentence (both languages,
// with what the dataset says), the code action for a property the entity has no fact for, and the
// edit that writes the fact with its source and date, into a workspace dataset or a new one.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { createEntityService, LineIndex } from '../../src/core';
import type { FactProposalsResult, NewEntityContextResult, RecordFactResult } from '../../src/server/protocol';
import { startServer, uriOf, workspace } from '../hostile/helpers';
import { bundledDatasetText } from '../helpers';

const DATASET = 'version: 1\n# Our own units.\nentities:\n  - id: blue-harbor\n    type: organization\n    labels: {en: Blue Harbor Unit, ja: 青港部隊}\n';
const NOTE = '---\ndate: 2026-04-01\n---\n\n# Visit\n\nThe Blue Harbor Unit has 50 personnel. The JJOC has 300 personnel.\n\nThe Green Bay Office met 緑湾事務所 staff.\n';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const e of [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

describe('record a fact from a selection (language server)', function () {
  this.timeout(60_000);
  let root: string;
  let c: Awaited<ReturnType<typeof startServer>>;
  const note = () => path.join(root, 'notes', 'visit.md');
  const dataset = () => path.join(root, 'units.entities.yaml');
  const firstSentence = { start: { line: 6, character: 0 }, end: { line: 6, character: 38 } };

  before(async () => {
    root = workspace('record', { 'units.entities.yaml': DATASET, 'notes/visit.md': NOTE });
    c = await startServer(root, 'notes/visit.md');
    await c.open(note());
  });
  after(() => c.dispose());

  it('proposes what the sentence states, in both languages, with the verdict', async () => {
    const all = await c.request<FactProposalsResult>('entityLens/factProposals', { uri: uriOf(note()), range: { start: { line: 6, character: 0 }, end: { line: 6, character: 69 } } });
    const brief = all.proposals.map((p) => `${p.entity}.${p.property}=${p.value['en']} ${p.verdict}`);
    assert.deepEqual(brief, ['blue-harbor.personnel=50 persons new', 'jjoc.personnel=300 persons conflict']);
    assert.equal(all.proposals[0]!.entityLabels['ja'], '青港部隊');
    assert.ok(all.proposals[0]!.propertyLabels['ja'], 'the property in Japanese too');
    assert.deepEqual(all.datasets.map((d) => d.name), ['units.entities.yaml']);
    assert.equal(all.quote, 'The Blue Harbor Unit has 50 personnel. The JJOC has 300 personnel.');
  });

  it('offers "Record …" as a code action for a property the entity has no fact for, and its edit records it', async () => {
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(note()) }, range: firstSentence, context: { diagnostics: [], only: ['refactor'] } });
    const record = actions.find((a) => a.title.startsWith('Record'));
    assert.ok(record, actions.map((a) => a.title).join(' | '));
    assert.match(record.title, /Record .*50 persons of Blue Harbor Unit in units\.entities\.yaml/);
    const edits = record.edit!.changes![uriOf(dataset())]!;
    const after = applyEdits(DATASET, edits);
    assert.ok(after.startsWith(DATASET.trimEnd()), 'only an insertion: the comment and layout stay');
    const service = createEntityService();
    service.loadDatasets([{ file: 'canonical.entities.yaml', text: bundledDatasetText() }, { file: 'units.entities.yaml', text: after }]);
    const fact = service.getEntity('blue-harbor')!.facts.find((f) => f.property === 'personnel')!;
    assert.deepEqual(fact.value, { kind: 'quantity', amount: 50, unit: 'persons' });
    assert.deepEqual(fact.sources, [{ document: 'notes/visit.md', quote: 'The Blue Harbor Unit has 50 personnel.' }]);
    assert.deepEqual(fact.qualifiers.asOf, { kind: 'date', year: 2026, month: 4, day: 1, precision: 'day' });
    // A property the entity already has a fact for gets no such action (the quick fix is there).
    const second = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(note()) }, range: { start: { line: 6, character: 39 }, end: { line: 6, character: 69 } }, context: { diagnostics: [], only: ['refactor'] } });
    assert.ok(!second.some((a) => a.title.startsWith('Record')));
  });

  it('records into a new dataset inside the workspace, never over an existing file or outside', async () => {
    const made = await c.request<RecordFactResult>('entityLens/recordFact', { uri: uriOf(note()), range: firstSentence, proposal: 0, dataset: uriOf(path.join(root, 'mine.entities.yaml')), create: true });
    const changes = (made.edit as WorkspaceEdit).documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: uriOf(path.join(root, 'mine.entities.yaml')), options: { ignoreIfExists: false, overwrite: false } });
    assert.match(JSON.stringify(changes[1]), /document: notes\/visit\.md/);
    for (const [target, create] of [[dataset(), true], [path.join(path.dirname(root), 'outside.entities.yaml'), true], [path.join(root, 'notes', 'visit.md'), false], [path.join(root, 'other.entities.yaml'), false]] as const) {
      const refused = await c.request<RecordFactResult>('entityLens/recordFact', { uri: uriOf(note()), range: firstSentence, proposal: 0, dataset: uriOf(target), create });
      assert.equal(refused.edit, null, target);
      assert.ok(refused.error, 'says why');
    }
    const none = await c.request<RecordFactResult>('entityLens/recordFact', { uri: uriOf(note()), range: firstSentence, proposal: 7, dataset: uriOf(dataset()) });
    assert.equal(none.edit, null);
    assert.ok(!fs.existsSync(path.join(root, 'mine.entities.yaml')), 'the server writes nothing itself');
  });

  it('New Entity: proposes a free id and the types in use, and adds the record with where the name was seen', async () => {
    const name = { start: { line: 8, character: 4 }, end: { line: 8, character: 20 } };
    const context = await c.request<NewEntityContextResult>('entityLens/newEntityContext', { uri: uriOf(note()), range: name });
    assert.equal(context.name, 'Green Bay Office');
    assert.equal(context.lang, 'en');
    assert.equal(context.proposedId, 'green-bay-office');
    assert.equal(context.types[0], 'organization', 'the most used type first');
    const made = await c.request<RecordFactResult>('entityLens/newEntity', { uri: uriOf(note()), range: name, id: 'green-bay-office', type: 'organization', otherLabel: '緑湾事務所', dataset: uriOf(dataset()) });
    const after = applyEdits(DATASET, (made.edit as WorkspaceEdit).changes![uriOf(dataset())]!);
    assert.ok(after.startsWith(DATASET), 'an insertion at the end');
    assert.match(after, /# First seen in notes\/visit\.md: "The Green Bay Office met 緑湾事務所 staff\."/);
    const service = createEntityService();
    const problems = service.loadDatasets([{ file: 'units.entities.yaml', text: after }]);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    assert.deepEqual(service.getEntity('green-bay-office')?.labels, { en: 'Green Bay Office', ja: '緑湾事務所' });
    // A Japanese name gives no id to propose; a taken or malformed id, or a bad type, is refused.
    const ja = await c.request<NewEntityContextResult>('entityLens/newEntityContext', { uri: uriOf(note()), range: { start: { line: 8, character: 25 }, end: { line: 8, character: 30 } } });
    assert.deepEqual([ja.name, ja.lang, ja.proposedId], ['緑湾事務所', 'ja', '']);
    for (const [id, type] of [['blue-harbor', 'organization'], ['Bad Id', 'organization'], ['ok-id', 'Not A Type']]) {
      const refused = await c.request<RecordFactResult>('entityLens/newEntity', { uri: uriOf(note()), range: name, id, type, dataset: uriOf(dataset()) });
      assert.equal(refused.edit, null, `${id} ${type}`);
      assert.ok(refused.error);
    }
  });
});
