import { strict as assert } from 'node:assert';
import { loadDatasets, mergeDatasetFiles, parseDatasetFile } from '../../src/core/dataset';
import type { DatasetFile } from '../../src/core/model';
import { located, y } from './helpers';

const BASE = y`
  version: 1
  properties:
    personnel:
      type: quantity
      unit: persons
      label: {en: personnel, ja: 人員}
      cues: {en: [personnel, staff], ja: [人員]}
    established: {type: date}
    motto: {type: text}
  entities:
    - id: unit
      type: organization
      labels: {en: Blue Harbor Unit, ja: 青港部隊}
      aliases: {en: [BHU], ja: [青港隊]}
      readings: {ja: あおみなとぶたい}
      description: {en: A unit., ja: 部隊。}
      sameAs: [Q1]
      facts:
        - {property: personnel, value: 50}
        - {property: established, value: 2025-04-01}
        - {property: motto, value: Ready}
        - {property: motto, value: Always}
  tests:
    - {text: BHU has 50 personnel., mentions: [unit]}
`;

const EXT = y`
  version: 1
  entities:
    - id: unit
      labels: {en: Blue Harbour Unit}
      aliases: {en: [BH Unit, {text: BHU, caseSensitive: false}]}
      description: {ja: 架空の部隊。}
      sameAs: [Q1, https://example.org/u]
      facts:
        - {property: personnel, value: 60, qualifiers: {asOf: 2026}}
    - id: other
      type: person
  tests:
    - {text: Other., mentions: [other]}
`;

const load = (...texts: string[]) =>
  loadDatasets(texts.map((text, i) => ({ file: `f${i}.entities.yaml`, text })));

describe('dataset: merging files', () => {
  it('extends an entity given again: labels per language, aliases and sameAs added, facts replaced by property', () => {
    const { dataset, problems } = load(BASE, EXT);
    assert.deepEqual(problems, []);
    const e = dataset.entities.get('unit')!;
    assert.equal(e.type, 'organization');
    assert.deepEqual(e.labels, { en: 'Blue Harbour Unit', ja: '青港部隊' });
    assert.deepEqual(e.readings, { ja: 'あおみなとぶたい' });
    assert.deepEqual(e.description, { en: 'A unit.', ja: '架空の部隊。' });
    assert.deepEqual(
      e.aliases.map((a) => [a.lang, a.text, a.caseSensitive]),
      [
        ['ja', '青港隊', undefined],
        ['en', 'BH Unit', undefined],
        ['en', 'BHU', false],
      ],
    );
    assert.deepEqual(e.sameAs, ['Q1', 'https://example.org/u']);
    assert.deepEqual(
      e.facts.map((f) => [f.property, f.value]),
      [
        ['established', { kind: 'date', year: 2025, month: 4, day: 1, precision: 'day' }],
        ['motto', { kind: 'text', text: { en: 'Ready' } }],
        ['motto', { kind: 'text', text: { en: 'Always' } }],
        ['personnel', { kind: 'quantity', amount: 60, unit: 'persons' }],
      ],
    );
    assert.equal(e.facts[3]!.span?.file, 'f1.entities.yaml');
    assert.equal(e.span?.file, 'f0.entities.yaml');
    assert.deepEqual([...dataset.entities.keys()], ['unit', 'other']);
    assert.deepEqual(
      dataset.tests.map((t) => t.text),
      ['BHU has 50 personnel.', 'Other.'],
    );
    assert.deepEqual(dataset.files, ['f0.entities.yaml', 'f1.entities.yaml']);
  });

  it('keeps several facts of one property given in one file', () => {
    const { dataset } = load(BASE);
    assert.equal(dataset.entities.get('unit')!.facts.filter((f) => f.property === 'motto').length, 2);
  });

  it('replaces the type when a later file gives one', () => {
    const { dataset } = load(BASE, 'version: 1\nentities:\n  - {id: unit, type: formation}\n');
    assert.equal(dataset.entities.get('unit')!.type, 'formation');
  });

  it('depends on order: the later file wins', () => {
    const a = 'version: 1\nproperties: {size: {type: quantity}}\nentities:\n  - {id: x, type: a, labels: {en: A}, facts: [{property: size, value: 1}]}\n';
    const b = 'version: 1\nentities:\n  - {id: x, type: b, labels: {en: B}, facts: [{property: size, value: 2}]}\n';
    const ab = load(a, b).dataset.entities.get('x')!;
    const ba = load(b, a).dataset.entities.get('x')!;
    assert.deepEqual([ab.type, ab.labels.en, ab.facts.map((f) => f.value)], ['b', 'B', [{ kind: 'quantity', amount: 2 }]]);
    assert.deepEqual([ba.type, ba.labels.en, ba.facts.map((f) => f.value)], ['a', 'A', [{ kind: 'quantity', amount: 1 }]]);
  });

  it('redeclares a property field by field (labels and cues per language)', () => {
    const redeclare = y`
      version: 1
      properties:
        personnel:
          label: {ja: 定員}
          cues: {ja: [定員, 要員]}
          family: strength
    `;
    const { dataset, problems } = load(BASE, redeclare);
    assert.deepEqual(problems, []);
    const { span, ...p } = dataset.properties.get('personnel')!;
    assert.deepEqual(p, {
      name: 'personnel',
      type: 'quantity',
      unit: 'persons',
      label: { en: 'personnel', ja: '定員' },
      cues: { en: ['personnel', 'staff'], ja: ['定員', '要員'] },
      family: 'strength',
    });
    assert.equal(span?.file, 'f1.entities.yaml');
  });

  it('resolves shorthand values with the merged type, even when a later file changes it', () => {
    const later = 'version: 1\nproperties:\n  motto: {type: date}\n';
    // `motto: Ready` no longer fits once motto is a date.
    const r = load(BASE, later);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.file, p.range?.start.line]),
      [
        ['dataset.invalid-value', 'f0.entities.yaml', 20],
        ['dataset.invalid-value', 'f0.entities.yaml', 21],
      ],
    );
    const a = 'version: 1\nentities:\n  - {id: x, type: t, facts: [{property: founded, value: 2025-04-01}, {property: chief, value: "2025"}]}\n';
    const b = 'version: 1\nproperties:\n  founded: {type: date}\n  chief: {type: text}\n';
    const { dataset, problems } = load(a, b);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      dataset.entities.get('x')!.facts.map((f) => f.value),
      [
        { kind: 'date', year: 2025, month: 4, day: 1, precision: 'day' },
        { kind: 'text', text: { en: '2025' } },
      ],
    );
  });

  it('fills a quantity unit from a unit declared in a later file', () => {
    const a = 'version: 1\nentities:\n  - {id: x, type: t, facts: [{property: crew, value: 12}]}\n';
    const b = 'version: 1\nproperties:\n  crew: {type: quantity, unit: persons}\n';
    assert.deepEqual(load(a, b).dataset.entities.get('x')!.facts[0]!.value, { kind: 'quantity', amount: 12, unit: 'persons' });
  });

  it('accepts entity references to entities of other files, in any order', () => {
    const a = 'version: 1\nproperties: {commander: {type: entity}}\nentities:\n  - {id: unit, type: organization, facts: [{property: commander, value: nagumo}]}\n';
    const b = 'version: 1\nentities:\n  - {id: nagumo, type: person}\n';
    const r = load(a, b);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.dataset.entities.get('unit')!.facts[0]!.value, { kind: 'entity', id: 'nagumo' });
    const alone = load(a);
    assert.deepEqual(located(alone.problems, a), ['dataset.unknown-entity@3:72 «nagumo»']);
    assert.equal(alone.dataset.entities.get('unit')!.facts.length, 0);
  });

  it('needs a type somewhere for a property and for an entity', () => {
    const a = 'version: 1\nproperties: {size: {unit: m}}\nentities:\n  - {id: x, facts: [{property: size, value: 3}]}\n';
    const { dataset, problems } = load(a);
    assert.deepEqual(located(problems, a), ['dataset.schema@1:13 «size»', 'dataset.schema@3:9 «x»']);
    assert.equal(dataset.entities.get('x')!.type, 'thing');
    assert.equal(dataset.entities.get('x')!.facts.length, 0);
    assert.equal(dataset.properties.has('size'), false);
    // …which a later file may give.
    const b = 'version: 1\nproperties: {size: {type: quantity}}\nentities:\n  - {id: x, type: place}\n';
    const ok = load(a, b);
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.dataset.entities.get('x')!.facts[0]!.value, { kind: 'quantity', amount: 3, unit: 'm' });
  });

  it('allows the same id in two files but not twice in one', () => {
    const twice = 'version: 1\nentities:\n  - {id: x, type: a}\n  - {id: x, type: b}\n';
    const r = load(twice);
    assert.deepEqual(located(r.problems, twice), ['dataset.duplicate-id@3:9 «x»']);
    assert.equal(r.dataset.entities.get('x')!.type, 'a');
    assert.deepEqual(load('version: 1\nentities:\n  - {id: x, type: a}\n', 'version: 1\nentities:\n  - {id: x, type: b}\n').problems, []);
  });

  it('merges plain DatasetFiles too (built by hand), checking them the same way', () => {
    const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } };
    const hand: DatasetFile = {
      file: 'hand.yaml',
      version: 1,
      properties: [{ name: 'personnel', type: 'quantity', unit: 'persons', label: {}, cues: {} }],
      entities: [
        {
          id: 'u',
          type: 'organization',
          labels: { en: 'U' },
          aliases: [],
          readings: {},
          description: {},
          sameAs: [],
          facts: [
            { property: 'personnel', value: { kind: 'quantity', amount: 5 }, qualifiers: {}, sources: [] },
            { property: 'personnel', value: { kind: 'date', year: 2020, precision: 'year' }, qualifiers: {}, sources: [], span: { file: 'hand.yaml', range } },
          ],
        },
        { id: 'u', type: 'x', labels: {}, aliases: [], readings: {}, description: {}, sameAs: [], facts: [] },
      ],
      tests: [],
    };
    const parsed = parseDatasetFile('p.yaml', 'version: 1\nentities:\n  - {id: u, labels: {ja: ユー}}\n');
    const { dataset, problems } = mergeDatasetFiles([hand, parsed]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.file, p.range?.start.line]),
      [
        ['dataset.duplicate-id', 'hand.yaml', 0],
        ['dataset.invalid-value', 'hand.yaml', 3],
      ],
    );
    const u = dataset.entities.get('u')!;
    assert.deepEqual(u.labels, { en: 'U', ja: 'ユー' });
    assert.deepEqual(u.facts.map((f) => f.value), [{ kind: 'quantity', amount: 5, unit: 'persons' }]);
  });

  it('reports merge problems in the requested language', () => {
    const text = 'version: 1\nentities:\n  - {id: x, type: t, facts: [{property: nope, value: 1}]}\n';
    const [p] = loadDatasets([{ file: 'f', text }], { lang: 'ja' }).problems;
    assert.equal(p!.code, 'dataset.unknown-property');
    assert.match(p!.message, /宣言されていません/);
  });

  it('sorts problems by file order, then position', () => {
    const bad = (id: string) => `version: 1\nentities:\n  - {id: ${id}, type: t, facts: [{property: nope, value: 1}]}\nbogus: 1\n`;
    const { problems } = load(bad('x'), bad('y'));
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.range?.start.line}:${p.code}`),
      [
        'f0.entities.yaml:2:dataset.unknown-property',
        'f0.entities.yaml:3:dataset.unknown-field',
        'f1.entities.yaml:2:dataset.unknown-property',
        'f1.entities.yaml:3:dataset.unknown-field',
      ],
    );
  });
});
