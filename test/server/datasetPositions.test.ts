// What the cursor is on in a dataset file, read from the record around it: the same answer as a
// parse of the whole file, at every sampled offset of the bundled dataset; and, case by case,
// the layouts a hand-written file may have (a sequence at the key's indent, CRLF, comments,
// flow style, a broken neighbour).
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import type { PropertyType } from '../../src/core';
import { DatasetText, targetInDocument } from '../../src/server/datasetPositions';
import { bundledDatasetText, serviceWith } from '../helpers';

const CURSOR = '‸';
const TYPES: Record<string, PropertyType> = { commander: 'entity', commands: 'entity', personnel: 'quantity', motto: 'text' };
const typeOf = (name: string) => TYPES[name];

const cases: Array<{ what: string; text: string; finds: string | null }> = [
  { what: "a record's id", text: 'version: 1\nentities:\n  - id: blue-h‸arbor\n    type: organization\n', finds: 'entity:blue-harbor' },
  { what: 'items at the same indent as their key', text: 'entities:\n- id: a\n  type: x\n- id: b‸\n  type: y\n', finds: 'entity:b' },
  { what: 'CRLF line ends', text: 'entities:\r\n  - id: a\r\n    facts:\r\n      - property: commander\r\n        value: b‸ob\r\n', finds: 'entity:bob' },
  { what: 'comments between the items, in the first column too', text: 'entities:\n  - id: a\n# a note\n\n  # another\n  - id: b‸\n', finds: 'entity:b' },
  { what: 'an {entity: id} value in a list', text: 'entities:\n  - id: a\n    facts:\n      - property: commands\n        value: [x, {entity: y‸}]\n', finds: 'entity:y' },
  { what: 'a shorthand id in a list', text: 'entities:\n  - id: a\n    facts:\n      - property: commands\n        value: [x, y‸]\n', finds: 'entity:y' },
  { what: 'a shorthand value of a text property', text: 'entities:\n  - id: a\n    facts:\n      - property: motto\n        value: hel‸lo\n', finds: null },
  { what: "a fact's property", text: 'entities:\n  - id: a\n    facts:\n      - property: perso‸nnel\n        value: 5\n', finds: 'property:personnel' },
  { what: 'a property key', text: 'properties:\n  chi‸ef:\n    type: entity\nentities: []\n', finds: 'property:chief' },
  { what: "a property's type", text: 'properties:\n  chief:\n    type: ent‸ity\n', finds: null },
  { what: "a test's expected conflict", text: 'tests:\n  - text: The JJOC has 300 personnel.\n    conflicts: [{entity: jj‸oc, property: personnel}]\n', finds: 'entity:jjoc' },
  { what: "a test's conflicting property", text: 'tests:\n  - text: The JJOC has 300 personnel.\n    conflicts: [{entity: jjoc, property: pers‸onnel}]\n', finds: 'property:personnel' },
  { what: 'a file in flow style', text: 'version: 1\nentities: [{id: a, facts: [{property: commander, value: b‸ob}]}]\n', finds: 'entity:bob' },
  { what: 'a top-level key', text: 'entit‸ies:\n  - id: a\n', finds: null },
  { what: 'a record that does not parse', text: 'entities:\n  - id: a‸\n    labels: {en: [\n  - id: b\n', finds: null },
  { what: 'the record after one that does not parse', text: 'entities:\n  - id: a\n    labels: {en: [\n  - id: b‸\n', finds: 'entity:b' },
  { what: 'the end of the last line, with no line break', text: 'entities:\n  - id: last‸', finds: 'entity:last' },
];

describe('dataset positions', () => {
  for (const c of cases) {
    it(`${c.finds ?? 'nothing'} on ${c.what}`, () => {
      const offset = c.text.indexOf(CURSOR);
      const text = c.text.replace(CURSOR, '');
      const found = new DatasetText(text).targetAt(offset, typeOf);
      assert.equal(found ? `${found.kind}:${found.name}` : null, c.finds);
      if (found) assert.equal(text.slice(found.start, found.end), found.name, 'the range is the scalar');
    });
  }

  it('answers as a parse of the whole file does, in every key and value of the bundled dataset', () => {
    const text = bundledDatasetText();
    const { service } = serviceWith([]);
    const type = (name: string) => service.dataset.properties.get(name)?.type;
    const whole = parseDocument(text, { uniqueKeys: false });
    const local = new DatasetText(text);
    const found = new Map<string, number>();
    // Inside the first word of every key and every value (where ids and names are), and every 97th offset.
    const offsets = new Set<number>();
    for (const m of text.matchAll(/(?:^[ \t-]*|: |[{[,] )(?=[\w-])/gm)) offsets.add(m.index + m[0].length + 1);
    for (let offset = 0; offset <= text.length; offset += 97) offsets.add(offset);
    for (const offset of offsets) {
      const expected = targetInDocument(whole, offset, type);
      assert.deepEqual(local.targetAt(offset, type), expected, `at ${offset}: ${JSON.stringify(text.slice(offset - 20, offset + 20))}`);
      if (expected) found.set(expected.kind, (found.get(expected.kind) ?? 0) + 1);
    }
    // Enough of both kinds for the comparison to mean something.
    assert.ok((found.get('entity') ?? 0) > 100 && (found.get('property') ?? 0) > 100, JSON.stringify([...found]));
  });
});
