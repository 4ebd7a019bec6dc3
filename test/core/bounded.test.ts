// The bounded backward and forward searches (src/core/text/bounded.ts): the same answers as
// lastIndexOf / indexOf inside their window, and none from outside it.
import { strict as assert } from 'node:assert';
import { indexWithin, lastIndexWithin, lineStartFrom } from '../../src/core/text/bounded';

describe('bounded searches', () => {
  const text = 'ab\ncd\nef。gh';

  it('lastIndexWithin agrees with lastIndexOf inside the window and finds nothing below the floor', () => {
    for (let at = -1; at <= text.length + 1; at++) {
      assert.equal(lastIndexWithin(text, '\n', at, 0), at < 0 ? -1 : text.lastIndexOf('\n', at), `at ${at}`);
    }
    assert.equal(lastIndexWithin(text, '\n', 10, 6), -1);
    assert.equal(lastIndexWithin(text, '\n', 10, 5), 5);
    assert.equal(lastIndexWithin(text, '。', 10, 0), 8);
  });

  it('indexWithin agrees with indexOf before the ceiling', () => {
    for (let at = 0; at <= text.length; at++) {
      const want = text.indexOf('\n', at);
      assert.equal(indexWithin(text, '\n', at, text.length), want, `at ${at}`);
    }
    assert.equal(indexWithin(text, '\n', 0, 2), -1);
    assert.equal(indexWithin(text, '\n', 0, 3), 2);
  });

  it('lineStartFrom gives the line start, or the floor when the line starts before it', () => {
    assert.equal(lineStartFrom(text, 4, 0), 3);
    assert.equal(lineStartFrom(text, 3, 0), 3);
    assert.equal(lineStartFrom(text, 1, 0), 0);
    assert.equal(lineStartFrom(text, 9, 7), 7);
    const long = 'x'.repeat(100_000);
    assert.equal(lineStartFrom(long, 100_000, 99_990), 99_990);
  });
});
