import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadDatasets, parseDatasetFile } from '../../src/core/dataset';
import { createEntityService } from '../../src/core';
import { assertWellFormed, fixture } from './helpers';

const SPEC = fixture('spec-example.entities.yaml');
const BUNDLED = fixture('bundled-stub.entities.yaml');

/** Loads one text (alone and on top of the bundled stub) and checks the result's shape. */
function check(text: string, lang: 'en' | 'ja' = 'en'): void {
  for (const inputs of [[{ file: 'x.yaml', text }], [{ file: 'b.yaml', text: BUNDLED }, { file: 'x.yaml', text }]]) {
    const { dataset, problems } = loadDatasets(inputs, { lang });
    assert.ok(dataset.entities instanceof Map);
    assert.ok(dataset.properties instanceof Map);
    assert.ok(Array.isArray(dataset.tests));
    assertWellFormed(problems.filter((p) => p.file === 'x.yaml'), text);
    // The result is plain data: it survives JSON (no cycles, no BigInt).
    JSON.stringify({ entities: [...dataset.entities.values()], problems });
  }
}

/** Text edits: delete a run, insert a snippet, or swap a character. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    what: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '\n', ' ', '  ', '\t', ':', '- ', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!!', '? ',
        '|', '>', '%', '@', '`', '\r', '\uFEFF', '😀', '~', 'null', '---\n', '...', '<<: *a',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), what: fc.string({ minLength: 1, maxLength: 1 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.len);
    else if (e.kind === 'insert') t = t.slice(0, at) + e.what + t.slice(at);
    else t = t.slice(0, at) + e.what + t.slice(at + 1);
  }
  return t;
}

/** Dataset-shaped YAML made of plausible lines, to reach the deeper readers. */
const yamlish = fc
  .array(
    fc.constantFrom(
      'version: 1', 'version: 2', 'properties:', '  p: {type: quantity, unit: u}', '  d: {type: date}',
      '  e: {type: entity}', '  t: {type: text}', '  m: {type: money}', '  q: {type: nope}', '  r:',
      'entities:', '  - id: a', '  - id: b', '  - id: A B', '  - {id: c, type: t}', '    type: x',
      '    labels: {en: A, ja: ア}', '    aliases:', '      en: [A1, {text: A2, needsContext: true}]',
      "      ja: ['', {text: ''}]", '    facts:', '      - property: p', '      - {property: d, value: 2025-02-30}',
      '        value: 3', '        value: [a, b]', '        value: {amount: x}', '        value: {entity: a}',
      '        value: &v {date: 2025}', '        value: *v', '        qualifiers: {asOf: 2025, status: planned, x: [1]}',
      '        sources: [{document: d}, s]', 'tests:', '  - text: hello', '    mentions: [a, z]',
      '    conflicts: [{entity: a, property: p}]', 'x: &x [*x]', '- 1', '{', ']',
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

describe('dataset: never throws', function () {
  this.timeout(60_000);

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)),
      { numRuns: 400 },
    );
  });

  it('on random edits of the contract example', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom('en' as const, 'ja' as const), (edits, lang) =>
        check(apply(SPEC, edits), lang),
      ),
      { numRuns: 400 },
    );
  });

  it('on dataset-shaped YAML', () => {
    fc.assert(fc.property(yamlish, (s) => check(s)), { numRuns: 400 });
  });

  it('on hostile inputs', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const wide = 'version: 1\nentities:\n' + Array.from({ length: 2000 }, (_, i) => `  - {id: e${i}, type: t}`).join('\n');
    for (const text of [deep, '{'.repeat(3000), '- '.repeat(3000), wide, '\u0000\u0001\uFFFF', '\uD800', 'a: "\\uD800"']) {
      const t0 = Date.now();
      check(text);
      assert.ok(Date.now() - t0 < 5000, `too slow on ${text.slice(0, 20)}`);
    }
  });

  it('on non-string input from untyped callers', () => {
    const anyParse = parseDatasetFile as unknown as (f: unknown, t: unknown) => ReturnType<typeof parseDatasetFile>;
    assert.deepEqual(anyParse(undefined, undefined).problems, []);
    assert.deepEqual(anyParse('f', 42).problems, []);
    const anyLoad = loadDatasets as unknown as (i: unknown) => ReturnType<typeof loadDatasets>;
    assert.equal(anyLoad(null).dataset.entities.size, 0);
    assert.equal(anyLoad([null, { file: 'f' }]).dataset.entities.size, 0);
  });
});

describe('alias expansion counts characters too', () => {
  it('stops expanding two thousand references to one 1 MB text, with an alias-limit error, and keeps the entity', () => {
    const lines = ['version: 1', 'entities:', '  - id: bomb', '    type: organization', '    labels: {en: Bomb Unit}', `    description: {en: &b "${'x'.repeat(1_000_000)}"}`, '    aliases:', '      en:'];
    for (let k = 0; k < 2000; k++) lines.push('        - *b');
    const service = createEntityService();
    const problems = service.loadDatasets([{ file: 'bomb.yaml', text: lines.join('\n') + '\n' }]);
    assert.ok(problems.some((p) => p.code === 'dataset.yaml-syntax' && p.data?.reason === 'alias-limit'));
    assert.ok(service.dataset.entities.has('bomb'));
    // Far fewer than 2,000 copies of the text made it in: the budget is about 5 MB of text.
    const aliasChars = service.dataset.entities.get('bomb')!.aliases.reduce((n, a) => n + a.text.length, 0);
    assert.ok(aliasChars <= 6_000_000, `${aliasChars} characters of aliases`);
  });
});
