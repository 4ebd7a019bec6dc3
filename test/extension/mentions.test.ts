// Which mention is under the cursor (Show Entity Card, Open Dataset Entry).
import { strict as assert } from 'node:assert';
import { mentionAt } from '../../src/extension/pure/mentions';
import { range } from './fixtures';

describe('extension: mention at the cursor', () => {
  const mentions = [
    { entity: 'a', range: range(0, 0, 4) },
    { entity: 'b', range: range(0, 4, 3) },
    { entity: 'c', range: { start: { line: 2, character: 5 }, end: { line: 3, character: 2 } } },
  ];
  const at = (line: number, character: number) => mentionAt(mentions, { line, character })?.entity;

  it('inside, at the start, just after the end', () => {
    assert.equal(at(0, 2), 'a');
    assert.equal(at(0, 0), 'a');
    assert.equal(at(0, 7), 'b');
  });

  it('where one mention ends and the next starts, the next wins', () => {
    assert.equal(at(0, 4), 'b');
  });

  it('across a line break (a name wrapped in a paragraph)', () => {
    assert.equal(at(2, 9), 'c');
    assert.equal(at(3, 0), 'c');
    assert.equal(at(3, 2), 'c');
    assert.equal(at(2, 4), undefined);
  });

  it('nowhere near a mention', () => {
    assert.equal(at(1, 0), undefined);
    assert.equal(at(0, 8), undefined);
    assert.equal(mentionAt([], { line: 0, character: 0 }), undefined);
  });
});
