// Checks the realprose mutation generator itself (test/realprose/mutations.ts), not Entity Lens:
// every case edits exactly its span, the edit is a real change of value in the same style, and
// the generator is deterministic. Needs ../shared/realprose (outside this repository); without it
// the whole file is one pending line.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildMutations, expectedConflictLines, loadRealprose, type MutationCase, type RealproseCorpus } from './mutations';

const DATASET = path.join(__dirname, '..', '..', 'dataset', 'canonical.entities.yaml');
const corpus = loadRealprose();

const digitsOf = (s: string) => Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/[,，]/g, '').replace('．', '.'));
const isPlainNumber = (s: string) => /^[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?$/.test(s);
const MONTH_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])/g;
/** The form of a date expression with its numbers and month names blanked out. */
const dateShape = (s: string) => s.replace(MONTH_WORD, (m) => (m.endsWith('.') ? 'M.' : 'M')).replace(/[0-9]+/g, '0').replace(/[０-９]+/g, '０').replace(/元/g, '０');

function checkSpan(c: MutationCase, original: string): void {
  const lines = original.split('\n');
  const line = lines[c.line - 1]!;
  const where = `${c.file}:${c.line} ${c.kind} "${c.from}" → "${c.to}"`;
  assert.equal(line.slice(c.start, c.end), c.from, `${where}: from is the text at start..end`);
  assert.notEqual(c.to, c.from, `${where}: to differs from from`);
  const abs = lines.slice(0, c.line - 1).reduce((n, l) => n + l.length + 1, 0) + c.start;
  assert.equal(c.text.length, original.length - c.from.length + c.to.length, `${where}: length`);
  assert.equal(c.text.slice(0, abs), original.slice(0, abs), `${where}: everything before the span is unchanged`);
  assert.equal(c.text.slice(abs, abs + c.to.length), c.to, `${where}: the span holds to`);
  assert.equal(c.text.slice(abs + c.to.length), original.slice(abs + c.from.length), `${where}: everything after the span is unchanged`);
}

if (!corpus) {
  it('realprose mutation generator: skipped (../shared/realprose is absent)', function () {
    this.skip();
  });
} else {
  describe('realprose mutation generator', () => {
    const datasetText = fs.readFileSync(DATASET, 'utf8');
    let cases: MutationCase[] = [];
    let skipped: ReturnType<typeof buildMutations>['skipped'] = [];

    before(() => {
      ({ cases, skipped } = buildMutations(corpus, datasetText));
      const count = (keys: string[]) => keys.reduce<Record<string, number>>((o, k) => ((o[k] = (o[k] ?? 0) + 1), o), {});
      console.log(`      ${cases.length} cases by kind/lang: ${JSON.stringify(count(cases.map((c) => `${c.kind}/${c.lang}`).sort()))}`);
      console.log(`      ${skipped.length} facts skipped: ${JSON.stringify(count(skipped.map((s) => s.why.split(':')[0]!).sort()))}`);
    });

    it('builds cases of every kind the corpus allows', () => {
      const kinds = new Set(cases.map((c) => c.kind));
      for (const k of ['number', 'date', 'person-dataset', 'person-outside', 'organization', 'place'] as const) assert.ok(kinds.has(k), `no ${k} case`);
      assert.ok(cases.some((c) => c.lang === 'en') && cases.some((c) => c.lang === 'ja'));
    });

    it('each case replaces exactly its span and leaves every other character as it was', () => {
      for (const c of cases) checkSpan(c, corpus.texts.get(c.file)!);
    });

    it('each case comes from an agreeing truth fact on that line', () => {
      for (const c of cases) {
        const facts: any[] = corpus.truth.files[c.file].facts;
        assert.ok(
          facts.some((f) => f.line === c.line && f.entity === c.entity && f.property === c.property && (f.verdict === 'agrees' || f.verdict === 'agrees-approx') && f.form === c.form),
          `${c.file}:${c.line} ${c.entity}.${c.property}`,
        );
      }
    });

    it('names are swapped whole: neither name contains the other', () => {
      for (const c of cases.filter((x) => !['number', 'date', 'money'].includes(x.kind))) {
        assert.ok(!c.to.includes(c.from) && !c.from.includes(c.to), `${c.file}:${c.line} "${c.from}" → "${c.to}"`);
      }
    });

    it('numbers and money move by 20% or more and keep digit width and grouping', () => {
      for (const c of cases.filter((x) => x.kind === 'number' || x.kind === 'money')) {
        const where = `${c.file}:${c.line} "${c.from}" → "${c.to}"`;
        assert.ok(c.values, `${where}: values`);
        assert.ok(Math.abs(c.values.to - c.values.from) / c.values.from >= 0.2 - 1e-9, `${where}: at least 20%`);
        assert.equal(/[０-９]/.test(c.to), /[０-９]/.test(c.from), `${where}: digit width`);
        if (isPlainNumber(c.from)) {
          assert.ok(isPlainNumber(c.to), `${where}: still a plain number`);
          const ratio = Math.abs(digitsOf(c.to) - digitsOf(c.from)) / digitsOf(c.from);
          assert.ok(ratio >= 0.2 - 1e-9, `${where}: the digits themselves move by 20% or more`);
          if (digitsOf(c.to) >= 1000) assert.equal(/[,，]/.test(c.to), /[,，]/.test(c.from), `${where}: comma grouping`);
        }
      }
    });

    it('dates keep their form (month names, abbreviations, era, width) and change', () => {
      for (const c of cases.filter((x) => x.kind === 'date')) {
        const where = `${c.file}:${c.line} "${c.from}" → "${c.to}"`;
        assert.equal(dateShape(c.to), dateShape(c.from), `${where}: same form`);
        assert.match(c.change ?? '', /^(year|month|day)[+-]\d$/, `${where}: change`);
      }
    });

    it('is deterministic', () => {
      const again = buildMutations(corpus, datasetText);
      assert.deepEqual(again.cases, cases);
      assert.deepEqual(again.skipped, skipped);
    });

    it('leaves multi-valued relations out unless asked, and marks them when included', () => {
      const multi = skipped.filter((s) => s.why.startsWith('multi-valued'));
      const all = buildMutations(corpus, datasetText, { multiValued: 'include' });
      const extra = all.cases.filter((c) => /multi-valued/.test(c.note ?? ''));
      assert.equal(all.cases.length, cases.length + extra.length);
      for (const c of extra) {
        checkSpan(c, corpus.texts.get(c.file)!);
        assert.ok(multi.some((s) => s.file === c.file && s.line === c.line && s.property === c.property), `${c.file}:${c.line} ${c.property}`);
      }
    });

    it('gives a reason for every skipped fact', () => {
      for (const s of skipped) assert.ok(s.why.length > 0, `${s.file}:${s.line}`);
    });

    it('lists the lines where the unedited texts may conflict (text errors and temporal statements)', () => {
      const lines = expectedConflictLines(corpus);
      const want = Object.entries<any>(corpus.truth.files).flatMap(([file, f]) => (f.facts as any[]).filter((x) => x.expectConflict === true || x.expectConflict === 'temporal').map((x) => `${file}:${x.line}`));
      assert.deepEqual([...lines].sort(), [...new Set(want)].sort());
      assert.ok(lines.size > 0);
    });

    // The same generator on invented sentences and a two-entity dataset: forms the corpus does not
    // contain (money, full-width digits with grouping, an era date on the 31st).
    describe('on invented sentences', () => {
      const yaml = [
        'version: 1',
        'properties:',
        '  cost: {type: money}',
        '  established: {type: date}',
        '  personnel: {type: quantity, unit: persons}',
        'entities:',
        '  - id: example-command',
        '    type: organization',
        '    labels: {en: Example Command, ja: 例示司令部}',
        '    facts:',
        '      - {property: cost, value: [{amount: 10500000000, currency: JPY}, {amount: 71200000, currency: USD}]}',
        '      - {property: established, value: {date: 2025-03-31}}',
        '      - {property: personnel, value: {amount: 1200, unit: persons}}',
      ].join('\n');
      const en = 'Example Command was set up on March 31, 2025 with 1,200 staff and a budget of 10.5 billion yen ($71.2 million).';
      const ja = '例示司令部は２０２５年（令和７年）３月３１日に発足し、定員は約１，２００人、経費は１０５億円。';
      const fact = (snippet: string, property: string) => ({ line: 1, snippet, entity: 'example-command', property, value: '', verdict: 'agrees', expectConflict: false, form: 'predicate' });
      const invented: RealproseCorpus = {
        dir: '(invented)',
        texts: new Map([
          ['x-en.md', en],
          ['x-ja.md', ja],
        ]),
        truth: {
          files: {
            'x-en.md': { language: 'en', mentions: [], traps: [], negatives: [], facts: [fact('set up on March 31, 2025', 'established'), fact('1,200 staff', 'personnel'), fact('10.5 billion yen', 'cost'), fact('$71.2 million', 'cost')] },
            'x-ja.md': { language: 'ja', mentions: [], traps: [], negatives: [], facts: [fact('２０２５年（令和７年）３月３１日に発足', 'established'), fact('約１，２００人', 'personnel'), fact('１０５億円', 'cost')] },
          },
        },
      };
      const built = buildMutations(invented, yaml);
      const tos = (file: string, kind: string) => built.cases.filter((c) => c.file === file && c.kind === kind).map((c) => c.to);

      it('edits money, grouped and full-width numbers and era dates in their own style', () => {
        for (const c of built.cases) checkSpan(c, invented.texts.get(c.file)!);
        assert.deepEqual(built.skipped, []);
        assert.deepEqual(tos('x-en.md', 'money'), ['13.1', '7.9', '89.0', '53.4']);
        assert.deepEqual(tos('x-ja.md', 'money'), ['１３１', '７９']);
        assert.deepEqual(tos('x-en.md', 'number'), ['1,500', '900']);
        assert.deepEqual(tos('x-ja.md', 'number'), ['１，５００', '９００']);
        // March 31 has no neighbouring month with a 31st: only the year moves, 令和 with it
        assert.deepEqual(tos('x-en.md', 'date'), ['March 31, 2024']);
        assert.deepEqual(tos('x-ja.md', 'date'), ['２０２４年（令和６年）３月３１日']);
      });
    });
  });
}
