import { strict as assert } from 'node:assert';
import { loadDatasets, parseDatasetFile } from '../../src/core/dataset';
import { assertWellFormed, brief, DOCS_MD, fixture, SPEC_MD, y, yamlBlock } from './helpers';

const SPEC = fixture('spec-example.entities.yaml');
const BUNDLED = fixture('bundled-stub.entities.yaml');

describe('dataset: the contract example', () => {
  it('is the same text as the shared spec (when the spec is present)', function () {
    const block = yamlBlock(SPEC_MD);
    if (block === undefined) this.skip();
    assert.equal(SPEC, block);
  });

  it('parses with zero problems', () => {
    const { problems } = parseDatasetFile('spec.entities.yaml', SPEC);
    assert.deepEqual(problems, []);
  });

  it('loads on top of the bundled dataset with zero problems', () => {
    const { dataset, problems } = loadDatasets([
      { file: 'bundled.entities.yaml', text: BUNDLED },
      { file: 'spec.entities.yaml', text: SPEC },
    ]);
    assert.deepEqual(problems, []);
    const e = dataset.entities.get('blue-harbor-unit');
    assert.ok(e);
    assert.equal(e.type, 'organization');
    assert.deepEqual(e.labels, { en: 'Blue Harbor Unit', ja: '青港部隊' });
    assert.deepEqual(
      e.aliases.map((a) => [a.lang, a.text]),
      [
        ['en', 'BHU'],
        ['ja', '青港隊'],
      ],
    );
    assert.deepEqual(e.description, { en: 'A fictional unit used in examples.', ja: '例で使う架空の部隊。' });
    assert.deepEqual(
      e.facts.map((f) => [f.property, f.value, f.qualifiers, f.sources]),
      [
        [
          'personnel',
          { kind: 'quantity', amount: 50, unit: 'persons' },
          { asOf: { kind: 'date', year: 2025, month: 4, day: 1, precision: 'day' } },
          [{ document: 'example-notes.md', quote: 'The unit has 50 personnel.' }],
        ],
        ['established', { kind: 'date', year: 2025, month: 4, day: 1, precision: 'day' }, {}, []],
      ],
    );
    assert.equal(dataset.tests.length, 2);
    assert.deepEqual(
      dataset.tests.map((t) => [t.text, t.mentions, t.conflicts]),
      [
        ['青港部隊の人員は50人である。', ['blue-harbor-unit'], []],
        [
          'The Blue Harbor Unit has 60 personnel.',
          ['blue-harbor-unit'],
          [{ entity: 'blue-harbor-unit', property: 'personnel' }],
        ],
      ],
    );
    assert.deepEqual(dataset.files, ['bundled.entities.yaml', 'spec.entities.yaml']);
    // The file's own declaration of `personnel` wins over the bundled one, field by field.
    assert.deepEqual(dataset.properties.get('personnel')?.cues, {
      en: ['personnel', 'staff', 'members', 'manpower'],
      ja: ['人員', '定員', '要員', '隊員'],
    });
  });

  it('alone, reports only the property it leaves to the bundled dataset (`established`)', () => {
    const { dataset, problems } = loadDatasets([{ file: 'spec.entities.yaml', text: SPEC }]);
    assert.deepEqual(brief(problems), ['dataset.unknown-property@28:18']);
    assert.deepEqual(
      dataset.entities.get('blue-harbor-unit')?.facts.map((f) => f.property),
      ['personnel'],
    );
  });

  it('gives spans to entities, aliases, facts, properties and tests', () => {
    const { dataset } = parseDatasetFile('spec.entities.yaml', SPEC);
    const e = dataset.entities[0]!;
    assert.deepEqual(e.span, { file: 'spec.entities.yaml', range: { start: { line: 13, character: 4 }, end: { line: 29, character: 33 } } });
    assert.deepEqual(e.aliases[0]!.span?.range, { start: { line: 17, character: 11 }, end: { line: 17, character: 14 } });
    assert.deepEqual(e.aliases[1]!.span?.range, { start: { line: 18, character: 11 }, end: { line: 18, character: 14 } });
    assert.deepEqual(e.facts[0]!.span?.range.start, { line: 23, character: 8 });
    assert.deepEqual(e.facts[1]!.span?.range.start, { line: 28, character: 8 });
    assert.deepEqual(dataset.properties[0]!.span?.range.start, { line: 4, character: 2 });
    assert.deepEqual(
      dataset.tests.map((t) => t.span?.range.start.line),
      [32, 35],
    );
  });
});

describe('dataset: the docs example', () => {
  it('loads on top of the bundled dataset with zero problems', () => {
    const text = yamlBlock(DOCS_MD)!;
    const { dataset, problems } = loadDatasets([
      { file: 'bundled.entities.yaml', text: BUNDLED },
      { file: 'docs.entities.yaml', text },
    ]);
    assert.deepEqual(problems, []);
    const e = dataset.entities.get('blue-harbor-unit')!;
    assert.deepEqual(
      e.aliases.map((a) => ({ text: a.text, lang: a.lang, needsContext: a.needsContext })),
      [
        { text: 'BHU', lang: 'en', needsContext: undefined },
        { text: '青港隊', lang: 'ja', needsContext: undefined },
        { text: '青港', lang: 'ja', needsContext: true },
      ],
    );
    assert.deepEqual(e.readings, { ja: 'あおみなとぶたい' });
    assert.deepEqual(e.sameAs, ['https://example.org/bhu']);
    assert.equal(dataset.properties.get('plannedPersonnel')?.family, 'personnel');
    assert.equal(e.facts[0]!.sources[0]!.url, 'https://example.org');
  });
});

// ---------------------------------------------------------------------------------------------
// Values: data-driven. Each case declares a property of a type and gives one value.

const PROPS = y`
  version: 1
  properties:
    personnel: {type: quantity, unit: persons}
    count: {type: quantity}
    cost: {type: money}
    established: {type: date}
    commander: {type: entity}
    rank: {type: text}
    members: {type: entity}
  entities:
    - {id: someone, type: person}
    - {id: other, type: person}
`;

function valueOf(property: string, value: string): unknown {
  const text = PROPS + y`
    - id: x
      type: organization
      facts:
        - property: ${property}
          value: ${value}
  `.replace(/^/gm, '  ');
  const { dataset, problems } = loadDatasets([{ file: 'v.yaml', text }]);
  assertWellFormed(problems, text);
  if (problems.length > 0) return brief(problems).map((b) => b.replace(/@.*/, ''));
  return dataset.entities.get('x')!.facts[0]!.value;
}

const VALUE_CASES: Array<[string, string, unknown]> = [
  // quantity
  ['personnel', '240', { kind: 'quantity', amount: 240, unit: 'persons' }],
  ['personnel', '{amount: 240}', { kind: 'quantity', amount: 240, unit: 'persons' }],
  ['personnel', '{amount: 240, unit: persons}', { kind: 'quantity', amount: 240, unit: 'persons' }],
  ['personnel', '{amount: 240, unit: km}', ['dataset.invalid-value']],
  ['personnel', '2.5e3', { kind: 'quantity', amount: 2500, unit: 'persons' }],
  ['personnel', '-3', { kind: 'quantity', amount: -3, unit: 'persons' }],
  ['count', '7', { kind: 'quantity', amount: 7 }],
  ['count', '{amount: 7, unit: ships}', { kind: 'quantity', amount: 7, unit: 'ships' }],
  ['personnel', 'many', ['dataset.invalid-value']],
  ['personnel', '{amount: many}', ['dataset.invalid-value']],
  ['personnel', '.inf', ['dataset.invalid-value']],
  ['personnel', '{date: 2025}', ['dataset.invalid-value']],
  // money
  ['cost', '{amount: 10500000000, currency: JPY}', { kind: 'money', amount: 10500000000, currency: 'JPY' }],
  [
    'cost',
    '[{amount: 10500000000, currency: JPY}, {amount: 71200000, currency: USD}]',
    {
      kind: 'list',
      items: [
        { kind: 'money', amount: 10500000000, currency: 'JPY' },
        { kind: 'money', amount: 71200000, currency: 'USD' },
      ],
    },
  ],
  ['cost', '10500000000', ['dataset.invalid-value']],
  ['cost', '{amount: 5}', ['dataset.invalid-value']],
  ['cost', '{amount: 5, currency: yen}', ['dataset.invalid-value']],
  ['cost', '{amount: 5, currency: JPY, unit: yen}', ['dataset.invalid-value']],
  // date: strings and numbers, three precisions
  ['established', '2025-03-24', { kind: 'date', year: 2025, month: 3, day: 24, precision: 'day' }],
  ['established', '2025-03', { kind: 'date', year: 2025, month: 3, precision: 'month' }],
  ['established', '2025', { kind: 'date', year: 2025, precision: 'year' }],
  ['established', '"2025"', { kind: 'date', year: 2025, precision: 'year' }],
  ['established', '{date: 2025-03-24}', { kind: 'date', year: 2025, month: 3, day: 24, precision: 'day' }],
  ['established', '{date: 2025}', { kind: 'date', year: 2025, precision: 'year' }],
  ['established', '2024-02-29', { kind: 'date', year: 2024, month: 2, day: 29, precision: 'day' }],
  ['established', '2025-02-29', ['dataset.invalid-value']],
  ['established', '2025-13', ['dataset.invalid-value']],
  ['established', '{date: soon}', ['dataset.invalid-value']],
  ['established', 'soon', ['dataset.invalid-value']],
  ['established', '2025.5', ['dataset.invalid-value']],
  // entity
  ['commander', 'someone', { kind: 'entity', id: 'someone' }],
  ['commander', '{entity: someone}', { kind: 'entity', id: 'someone' }],
  ['commander', 'nobody', ['dataset.unknown-entity']],
  ['commander', 'Some One', ['dataset.invalid-value']],
  ['commander', '{entity: Some One}', ['dataset.invalid-value']],
  ['members', '[someone, other]', { kind: 'list', items: [{ kind: 'entity', id: 'someone' }, { kind: 'entity', id: 'other' }] }],
  ['members', '[{entity: someone}, other]', { kind: 'list', items: [{ kind: 'entity', id: 'someone' }, { kind: 'entity', id: 'other' }] }],
  ['members', '[someone, nobody, ghost]', ['dataset.unknown-entity', 'dataset.unknown-entity']],
  // text
  ['rank', 'General', { kind: 'text', text: { en: 'General' } }],
  ['rank', '{text: General}', { kind: 'text', text: { en: 'General' } }],
  ['rank', '{text: {en: General, ja: 陸将}}', { kind: 'text', text: { en: 'General', ja: '陸将' } }],
  ['rank', '3', { kind: 'text', text: { en: '3' } }],
  ['rank', '{entity: someone}', ['dataset.invalid-value']],
  // shapes no type accepts
  ['rank', 'true', ['dataset.invalid-value']],
  ['rank', '[]', ['dataset.invalid-value']],
  ['rank', '[[a]]', ['dataset.invalid-value']],
  ['rank', '{amount: 1, date: 2025}', ['dataset.invalid-value']],
  ['rank', '{}', ['dataset.invalid-value']],
  ['rank', '""', ['dataset.invalid-value']],
  ['rank', '~', ['dataset.schema']],
];

describe('dataset: values', () => {
  for (const [property, value, expected] of VALUE_CASES) {
    it(`${property}: ${value}`, () => {
      assert.deepEqual(valueOf(property, value), expected);
    });
  }

  it('keeps qualifiers, known and other', () => {
    const text = PROPS + y`
      - id: x
        type: organization
        facts:
          - property: personnel
            value: 280
            qualifiers:
              asOf: 2025
              from: {date: 2024-04}
              until: 2027-03-31
              status: planned
              approximate: true
              note: {en: after the reform, ja: 改編後}
              reviewedBy: [alice, bob]
              priority: 2
            sources: [plan.md, {document: news.md, url: https://example.org/n}]
    `.replace(/^/gm, '  ');
    const { dataset, problems } = loadDatasets([{ file: 'q.yaml', text }]);
    assert.deepEqual(problems, []);
    const f = dataset.entities.get('x')!.facts[0]!;
    assert.deepEqual(f.qualifiers, {
      asOf: { kind: 'date', year: 2025, precision: 'year' },
      from: { kind: 'date', year: 2024, month: 4, precision: 'month' },
      until: { kind: 'date', year: 2027, month: 3, day: 31, precision: 'day' },
      status: 'planned',
      approximate: true,
      note: { en: 'after the reform', ja: '改編後' },
      reviewedBy: ['alice', 'bob'],
      priority: 2,
    });
    assert.deepEqual(f.sources, [{ document: 'plan.md' }, { document: 'news.md', url: 'https://example.org/n' }]);
  });

  it('reads aliases as strings, objects and single items', () => {
    const text = y`
      version: 1
      entities:
        - id: mod
          type: organization
          labels: {en: Ministry of Defense, ja: 防衛省}
          aliases:
            en:
              - MOD
              - {text: the Ministry, caseSensitive: false}
              - {text: Defense, needsContext: true, caseSensitive: true}
            ja: 防衛庁
            ko: []
    `;
    const { dataset, problems } = parseDatasetFile('a.yaml', text);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      dataset.entities[0]!.aliases.map(({ span: _span, ...a }) => a),
      [
        { text: 'MOD', lang: 'en' },
        { text: 'the Ministry', lang: 'en', caseSensitive: false },
        { text: 'Defense', lang: 'en', caseSensitive: true, needsContext: true },
        { text: '防衛庁', lang: 'ja' },
      ],
    );
  });

  it('gives provisional values in the one-file view and exact ones after merging', () => {
    const text = y`
      version: 1
      entities:
        - id: x
          type: organization
          facts:
            - {property: count, value: 12}
            - {property: founded, value: 2025-04-01}
            - {property: chief, value: someone}
            - {property: motto, value: Be ready}
    `;
    const { dataset } = parseDatasetFile('a.yaml', text);
    assert.deepEqual(
      dataset.entities[0]!.facts.map((f) => f.value.kind),
      ['quantity', 'date', 'entity', 'text'],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Robustness: encodings, line endings, odd files.

describe('dataset: odd inputs', () => {
  it('ignores a leading BOM (positions as the editor shows them)', () => {
    const text = '\uFEFFversion: 1\nbogus: 1\n';
    const { problems } = parseDatasetFile('b.yaml', text);
    assert.deepEqual(brief(problems), ['dataset.unknown-field@1:0']);
    const { problems: p2 } = parseDatasetFile('b.yaml', '\uFEFFversion: 2\n');
    assert.deepEqual(brief(p2), ['dataset.unsupported-version@0:9']);
  });

  it('gives the same lines and columns with CRLF line endings', () => {
    const lf = y`
      version: 1
      properties:
        personnel: {type: quantity}
      entities:
        - id: a
          type: organization
          labels: {en: A}
          bogus: 1
          facts:
            - {property: personel, value: 5}
            - {property: personnel, value: five}
        - id: a
          type: organization
    `;
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = loadDatasets([{ file: 'f.yaml', text: lf }]);
    const b = loadDatasets([{ file: 'f.yaml', text: crlf }]);
    assert.deepEqual(brief(a.problems), [
      'dataset.unknown-field@7:4',
      'dataset.unknown-property@9:19',
      'dataset.invalid-value@10:37',
      'dataset.duplicate-id@11:8',
    ]);
    assert.deepEqual(b.problems, a.problems);
    assert.deepEqual([...b.dataset.entities.values()], [...a.dataset.entities.values()]);
    assertWellFormed(b.problems, crlf);
  });

  it('loads an empty file, or one with only comments, as an empty dataset', () => {
    for (const text of ['', '\n\n', '# nothing yet\n', '\uFEFF', '---\n', '~\n']) {
      const { dataset, problems } = parseDatasetFile('e.yaml', text);
      assert.deepEqual(problems, [], JSON.stringify(text));
      assert.deepEqual(dataset, { file: 'e.yaml', version: 1, properties: [], entities: [], tests: [] });
    }
  });

  it('reports a file that is not a mapping', () => {
    for (const text of ['[1,2]', '42', 'just words', '- a\n- b\n']) {
      const { dataset, problems } = parseDatasetFile('n.yaml', text);
      assert.deepEqual(brief(problems), ['dataset.schema@0:0'], text);
      assert.equal(dataset.entities.length, 0);
    }
  });

  it('accepts empty sections', () => {
    const { problems } = parseDatasetFile('s.yaml', 'version: 1\nproperties:\nentities:\ntests:\n');
    assert.deepEqual(problems, []);
  });

  it('keeps the entities before a YAML syntax error and reports its line', () => {
    const text = y`
      version: 1
      entities:
        - id: first
          type: organization
          labels: {en: First}
        - id: second
          type: organization
          labels: {en: "Second}
        - id: third
          type: organization
    `;
    const { dataset, problems } = parseDatasetFile('s.yaml', text);
    assert.ok(problems.length > 0);
    assert.equal(problems[0]!.code, 'dataset.yaml-syntax');
    assert.equal(problems[0]!.severity, 'error');
    assert.ok(problems[0]!.range!.start.line >= 7, JSON.stringify(problems[0]));
    assert.deepEqual(dataset.entities[0]!.labels, { en: 'First' });
    assert.equal(dataset.entities[0]!.id, 'first');
    assertWellFormed(problems, text);
  });

  it('reports a syntax error at its line and keeps what parses', () => {
    const text = y`
      version: 1
      entities:
        - id: a
          type: organization
        - id: b
          type: [oops
        - id: c
          type: person
    `;
    const { dataset, problems } = parseDatasetFile('s.yaml', text);
    assert.equal(problems[0]!.code, 'dataset.yaml-syntax');
    assert.equal(problems[0]!.range!.start.line, 6);
    assert.deepEqual(dataset.entities.map((e) => e.id).slice(0, 1), ['a']);
  });

  it('reports a duplicate key as YAML syntax', () => {
    const { problems } = parseDatasetFile('d.yaml', 'version: 1\nversion: 1\n');
    assert.deepEqual(brief(problems), ['dataset.yaml-syntax@1:0']);
  });

  it('stops an alias bomb quickly and says where', () => {
    const text = y`
      version: 1
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
      entities:
        - id: x
          type: organization
          facts:
            - property: p
              value: 1
              qualifiers: {bomb: *i}
    `;
    const t0 = Date.now();
    const { problems } = parseDatasetFile('bomb.yaml', text);
    assert.ok(Date.now() - t0 < 2000);
    const bomb = problems.filter((p) => p.data?.reason === 'alias-limit');
    assert.equal(bomb.length, 1);
    assert.equal(bomb[0]!.code, 'dataset.yaml-syntax');
    assert.equal(bomb[0]!.range!.start.line, 16);
  });

  it('resolves ordinary aliases, and reports unknown and self-referencing ones', () => {
    const text = y`
      version: 1
      entities:
        - id: x
          type: organization
          facts:
            - property: p
              value: 1
              sources: &src [{document: a.md}]
            - property: q
              value: 2
              sources: *src
            - property: r
              value: 3
              sources: *nope
            - property: s
              value: 4
              qualifiers: &loop {self: *loop}
    `;
    const { dataset, problems } = parseDatasetFile('a.yaml', text);
    assert.deepEqual(brief(problems), ['dataset.yaml-syntax@13:17', 'dataset.yaml-syntax@16:33']);
    assert.deepEqual(
      dataset.entities[0]!.facts.map((f) => [f.property, f.sources.length]),
      [
        ['p', 1],
        ['q', 1],
      ],
    );
  });

  it('reads YAML 1.1 documents: timestamps become dates, `<<` is an unknown field', () => {
    const text = y`
      %YAML 1.1
      ---
      version: 1
      properties: {established: {type: date}, p: {type: quantity}}
      entities:
        - id: a
          type: t
          facts:
            - {property: established, value: 2025-04-01}
            - {property: p, value: 3, qualifiers: {asOf: 2025-04-01T10:00:00Z}}
        - <<: {labels: {en: B}}
          id: b
          type: t
    `;
    const { dataset, problems } = loadDatasets([{ file: 'f', text }]);
    assert.deepEqual(brief(problems), ['dataset.unknown-field@10:4']);
    const day = { kind: 'date', year: 2025, month: 4, day: 1, precision: 'day' };
    const a = dataset.entities.get('a')!;
    assert.deepEqual(a.facts[0]!.value, day);
    assert.deepEqual(a.facts[1]!.qualifiers.asOf, day);
  });

  it('refuses collections nested absurdly deep, before the yaml library recurses into them', () => {
    const text = 'version: 1\nentities: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const { dataset, problems } = parseDatasetFile('deep.yaml', text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'dataset.yaml-syntax');
    assert.equal(problems[0]!.data?.reason, 'nesting-limit');
    assert.deepEqual(problems[0]!.range!.start, { line: 1, character: 10 + 63 });
    assert.equal(dataset.entities.length, 0);
    // Ordinary depth is fine.
    const ok = 'version: 1\nx: ' + '['.repeat(60) + ']'.repeat(60) + '\n';
    assert.deepEqual(brief(parseDatasetFile('ok.yaml', ok).problems), ['dataset.unknown-field@1:0']);
  });

  it('never lets a key named __proto__ touch prototypes', () => {
    const text = y`
      version: 1
      entities:
        - id: x
          type: organization
          labels: {__proto__: evil, en: X}
          facts:
            - property: p
              value: 1
              qualifiers: {__proto__: {polluted: true}}
    `;
    const { dataset } = parseDatasetFile('p.yaml', text);
    const e = dataset.entities[0]!;
    assert.equal(Object.getPrototypeOf(e.labels), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(e.facts[0]!.qualifiers), Object.prototype);
  });
});
