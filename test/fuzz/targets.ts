// Fuzz targets: one property per engine part that takes text from users. Shared by the CI
// property tests (test/fuzz.test.ts, a few hundred runs each plus every saved regression) and
// the long fuzz run (`npm run fuzz`, scripts/fuzz.cjs), which saves any failing input under
// test/fixtures/fuzz/<target>/ so that CI replays it from then on.
//
// Inputs are plain JSON values (strings, numbers, arrays), so a failure can be saved as-is.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex, MAX_DIAGNOSTICS_PER_DOCUMENT, MAX_MENTIONS_PER_DOCUMENT, type EntityService } from '../../src/core';
import { loadDatasets } from '../../src/core/dataset';
import { KeywordMatcher } from '../../src/core/match/keywordMatcher';
import { extractFastMarkdownProse, extractMarkdownProse, type ProseView } from '../../src/core/markdown/prose';
import { normalizeForMatch, normalizeKey } from '../../src/core/text/normalize';
import { isLatinAlnum } from '../../src/core/text/scripts';
import { compareValue, findValues, formatReplacement, type ParsedValue } from '../../src/core/values';
import type { ScalarValue } from '../../src/core/model';
import { assertWellFormed } from '../dataset/helpers';
import { assertRangeCovers, serviceWith } from '../helpers';

export interface FuzzTarget<T = unknown> {
  name: string;
  /** What the target checks, for the test title. */
  title: string;
  /** `scale` > 1 makes longer inputs (the long fuzz run uses 4). */
  arbitrary(scale: number): fc.Arbitrary<T>;
  /** Throws (an assertion error) when the engine misbehaves on `input`. */
  check(input: T): void;
  /** Runs in CI. */
  runs: number;
}

const target = <T>(t: FuzzTarget<T>): FuzzTarget<T> => t;

// --- Shared generators -----------------------------------------------------------------------

/** Any UTF-16 string, lone surrogates included. */
const utf16 = (maxLength: number) => fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes));

/** A string of pieces: the characters and words a part's edge cases are made of. */
const joined = (pieces: readonly string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

// --- Normaliser ------------------------------------------------------------------------------

const FOLD_PIECES = ['ＪＪＯＣ', 'JJOC', 'Tōhoku', ' ', '\n', '\r\n', 'ｶﾞ', 'ヶ', '・', 'ー', 'ピ', 'ト', '統', '合', 'a', 'B', '’s', '𠮷', '。', 'é', 'e\u0301', '\u200b', '\u00ad', 'A M R A A M', '\ud800', '\udc00', '👍🏽', 'ﬁ', 'Ⅻ', '㍻'];

/** Every folded unit maps to a non-empty span of the input, in order; any match maps back to text that folds to the same key. */
export const normalizeOffsets = target<{ text: string; a: number; b: number }>({
  name: 'normalize-offsets',
  title: 'the normaliser maps every folded unit, and every match, back to the exact original text',
  runs: 1500,
  arbitrary: (scale) => fc.record({ text: fc.oneof(utf16(80 * scale), joined(FOLD_PIECES, 20 * scale)), a: fc.nat(), b: fc.nat() }),
  check({ text, a, b }) {
    const n = normalizeForMatch(text);
    let prev = 0;
    for (let k = 0; k < n.length; k++) {
      assert.ok(n.srcStart[k]! >= prev && n.srcStart[k]! < n.srcEnd[k]! && n.srcEnd[k]! <= text.length, `unit ${k} maps inside, in order`);
      prev = n.srcStart[k]!;
    }
    if (n.length === 0) return;
    const s = a % n.length;
    const e = s + 1 + (b % Math.min(6, n.length - s));
    const key = String.fromCharCode(...n.codes.subarray(s, e)).trim();
    // Aliases are whole strings: a key never starts or ends inside a surrogate pair.
    if (key.length === 0 || /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(key)) return;
    KeywordMatcher.build([key]).scan(n.codes, 0, n.length, (ms, me) => {
      // A match that starts or ends inside what one character folded to (㍻ → 平成) has no original text of its own.
      if ((ms > 0 && n.srcStart[ms - 1] === n.srcStart[ms]) || (me < n.length && n.srcStart[me] === n.srcStart[me - 1])) return true;
      const original = text.slice(n.srcStart[ms]!, n.srcEnd[me - 1]!);
      assert.equal(normalizeKey(original), key, `original ${JSON.stringify(original)}`);
      return true;
    });
  },
});

// --- Matcher ---------------------------------------------------------------------------------

/** The reference: at each start (not inside a Latin word), the longest keyword that ends at a boundary. */
export function naiveMatches(keys: string[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isLatinAlnum(text.charCodeAt(i)) && isLatinAlnum(text.charCodeAt(i - 1))) continue;
    let best = -1;
    for (const k of keys) {
      if (k.length === 0 || !text.startsWith(k, i)) continue;
      const end = i + k.length;
      if (end < text.length && isLatinAlnum(text.charCodeAt(end - 1)) && isLatinAlnum(text.charCodeAt(end))) continue;
      best = Math.max(best, end);
    }
    if (best > 0) {
      out.push([i, best]);
      i = best - 1;
    }
  }
  return out;
}

export function matcherMatches(keys: string[], text: string): Array<[number, number]> {
  // Code units, not code points: the matcher scans UTF-16.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const out: Array<[number, number]> = [];
  KeywordMatcher.build(keys).scan(codes, 0, codes.length, (s, e) => {
    out.push([s, e]);
    return true;
  });
  return out;
}

const MATCH_ALPHABET = ['a', 'b', 'c', ' ', 'ア', 'イ', '漢', '字', '1', 'é', '\ud83d', '\ude00'];

export const matcher = target<{ keys: string[]; text: string }>({
  name: 'matcher',
  title: 'the keyword matcher agrees with a naive leftmost-longest scan',
  runs: 1500,
  arbitrary: (scale) =>
    fc.record({
      keys: fc.array(joined(MATCH_ALPHABET, 5).filter((k) => k.length > 0), { minLength: 1, maxLength: 12 * scale }),
      text: joined(MATCH_ALPHABET, 60 * scale),
    }),
  check({ keys, text }) {
    assert.deepEqual(matcherMatches(keys, text), naiveMatches(keys, text));
    // What a cache restore checks holds for every matcher built (else restores would be refused).
    assert.ok(KeywordMatcher.build(keys).wellFormed(keys.length), 'a built matcher is well formed');
  },
});

// --- Value parsers ---------------------------------------------------------------------------

const VALUE_PIECES = [
  ' ', '\u3000', '0', '1', '2', '24', '240', '2025', '1,200', '10.5', '.', ',', '-', '/', ':', '~', '+', '%',
  '２', '０', '．', '，', '〇', '一', '二', '十', '百', '千', '万', '億', '兆', '元', '年', '月', '日', '度', '間',
  '人', '名', '約', '以上', '超', '円', 'ドル', '令和', '平成', 'about ', 'more than ', 'March ', 'Mar.', 'FY',
  'million', ' billion', '$', 'US$', '¥', ' yen', ' personnel', 'st', 'th', 'F-', 'a', '数', '\ud800',
];

/** Dataset values of every kind a found value is compared with. */
export const EXPECTED_VALUES: ScalarValue[] = [
  { kind: 'quantity', amount: 240, unit: 'persons' },
  { kind: 'quantity', amount: 0.5 },
  { kind: 'money', amount: 10.5e9, currency: 'JPY' },
  { kind: 'date', year: 2019, month: 5, day: 1, precision: 'day' },
  { kind: 'date', year: 1800, precision: 'year' },
];

/** Found values are ordered, non-empty, inside the text, and spell exactly what they cover. */
export function assertValueRanges(text: string, found: ParsedValue[]): void {
  let last = 0;
  for (const v of found) {
    assert.ok(v.start >= last, 'ordered and non-overlapping');
    assert.ok(v.end > v.start, 'not empty');
    assert.ok(v.end <= text.length, 'inside the text');
    assert.equal(text.slice(v.start, v.end), v.text);
    assert.equal(v.segments.map((s) => s.text).join(''), v.text, 'segments spell the text');
    last = v.end;
  }
}

export const values = target<string>({
  name: 'values',
  title: 'the value parsers never throw, keep exact ranges, and write replacements that read back',
  runs: 1500,
  arbitrary: (scale) => fc.oneof(utf16(60 * scale), joined(VALUE_PIECES, 30 * scale)),
  check(text) {
    const found = findValues(text);
    assertValueRanges(text, found);
    for (const v of found) {
      for (const e of EXPECTED_VALUES) {
        assert.ok(['agree', 'conflict', 'incomparable'].includes(compareValue(v, e)));
        const r = formatReplacement(v, e);
        if (r === undefined) continue;
        assert.ok(typeof r === 'string' && r.length > 0);
        // What the quick fix writes must read back as one value that agrees with the dataset, where it
        // stands: a month alone replaces one that followed a word of time ("in March" → "in May").
        const alone = findValues(r);
        const back = alone.length === 1 || !(v.value.kind === 'date' && v.value.yearless) ? alone : findValues(`in ${r}`);
        assert.equal(back.length, 1, `replacement ${JSON.stringify(r)} reads as one value`);
        assert.equal(compareValue(back[0]!, e), 'agree', `replacement ${JSON.stringify(r)} agrees with ${JSON.stringify(e)}`);
      }
      if (!v.strict) assert.equal(compareValue(v, v.value), 'agree', v.text);
    }
  },
});

// --- Markdown segmenter ----------------------------------------------------------------------

/** Appears in the generated documents only inside code (fenced or inline), so it must never be prose. */
const SECRET = 'QZXV';
const MD_PIECES = [
  'The JJOC has 300 personnel.', '統合作戦司令部の人員は240人。', 'USFJ', ' ', '\n', '\n\n', '\r\n', '# ', '## ', '> ', '- ', '* ', '1. ',
  '    ', '\t', '`', '*', '_', '**', '~~x~~', '[', ']', '(', ')', '](', '[x](entity:jjoc)', '[JJOC](https://e.x/JJOC)',
  '<https://a.b/c>', 'https://example.com/JJOC', '<b>', '</b>', '<div>', '</div>', '<!-- entity-lens-disable -->',
  '<!-- entity-lens-enable -->', '<!--', '-->', '|', '| a | b |\n| --- | --- |\n', '---', '===', '&amp;', '&#12354;',
  '![img](x.png)', '[ref]: https://x.y', '[^1]', '[^1]: note', '<script>', '</script>', 'e\u0301', '👍', '\u200f', '\ufeff',
  // An indented paragraph of pasted prose (read as prose, not as code: indentedProse.ts).
  '\n\n    The JJOC, set up in the ministry at Ichigaya, has 240 personnel and a commander.',
  '\n\n    在日米軍は、インド太平洋軍の隷下にある統合軍司令部として再編される。',
];
/**
 * Code the segmenters must recognise wherever it stands: tilde fences on their own lines (no other
 * piece has three tildes in a row, so none can close them) and a code span opening a paragraph,
 * each between blank lines (so that no backtick before them can pair with theirs).
 */
const CODE_PIECES = [`\n\n~~~~~\n${SECRET} JJOC 300\n~~~~~\n\n`, `\n\n~~~~\n${SECRET}\n\n${SECRET}\n~~~~\n\n`, `\n\n\`\`${SECRET} JJOC\`\` and the JJOC\n\n`];

/** Checks that hold for any prose view of `text`. */
export function assertProseView(text: string, view: ProseView, what: string): void {
  assert.equal(view.masked.length, text.length, `${what}: the masked view keeps every offset`);
  for (let i = 0; i < text.length; i++) {
    const m = view.masked.charCodeAt(i);
    if (m !== text.charCodeAt(i)) assert.ok(m === 0x20 && text[i] !== '\n' && text[i] !== '\r', `${what}: offset ${i} is the original or a blank (line breaks kept)`);
  }
  let last = 0;
  for (const b of view.blocks) {
    assert.ok(b.start >= last && b.start <= b.end && b.end <= text.length, `${what}: block ${b.start}-${b.end} ordered and inside`);
    last = b.end;
  }
  for (const a of view.annotations) assert.ok(a.start >= 0 && a.start <= a.end && a.end <= text.length, `${what}: annotation inside`);
  assert.ok(!view.masked.includes(SECRET), `${what}: code is never prose`);
}

export const markdown = target<string[]>({
  name: 'markdown',
  title: 'both Markdown segmenters keep offsets and blocks inside the document and never treat code as prose',
  runs: 400,
  arbitrary: (scale) => fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...MD_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...CODE_PIECES) }), { maxLength: 40 * scale }),
  check(pieces) {
    const text = pieces.join('');
    assertProseView(text, extractMarkdownProse(text), 'remark');
    assertProseView(text, extractFastMarkdownProse(text), 'fast');
  },
});

// --- Whole analysis --------------------------------------------------------------------------

let service: EntityService | undefined;
const ANALYSIS_PIECES = [
  ...MD_PIECES, 'Joint Operations Command', '統合作戦司令部', 'ＪＪＯＣ', 'J J O C', '統合作戦司令部の人員は300人である。',
  'The JJOC was set up on 24 March 2025.', 'Gen. Nagumo', '南雲', 'U.S. Forces Japan', 'has 240 personnel', '二百四十人', '\u0000',
];

export const analysis = target<{ pieces: string[]; markdown: boolean }>({
  name: 'analysis',
  title: 'a whole analysis never throws, keeps its budgets, and every mention and diagnostic covers exactly its text',
  runs: 300,
  arbitrary: (scale) => fc.record({ pieces: fc.array(fc.constantFrom(...ANALYSIS_PIECES), { maxLength: 30 * scale }), markdown: fc.boolean() }),
  check({ pieces, markdown }) {
    service ??= serviceWith().service;
    const text = pieces.join('');
    const result = service.analyze({ file: 'fuzz.md', text, kind: markdown ? 'markdown' : 'plaintext', version: Math.random() });
    assert.ok(result, 'an analysis');
    const lines = new LineIndex(text);
    for (const m of result.mentions) {
      const [s, e] = assertRangeCovers(text, lines, m.range, `mention ${m.entity}`);
      assert.equal(text.slice(s, e), m.text, 'a mention names exactly the text it covers');
    }
    for (const d of result.diagnostics) assertRangeCovers(text, lines, d.range, `diagnostic ${d.code}`);
    // The budgets (src/core/budgets.ts): one info diagnostic may follow the kept ones.
    assert.ok(result.mentions.length <= MAX_MENTIONS_PER_DOCUMENT, 'mentions within the budget');
    assert.ok(result.diagnostics.length <= MAX_DIAGNOSTICS_PER_DOCUMENT + 1, 'diagnostics within the budget');
  },
});

// --- Datasets --------------------------------------------------------------------------------

const YAML_LINES = [
  'version: 1', 'properties:', '  p: {type: quantity, unit: u}', '  d: {type: date}', '  e: {type: entity}', '  q: {type: nope}',
  'entities:', '  - id: a', '  - id: b', '  - id: A B', '    type: organization', '    labels: {en: A, ja: ア}', '    aliases:',
  '      en: [A1, {text: A2, needsContext: true}]', "      ja: ['', {text: ''}]", '    facts:', '      - property: p',
  '        value: 3', '        value: [a, b]', '        value: {entity: a}', '        value: &v {date: 2025}', '        value: *v',
  '        sources: [{document: d}, s]', 'tests:', '  - text: hello', '    mentions: [a, z]', 'x: &x [*x]', '- 1', '{', ']', '\t', '\ufeff', '"\\ud800"',
];

export const dataset = target<string[]>({
  name: 'dataset',
  title: 'the dataset loader never throws and reports every problem at a real place',
  runs: 400,
  arbitrary: (scale) => fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...YAML_LINES) }, { weight: 1, arbitrary: utf16(10) }), { maxLength: 30 * scale }),
  check(lines) {
    const text = lines.join('\n');
    const { dataset: loaded, problems } = loadDatasets([{ file: 'x.yaml', text }]);
    assert.ok(loaded.entities instanceof Map);
    assertWellFormed(problems, text);
  },
});

export const TARGETS: ReadonlyArray<FuzzTarget<any>> = [normalizeOffsets, matcher, values, markdown, analysis, dataset];
