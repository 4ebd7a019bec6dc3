// The matcher's fast paths (a first-word filter that skips Latin words no keyword starts with,
// hashed children of wide nodes) against the frozen reference matcher (test/core/reference/):
// the same candidates offered in the same order, with an accept callback that refuses some.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { KeywordMatcher } from '../../src/core/match/keywordMatcher';
import { KeywordMatcher as ReferenceMatcher } from './reference/keywordMatcher';

// Many distinct units after a shared first one: wide nodes (more than 8 children) occur.
const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 .-\'漢字統合作戦アイウエオ'.split(''), 'é', 'ß');
const plainKey = fc.array(unit, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const key = fc.oneof(plainKey, plainKey.map((k) => 'a' + k), plainKey.map((k) => '統' + k));

type Matcher = Pick<KeywordMatcher, 'scanRaw'>;

function candidates(m: Matcher, text: string, refuse: number): string[] {
  const codes = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
  const seen: string[] = [];
  m.scanRaw(codes, 0, codes.length, (s, e, a, b) => {
    const ok = ((s * 31 + e * 7) % 5) !== refuse;
    seen.push(`${s}-${e}:${b - a}:${ok}`);
    return ok;
  });
  return seen;
}

describe('KeywordMatcher fast paths', () => {
  it('offer the same candidates as the reference matcher', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 30, maxLength: 150, size: 'large' }).chain((keys) => fc.tuple(fc.constant(keys), fc.array(fc.oneof(unit, fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => ` ${k} `)), { maxLength: 40 }))),
        fc.integer({ min: -1, max: 4 }),
        ([keys, parts], refuse) => {
        const text = parts.join('');
        const got = candidates(KeywordMatcher.build(keys), text, refuse);
        const want = candidates(ReferenceMatcher.build(keys) as unknown as Matcher, text, refuse);
        assert.deepEqual(got, want);
      }),
      { numRuns: 1500 },
    );
  });

  it('matches keywords whose first words the text repeats as whole words only', () => {
    const m = KeywordMatcher.build(['joint staff', 'mod', 'jo']);
    const text = 'jointly joint staff modern mod jo';
    const found: string[] = [];
    m.scan(Uint16Array.from(text, (c) => c.charCodeAt(0)), 0, text.length, (s, e) => {
      found.push(text.slice(s, e));
      return true;
    });
    assert.deepEqual(found, ['joint staff', 'mod', 'jo']);
  });
});
