// Accuracy on the corpus in test/corpus: recall and precision of mentions (same entity, and the
// same text or one containing the other, as the truth leaves out titles and articles), every
// planted conflict found and no false one. The bars are the promise: 95% and no false conflicts.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serviceWith } from './helpers';

const CORPUS = path.join(__dirname, 'corpus');

interface Truth {
  mentions: Array<{ entity: string; text: string }>;
  conflicts: Array<{ entity: string; property: string }>;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('accuracy on an independent corpus', () => {
  const { service } = serviceWith();
  const totals = { truth: 0, found: 0, matched: 0, planted: 0, caught: 0, falseConflicts: [] as string[] };
  const docs = fs.readdirSync(path.join(CORPUS, 'docs')).sort();

  before(() => {
    for (const name of docs) {
      const text = fs.readFileSync(path.join(CORPUS, 'docs', name), 'utf8');
      const truth: Truth = JSON.parse(fs.readFileSync(path.join(CORPUS, 'truth', name.replace(/\.\w+$/, '.json')), 'utf8'));
      const a = service.analyze({ file: name, text, kind: name.endsWith('.txt') ? 'plaintext' : 'markdown' })!;
      const unmatched = truth.mentions.map((m) => ({ entity: m.entity, text: squash(m.text) }));
      totals.truth += unmatched.length;
      totals.found += a.mentions.length;
      for (const m of a.mentions) {
        const t = squash(m.text);
        const k = unmatched.findIndex((u) => u.entity === m.entity && (u.text === t || t.includes(u.text) || u.text.includes(t)));
        if (k >= 0) {
          unmatched.splice(k, 1);
          totals.matched++;
        }
      }
      const conflicts = a.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => `${d.entity}.${d.property}`);
      const planted = truth.conflicts.map((c) => `${c.entity}.${c.property}`);
      totals.planted += planted.length;
      for (const c of conflicts) {
        const k = planted.indexOf(c);
        if (k >= 0) {
          planted.splice(k, 1);
          totals.caught++;
        } else totals.falseConflicts.push(`${name}: ${c}`);
      }
    }
  });

  it('has a corpus in both languages and both file kinds', () => {
    assert.ok(docs.some((d) => d.startsWith('en') && d.endsWith('.md')) && docs.some((d) => d.startsWith('ja') && d.endsWith('.txt')));
    assert.ok(totals.truth >= 150, `${totals.truth} mentions in the truth`);
  });

  it('finds at least 95% of the mentions', () => {
    assert.ok(totals.matched / totals.truth >= 0.95, `recall ${totals.matched}/${totals.truth}`);
  });

  it('is right about at least 95% of what it finds', () => {
    assert.ok(totals.matched / totals.found >= 0.95, `precision ${totals.matched}/${totals.found}`);
  });

  it('flags every planted conflict and nothing else', () => {
    assert.equal(totals.caught, totals.planted, `${totals.caught}/${totals.planted} planted conflicts`);
    assert.deepEqual(totals.falseConflicts, []);
  });

  after(() => {
    // The figures for the README, printed where the test log shows them.
    console.log(`      recall ${totals.matched}/${totals.truth}, precision ${totals.matched}/${totals.found}, conflicts ${totals.caught}/${totals.planted}, false ${totals.falseConflicts.length}`);
  });
});
