// Directory snapshots: test/fixtures/<case>/{input.md|input.txt, dataset.yaml?, expected.json}.
// The bundled dataset is always loaded; a case's dataset.yaml goes on top. Run with
// UPDATE_SNAPSHOT=1 to rewrite expected.json after a deliberate change, then review the diff.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compact, serviceWith } from './helpers';

const FIXTURES = path.join(__dirname, 'fixtures');
const update = process.env.UPDATE_SNAPSHOT === '1';

describe('fixtures', () => {
  const cases = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory()).sort();
  it('has cases', () => assert.ok(cases.length >= 10, `${cases.length} cases`));
  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const inputName = fs.readdirSync(dir).find((f) => f.startsWith('input.'));
      assert.ok(inputName, 'an input.md or input.txt');
      const text = fs.readFileSync(path.join(dir, inputName), 'utf8');
      const datasetFile = path.join(dir, 'dataset.yaml');
      const extra = fs.existsSync(datasetFile) ? [{ file: 'dataset.yaml', text: fs.readFileSync(datasetFile, 'utf8') }] : [];
      const { service, problems } = serviceWith(extra);
      const analysis = service.analyze({ file: inputName, text, kind: inputName.endsWith('.txt') ? 'plaintext' : 'markdown' })!;
      const actual = { ...(compact(analysis) as object), ...(extra.length ? { datasetProblems: problems.filter((p) => p.file === 'dataset.yaml').map((p) => `${p.code} ${(p.range?.start.line ?? -1) + 1}`) } : {}) };
      const expectedFile = path.join(dir, 'expected.json');
      if (update) fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      assert.ok(fs.existsSync(expectedFile), `${name}/expected.json is missing: run with UPDATE_SNAPSHOT=1 and review it`);
      assert.deepEqual(actual, JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
    });
  }
});
