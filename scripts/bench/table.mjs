#!/usr/bin/env node
// Prints the Markdown tables of a bench result (`node scripts/bench/run.mjs --json > r.json`, or
// `--out=r.json`): every figure, then the targets. Used for docs/performance.md.
//   node scripts/bench/table.mjs docs/bench-results.json
import * as fs from 'node:fs';

const r = JSON.parse(fs.readFileSync(process.argv[2] ?? 'docs/bench-results.json', 'utf8'));
const out = [
  `${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGB} GB, node ${r.machine.node}, ${r.machine.platform}; \`${r.command}\`${r.quick ? ' (quick)' : ''}, ${r.date.slice(0, 10)}, ${r.seconds} s.`,
  '',
  '| figure | median | min | max | unit | runs |',
  '|---|---:|---:|---:|---|---:|',
  ...r.figures.map((f) => `| ${f.name} | ${f.median} | ${f.min} | ${f.max} | ${f.unit} | ${f.runs} |`),
  '',
  '| headline | value | target | met |',
  '|---|---:|---|---|',
  ...Object.entries(r.targets).map(([k, t]) => `| ${k} | ${t.value ?? 'n/a'} | ${t.target} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`),
];
process.stdout.write(out.join('\n') + '\n');
