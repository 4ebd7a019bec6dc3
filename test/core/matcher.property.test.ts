// The keyword matcher against a naive reference, on random keywords and texts over a small
// alphabet that mixes Latin, spaces, kana and kanji (so boundaries and shared prefixes occur).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { KeywordMatcher } from '../../src/core/match/keywordMatcher';
import { matcherMatches as viaMatcher, naiveMatches as naive } from '../fuzz/targets';

const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'ア', 'イ', '漢', '字', '1');
const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));

describe('KeywordMatcher', () => {
  it('agrees with a naive leftmost-longest scan', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (keys, text) => {
        assert.deepEqual(viaMatcher(keys, text), naive(keys, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every id of a keyword given twice', () => {
    const m = KeywordMatcher.build(['jjoc', 'mod', 'jjoc']);
    const ids: number[][] = [];
    m.scan(Uint16Array.from('the jjoc', (c) => c.charCodeAt(0)), 0, 8, (_s, _e, k) => {
      ids.push([...k]);
      return true;
    });
    assert.deepEqual(ids, [[0, 2]]);
  });

  it('falls back to a shorter keyword when the longer one is refused', () => {
    const m = KeywordMatcher.build(['japan', 'japan air']);
    const found: string[] = [];
    const text = 'japan air force';
    m.scan(Uint16Array.from(text, (c) => c.charCodeAt(0)), 0, text.length, (s, e) => {
      if (e - s > 5) return false;
      found.push(text.slice(s, e));
      return true;
    });
    assert.deepEqual(found, ['japan']);
  });
});
