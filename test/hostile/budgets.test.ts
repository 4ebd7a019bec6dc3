// The budgets of src/core/budgets.ts hold against notes made to exceed them: one acronym repeated
// (mentions), the same conflicting sentence repeated (diagnostics), an index of several such notes
// (index mentions), and answers built from them (locations). Each case also says where the text
// was cut, so the user knows what was not checked.
import { strict as assert } from 'node:assert';
import { MAX_DIAGNOSTICS_PER_DOCUMENT, MAX_LOCATIONS_PER_ANSWER, MAX_MENTIONS_PER_DOCUMENT, WorkspaceIndex } from '../../src/core';
import { serviceWith } from '../helpers';

const { service } = serviceWith();

/** `n` mentions of the JJOC, twenty to a line. */
function acronyms(n: number): string {
  const lines: string[] = [];
  for (let k = 0; k < n; k += 20) lines.push('JJOC '.repeat(Math.min(20, n - k)).trimEnd());
  return lines.join('\n');
}

/** `n` sentences, one to a paragraph, each stating a wrong headcount for the JJOC. */
function conflicts(n: number): string {
  return Array.from({ length: n }, () => 'The JJOC has 300 personnel.').join('\n\n');
}

describe('budgets', () => {
  it('keeps at most MAX_MENTIONS_PER_DOCUMENT mentions and says where reading stopped', () => {
    const text = acronyms(MAX_MENTIONS_PER_DOCUMENT + 5_000);
    const a = service.analyze({ file: 'many.md', text, kind: 'markdown' })!;
    assert.equal(a.mentions.length, MAX_MENTIONS_PER_DOCUMENT);
    const notes = a.diagnostics.filter((d) => d.code === 'mentions-left-out');
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.severity, 'info');
    const last = a.mentions[a.mentions.length - 1]!;
    assert.deepEqual(notes[0]!.range.start, last.range.end, 'the note stands where the last kept mention ends');
    assert.match(notes[0]!.message, /20,000/);
  });

  it('keeps the budget in an edited document too (blocks reused from the last analysis)', () => {
    const text = acronyms(MAX_MENTIONS_PER_DOCUMENT + 2_000);
    const first = service.analyze({ file: 'edited.md', text, kind: 'markdown', version: 1 })!;
    const second = service.analyze({ file: 'edited.md', text: 'JJOC\n\n' + text, kind: 'markdown', version: 2 })!;
    assert.equal(first.mentions.length, MAX_MENTIONS_PER_DOCUMENT);
    assert.equal(second.mentions.length, MAX_MENTIONS_PER_DOCUMENT);
    assert.equal(second.diagnostics.filter((d) => d.code === 'mentions-left-out').length, 1);
  });

  it('a document under the budget gets no note', () => {
    const a = service.analyze({ file: 'few.md', text: acronyms(500), kind: 'markdown' })!;
    assert.equal(a.mentions.length, 500);
    assert.equal(a.diagnostics.filter((d) => d.code === 'mentions-left-out').length, 0);
  });

  it('keeps at most MAX_DIAGNOSTICS_PER_DOCUMENT diagnostics, then one info saying more were left out', () => {
    const n = MAX_DIAGNOSTICS_PER_DOCUMENT * 3;
    const a = service.analyze({ file: 'conflicts.md', text: conflicts(n), kind: 'markdown' })!;
    assert.equal(a.diagnostics.length, MAX_DIAGNOSTICS_PER_DOCUMENT + 1);
    assert.ok(a.diagnostics.slice(0, MAX_DIAGNOSTICS_PER_DOCUMENT).every((d) => d.code === 'fact-conflict'));
    const last = a.diagnostics[MAX_DIAGNOSTICS_PER_DOCUMENT]!;
    assert.equal(last.code, 'diagnostics-left-out');
    assert.equal(last.severity, 'info');
    // Sentence k is on line 2k: the first left out is sentence 1,000.
    assert.equal(last.range.start.line, 2 * MAX_DIAGNOSTICS_PER_DOCUMENT);
  });

  it('just at the diagnostics budget, nothing is left out and nothing said', () => {
    const a = service.analyze({ file: 'exact.md', text: conflicts(MAX_DIAGNOSTICS_PER_DOCUMENT), kind: 'markdown' })!;
    assert.equal(a.diagnostics.length, MAX_DIAGNOSTICS_PER_DOCUMENT);
    assert.ok(a.diagnostics.every((d) => d.code === 'fact-conflict'));
  });

  it('the workspace index keeps its mention budget over all documents, and counts what it left out', () => {
    const { service: own } = serviceWith();
    const index = new WorkspaceIndex(own, 1_000);
    for (const name of ['a.md', 'b.md', 'c.md']) index.upsert({ file: name, text: acronyms(600), kind: 'markdown' });
    const stats = index.stats();
    assert.equal(stats.mentions, 1_000);
    assert.equal(stats.mentionsLeftOut, 800);
    assert.equal(index.get('c.md')!.mentions.length, 0);
    // Removing a document makes room again for the next one indexed.
    index.remove('a.md');
    index.upsert({ file: 'c.md', text: acronyms(600), kind: 'markdown' });
    assert.deepEqual([index.stats().mentions, index.stats().mentionsLeftOut], [1_000, 200]);
  });

  it('an answer carries at most MAX_LOCATIONS_PER_ANSWER locations; counts see every mention', () => {
    const { service: own } = serviceWith();
    const index = new WorkspaceIndex(own);
    for (const name of ['a.md', 'b.md']) index.upsert({ file: name, text: acronyms(MAX_LOCATIONS_PER_ANSWER - 1_000), kind: 'markdown' });
    assert.equal(index.mentionsOf('jjoc').length, MAX_LOCATIONS_PER_ANSWER);
    assert.equal(index.mentionsOf('jjoc', 5).length, 5);
    assert.equal(index.mentionCounts('jjoc')['en'], 2 * (MAX_LOCATIONS_PER_ANSWER - 1_000));
  });
});
