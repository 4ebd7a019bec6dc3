// Runs every test and ends with one line CI reads: "N passed, M failed".
// 1. mocha over test/**/*.test.ts (TypeScript through tsx), spec reporter;
// 2. the bundled dataset's inline tests through the built CLI (`entity-lens test-dataset`).
require('tsx/cjs');
const Mocha = require('mocha').Mocha ?? require('mocha');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const only = process.argv.slice(2);

function m0(out) {
  return /\d+ passed, \d+ failed/.exec(out)?.[0].replace(/^/, '  ');
}

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testFiles(full);
    return e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
const files = testFiles(path.join(root, 'test')).sort().filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
for (const f of files) mocha.addFile(f);

const runner = mocha.run((failures) => {
  let passed = runner.stats?.passes ?? 0;
  let failed = failures;
  if (only.length === 0) {
    const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'test-dataset'], { encoding: 'utf8' });
    process.stdout.write('\nBundled dataset tests (entity-lens test-dataset):\n' + cli.stdout.split('\n').filter((l) => /✖|^\s{6}/.test(l)).join('\n') + (m0(cli.stdout) ?? '(no summary)') + '\n');
    const m = /(\d+) passed, (\d+) failed/.exec(cli.stdout);
    if (m && cli.status === 0) passed += Number(m[1]);
    else {
      failed += m ? Number(m[2]) || 1 : 1;
      process.stdout.write(cli.stdout + cli.stderr);
    }
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
});
