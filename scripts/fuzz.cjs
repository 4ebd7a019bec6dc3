#!/usr/bin/env node
// `npm run fuzz`: runs the fuzz targets (test/fuzz/targets.ts) on larger random inputs for a given
// time, round robin, and saves every failing input (shrunk) as a regression fixture under
// test/fuzz/regressions/<target>/<hash>.json, which `npm test` replays from then on. Not part of CI.
//
//   npm run fuzz -- [--seconds=300] [--targets=markdown,analysis] [--scale=4] [--seed=N]
//
// Exit code 1 when an input failed (the files it wrote are listed), else 0.
require('tsx/cjs');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const fc = require('fast-check');
const { TARGETS } = require('../test/fuzz/targets.ts');

const argv = process.argv.slice(2);
const opt = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const seconds = Number(opt('seconds', '300'));
const scale = Number(opt('scale', '4'));
const names = opt('targets', TARGETS.map((t) => t.name).join(',')).split(',');
const unknown = names.filter((n) => !TARGETS.some((t) => t.name === n));
if (unknown.length || !(seconds > 0) || !(scale >= 1)) {
  process.stderr.write(`usage: npm run fuzz -- [--seconds=300] [--targets=${TARGETS.map((t) => t.name).join(',')}] [--scale=4] [--seed=N]\n`);
  if (unknown.length) process.stderr.write(`unknown target: ${unknown.join(', ')}\n`);
  process.exit(2);
}
let seed = Number(opt('seed', String(Date.now() % 2 ** 31)));
const selected = TARGETS.filter((t) => names.includes(t.name));
const root = path.join(__dirname, '..', 'test', 'fuzz', 'regressions');
const runs = Object.fromEntries(selected.map((t) => [t.name, 0]));
const saved = [];
const failing = new Set();
const deadline = Date.now() + seconds * 1000;
// Several turns per target even in a short run.
const turnMs = Math.max(1000, Math.min(15_000, (seconds * 1000) / (selected.length * 3)));

process.stderr.write(`fuzzing ${selected.map((t) => t.name).join(', ')} for ${seconds} s at scale ${scale}, seed ${seed}\n`);
while (Date.now() < deadline && failing.size < selected.length) {
  for (const t of selected) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    if (failing.has(t.name)) continue;
    const s = seed++;
    const result = fc.check(
      fc.property(t.arbitrary(scale), (input) => t.check(input)),
      { seed: s, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: Math.min(left, turnMs), markInterruptAsFailure: false },
    );
    runs[t.name] += result.numRuns;
    if (!result.failed) continue;
    // One failure per target per run: the same bug would be found again and again.
    failing.add(t.name);
    const input = result.counterexample[0];
    const json = JSON.stringify({ target: t.name, seed: s, path: result.counterexamplePath, error: String(result.errorInstance?.message ?? result.errorInstance).slice(0, 2000), input }, null, 2) + '\n';
    const dir = path.join(root, t.name);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 12)}.json`);
    fs.writeFileSync(file, json);
    saved.push(path.relative(process.cwd(), file));
    process.stderr.write(`✖ ${t.name}: failed (seed ${s}); input saved to ${path.relative(process.cwd(), file)}\n  ${String(result.errorInstance?.message ?? '').split('\n')[0]}\n`);
  }
}

for (const t of selected) process.stdout.write(`${failing.has(t.name) ? '✖' : '✔'} ${t.name}: ${runs[t.name]} inputs\n`);
process.stdout.write(saved.length ? `${saved.length} failing input(s) saved; \`npm test\` replays them:\n${saved.map((f) => `  ${f}\n`).join('')}` : 'no failing input\n');
process.exitCode = saved.length ? 1 : 0;
