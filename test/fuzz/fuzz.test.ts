// The fuzz targets (targets.ts) as CI property tests: a few hundred random inputs each, then
// every input a long fuzz run (`npm run fuzz`) once found failing, saved under regressions/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TARGETS } from './targets';

const REGRESSIONS = path.join(__dirname, 'regressions');

/** Saved failing inputs of a target: regressions/<target>/*.json, each `{ input, … }`. */
function regressionsOf(name: string): Array<{ file: string; input: unknown }> {
  const dir = path.join(REGRESSIONS, name);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, input: (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { input: unknown }).input }));
}

describe('fuzz targets', function () {
  this.timeout(120_000);
  for (const t of TARGETS) {
    describe(t.name, () => {
      it(t.title, () => {
        fc.assert(fc.property(t.arbitrary(1), (input) => t.check(input)), { numRuns: t.runs });
      });
      for (const r of regressionsOf(t.name)) it(`replays regression ${r.file}`, () => t.check(r.input));
    });
  }

  it('the checks can fail: text after an unclosed backtick is prose, and the markdown target says so', () => {
    const markdown = TARGETS.find((t) => t.name === 'markdown')!;
    assert.throws(() => markdown.check(['``QZXV`']), /code is never prose/);
  });
});
