// Recording a fact in a dataset file: every shape of file gets an insertion (nothing it had is
// changed), and the result loads with the fact, its source and its date.
import { strict as assert } from 'node:assert';
import { createEntityService } from '../../src/core';
import { addFactEdit, type FactToRecord } from '../../src/server/factEdit';

const FACT: FactToRecord = { property: 'personnel', value: '{amount: 300, unit: persons}', asOf: { kind: 'date', year: 2026, month: 4, precision: 'month' }, document: 'notes/jjoc.md', quote: 'The JJOC now has "300" staff.' };
const HEAD = 'version: 1\nproperties:\n  personnel: {type: quantity, unit: persons}\n';

const CASES: Array<{ name: string; text: string }> = [
  { name: 'an empty file', text: '' },
  { name: 'no entities key', text: HEAD },
  { name: 'no record for the entity', text: HEAD + '# mine\nentities:\n  - id: other\n    labels: {en: Other}\n' },
  { name: 'a record without facts', text: HEAD + 'entities:\n  - id: jjoc\n    labels: {en: JJOC here}  # note\n' },
  { name: 'a record with block facts', text: HEAD + 'entities:\n- id: jjoc\n  facts:\n  - property: personnel\n    value: 240\n' },
  { name: 'a record with flow facts', text: HEAD + 'entities:\n  - id: jjoc\n    facts: []\n' },
  { name: 'CRLF line endings', text: (HEAD + 'entities:\n  - id: jjoc\n    facts:\n      - {property: personnel, value: 240}\n').replace(/\n/g, '\r\n') },
];

describe('recording a fact in a dataset file', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const change = addFactEdit(c.text, 'jjoc', FACT);
      assert.ok(change, 'an edit');
      assert.equal(change.start, change.end, 'an insertion');
      const after = c.text.slice(0, change.start) + change.newText + c.text.slice(change.end);
      const service = createEntityService();
      // The entity and the property come from an earlier file, as from the bundled dataset.
      const base = 'version: 1\nproperties:\n  personnel: {type: quantity, unit: persons}\nentities:\n  - {id: jjoc, type: organization}\n  - {id: other, type: organization}\n';
      const problems = service.loadDatasets([{ file: 'base.entities.yaml', text: base }, { file: 'd.entities.yaml', text: after }]);
      assert.deepEqual(problems.filter((p) => p.severity === 'error'), [], after);
      const facts = service.getEntity('jjoc')?.facts.filter((f) => f.property === 'personnel') ?? [];
      const recorded = facts.at(-1);
      assert.ok(recorded, after);
      assert.deepEqual(recorded.value, { kind: 'quantity', amount: 300, unit: 'persons' });
      assert.deepEqual(recorded.sources, [{ document: 'notes/jjoc.md', quote: 'The JJOC now has "300" staff.' }]);
      assert.equal(recorded.qualifiers.asOf?.month, 4);
      if (c.text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(change.newText), 'the file\'s line endings');
    });
  }

  it('leaves alone a file it cannot edit safely (does not parse, flow entities)', () => {
    assert.equal(addFactEdit('entities: [\n', 'jjoc', FACT), undefined);
    assert.equal(addFactEdit('entities: [{id: jjoc}]\n', 'jjoc', FACT), undefined);
  });
});
