import { strict as assert } from 'node:assert';
import { loadDatasets, parseDatasetFile } from '../../src/core/dataset';
import { assertWellFormed, located, y } from './helpers';

// Each case: a small file (loaded alone, so it must declare what it uses) → its problems, as
// `code@line:character «text under the range»` (0-based, UTF-16), and the entity ids that load.

const HEAD = y`
  version: 1
  properties:
    personnel: {type: quantity, unit: persons}
    cost: {type: money}
    commander: {type: entity}
    established: {type: date}
`;
// HEAD is 6 lines; entity lines below start at line 6.

interface Case {
  name: string;
  text: string;
  problems: string[];
  entities?: string[];
  severity?: Array<'error' | 'warning'>;
}

const CASES: Case[] = [
  {
    name: 'yaml-syntax: an unclosed flow sequence',
    text: 'version: 1\nentities:\n  - id: a\n    type: [x\n  - id: b\n',
    // The yaml library notices the missing `]` where the next item starts; what it recovered
    // (`type` as a list) then fails the schema, so neither entity has a usable type.
    problems: [
      'dataset.schema@2:8 «a»',
      'dataset.schema@3:10 «[x»',
      'dataset.yaml-syntax@4:2 «-»',
      'dataset.schema@4:8 «b»',
    ],
    entities: ['a', 'b'],
  },
  {
    name: 'yaml-syntax: a tab used as indentation',
    text: 'version: 1\nentities:\n\t- id: a\n',
    problems: ['dataset.yaml-syntax@2:0 «\t»', 'dataset.schema@2:7 «a»'],
    entities: ['a'],
  },
  {
    name: 'schema: the file is a list',
    text: '[1,2]',
    problems: ['dataset.schema@0:0 «[1,2]»'],
    entities: [],
  },
  {
    name: 'schema: version missing (a warning)',
    text: 'entities: []\n',
    problems: ['dataset.schema@0:0 «entities: []»'],
    severity: ['warning'],
  },
  {
    name: 'schema: entities is a mapping',
    text: 'version: 1\nentities:\n  a: 1\n',
    problems: ['dataset.schema@2:2 «a: 1»'],
  },
  {
    name: 'schema: an entity without id is dropped, the next one stays',
    text: HEAD + 'entities:\n  - type: person\n    labels: {en: X}\n  - {id: b, type: person}\n',
    problems: ['dataset.schema@7:4 «type: person»'],
    entities: ['b'],
  },
  {
    name: 'schema: an id that breaks the pattern (the entity is not loaded: ids reach terminals and URIs)',
    text: HEAD + 'entities:\n  - {id: Blue Harbor, type: organization}\n  - {id: "bad\\e[2Jid", type: organization}\n  - {id: blue-harbor, type: organization}\n',
    problems: ['dataset.schema@7:9 «Blue Harbor»', 'dataset.schema@8:9 «"bad\\e[2Jid"»'],
    entities: ['blue-harbor'],
  },
  {
    name: 'schema: labels is a string',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    labels: A\n',
    problems: ['dataset.schema@9:12 «A»'],
    entities: ['a'],
  },
  {
    name: 'schema: a fact without value is dropped',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - property: personnel\n      - {property: personnel, value: 3}\n',
    problems: ['dataset.schema@10:8 «property: personnel»'],
    entities: ['a'],
  },
  {
    name: 'schema: unknown property type',
    text: 'version: 1\nproperties:\n  size: {type: number}\n',
    problems: ['dataset.schema@2:15 «number»'],
  },
  {
    name: 'schema: a property no file gives a type',
    text: 'version: 1\nproperties:\n  size: {unit: m}\n',
    problems: ['dataset.schema@2:2 «size»'],
  },
  {
    name: 'schema: an entity no file gives a type',
    text: 'version: 1\nentities:\n  - id: a\n',
    problems: ['dataset.schema@2:8 «a»'],
    entities: ['a'],
  },
  {
    name: 'schema: an unknown status drops the fact',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: personnel, value: 3, qualifiers: {status: plannd}}\n',
    problems: ['dataset.schema@10:61 «plannd»'],
  },
  {
    name: 'schema: approximate must be a boolean',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: personnel, value: 3, qualifiers: {approximate: yes}}\n',
    problems: ['dataset.schema@10:66 «yes»'],
  },
  {
    name: 'schema: a source without document',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - property: personnel\n        value: 3\n        sources: [{quote: hi}]\n',
    problems: ['dataset.schema@12:18 «{quote: hi}»'],
  },
  {
    name: 'schema: a test without text',
    text: 'version: 1\ntests:\n  - mentions: [a]\n',
    problems: ['dataset.schema@2:4 «mentions: [a]»'],
  },
  {
    name: 'unknown-field: at the top, in an entity, a fact, an alias, a source, a value, a test',
    text:
      HEAD +
      y`
        entities:
          - id: a
            type: person
            label: {en: A}
            aliases: {en: [{text: A1, needContext: true}]}
            facts:
              - property: personnel
                value: {amount: 3, units: persons}
                sources: [{document: d, page: 3}]
                qualifier: {asOf: 2025}
        tests:
          - text: hi
            mention: [a]
        extra: 1
      `,
    problems: [
      'dataset.unknown-field@9:4 «label»',
      'dataset.unknown-field@10:30 «needContext»',
      'dataset.unknown-field@13:27 «units»',
      'dataset.unknown-field@14:32 «page»',
      'dataset.unknown-field@15:8 «qualifier»',
      'dataset.unknown-field@18:4 «mention»',
      'dataset.unknown-field@19:0 «extra»',
    ],
    severity: ['warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning'],
    entities: ['a'],
  },
  {
    name: 'unsupported-version',
    text: 'version: 2\nentities: []\n',
    problems: ['dataset.unsupported-version@0:9 «2»'],
  },
  {
    name: 'duplicate-id: points at the second one',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n  - id: b\n    type: person\n  - id: a\n    type: place\n',
    problems: ['dataset.duplicate-id@11:8 «a»'],
    entities: ['a', 'b'],
  },
  {
    name: 'unknown-property',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: personel, value: 3}\n',
    problems: ['dataset.unknown-property@10:19 «personel»'],
  },
  {
    name: 'invalid-value: a word for a quantity',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - property: personnel\n        value: lots\n',
    problems: ['dataset.invalid-value@11:15 «lots»'],
  },
  {
    name: 'invalid-value: a list item that does not fit',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - property: cost\n        value: [{amount: 5, currency: JPY}, 7]\n',
    problems: ['dataset.invalid-value@11:44 «7»'],
  },
  {
    name: 'invalid-value: a bad date qualifier',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: personnel, value: 3, qualifiers: {asOf: 2025-02-30}}\n',
    problems: ['dataset.invalid-value@10:59 «2025-02-30»'],
  },
  {
    name: 'invalid-value: a bad currency',
    text: HEAD + 'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: cost, value: {amount: 5, currency: yen}}\n',
    problems: ['dataset.invalid-value@10:54 «yen»'],
  },
  {
    name: 'unknown-entity: in a fact, and in a test',
    text:
      HEAD +
      'entities:\n  - id: a\n    type: person\n    facts:\n      - {property: commander, value: b}\ntests:\n  - text: hi\n    mentions: [a, c]\n    conflicts: [{entity: d, property: rank}]\n',
    problems: [
      'dataset.unknown-entity@10:37 «b»',
      'dataset.unknown-entity@13:18 «c»',
      'dataset.unknown-entity@14:25 «d»',
      'dataset.unknown-property@14:38 «rank»',
    ],
  },
  {
    name: 'empty-alias: blank strings, objects and labels (warnings; the alias is dropped)',
    text: HEAD + "entities:\n  - id: a\n    type: person\n    labels: {en: ''}\n    aliases:\n      en: ['', '  ', {text: ''}, ok]\n",
    problems: [
      'dataset.empty-alias@9:17 «\'\'»',
      'dataset.empty-alias@11:11 «\'\'»',
      'dataset.empty-alias@11:15 «\'  \'»',
      'dataset.empty-alias@11:28 «\'\'»',
    ],
    severity: ['warning', 'warning', 'warning', 'warning'],
  },
  {
    name: 'positions count UTF-16 code units (an emoji and kanji before the problem)',
    text: HEAD + 'entities:\n  - {id: a, type: person, labels: {ja: 😀青港}, bogus: 1}\n',
    problems: ['dataset.unknown-field@7:46 «bogus»'],
  },
];

describe('dataset: problems at the right place', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { dataset, problems } = loadDatasets([{ file: 'case.entities.yaml', text: c.text }]);
      assert.deepEqual(located(problems, c.text), c.problems);
      if (c.severity) assert.deepEqual(problems.map((p) => p.severity), c.severity);
      if (c.entities) assert.deepEqual([...dataset.entities.keys()], c.entities);
      assertWellFormed(problems, c.text);
      for (const p of problems) assert.equal(p.file, 'case.entities.yaml');
    });
  }

  it('writes every message in English and in Japanese', () => {
    for (const c of CASES) {
      const en = loadDatasets([{ file: 'f', text: c.text }], { lang: 'en' }).problems;
      const ja = loadDatasets([{ file: 'f', text: c.text }], { lang: 'ja' }).problems;
      assert.deepEqual(
        ja.map((p) => p.code),
        en.map((p) => p.code),
      );
      en.forEach((p, i) => {
        assert.doesNotMatch(p.message, /[\u3040-\u30ff]/, `${c.name}: English message has kana: ${p.message}`);
        assert.match(ja[i]!.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `${c.name}: no Japanese in ${ja[i]!.message}`);
      });
    }
  });

  it('offers corrections in `expected` for quick fixes', () => {
    const text = HEAD + 'entities:\n  - id: a\n    type: person\n    labls: {}\n    facts:\n      - {property: personel, value: 3}\n';
    const { problems } = loadDatasets([{ file: 'f', text }]);
    assert.equal(problems[0]!.code, 'dataset.unknown-field');
    assert.equal(problems[0]!.actual, 'labls');
    assert.equal(problems[0]!.expected?.[0], 'labels');
    assert.equal(problems[1]!.code, 'dataset.unknown-property');
    assert.deepEqual(problems[1]!.expected, ['personnel']);
    const id = parseDatasetFile('f', 'version: 1\nentities:\n  - {id: Blue Harbor, type: x}\n').problems[0]!;
    assert.deepEqual(id.expected, ['blue-harbor']);
  });

  it('lets the rest of the file stay usable around bad items', () => {
    const text = HEAD + y`
      entities:
        - id: good
          type: organization
          labels: {en: Good}
          facts:
            - {property: personnel, value: 10}
            - {property: personnel, value: ten}
            - {property: established, value: 2020}
            - just a string
        - 42
        - id: other
          type: person
    `;
    const { dataset, problems } = loadDatasets([{ file: 'f', text }]);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['dataset.invalid-value', 'dataset.schema', 'dataset.schema'],
    );
    assert.deepEqual([...dataset.entities.keys()], ['good', 'other']);
    assert.deepEqual(
      dataset.entities.get('good')!.facts.map((f) => f.value),
      [
        { kind: 'quantity', amount: 10, unit: 'persons' },
        { kind: 'date', year: 2020, precision: 'year' },
      ],
    );
  });
});
