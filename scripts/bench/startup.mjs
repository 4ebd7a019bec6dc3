// Start-up as an editor sees it: from spawning `entity-lens lsp --stdio` to the first diagnostics
// of a note opened right after `initialized` (its fact conflict), and to the first answered hover
// sent at that moment (a card, not null), with an empty index cache and with a warm one. Two
// workspaces: examples/ (4 notes) and examples/ copied 500 times (2,000 notes). Medians of RUNS.
//   node scripts/bench/startup.mjs [runs]        (after `npm run build`)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './lsp.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RUNS = Number(process.argv[2] ?? 3);
const NOTE = 'jjoc-briefing.md';

function workspace(copies) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-startup-'));
  for (let k = 0; k < copies; k++) fs.cpSync(path.join(ROOT, 'examples'), k === 0 ? dir : path.join(dir, `copy-${k}`), { recursive: true });
  return dir;
}

/** One start: ms from spawn to the note's first diagnostics with a conflict, and to the first hover answered with a card. */
async function once(root, cacheHome) {
  const server = await startServer(CLI, root, { cacheHome });
  const file = path.join(root, NOTE);
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const line = text.split('\n').findIndex((l) => l.includes('JJOC'));
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const hovered = server.request('textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('JJOC') } }).then((h) => ({ at: performance.now(), h }));
  const diagnosed = server.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'fact-conflict'));
  const [hover, diagnostics] = await Promise.all([hovered, diagnosed]);
  await server.dispose();
  // A hover answered with nothing counts as never answered.
  return { diagnostics: diagnostics.at - server.spawnedAt, hover: hover.h ? hover.at - server.spawnedAt : Infinity };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`| workspace | cache | spawn → first diagnostics | spawn → first hover answered |`);
console.log(`|---|---|---|---|`);
for (const [name, copies] of [['examples/ (4 notes)', 1], ['examples/ ×500 (2,000 notes)', 500]]) {
  const root = workspace(copies);
  const runs = { empty: [], warm: [] };
  for (let k = 0; k < RUNS; k++) {
    const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-startup-cache-'));
    runs.empty.push(await once(root, cacheHome));
    runs.warm.push(await once(root, cacheHome));
    fs.rmSync(cacheHome, { recursive: true, force: true });
  }
  for (const cache of ['empty', 'warm']) {
    const r = runs[cache];
    const hover = median(r.map((x) => x.hover));
    console.log(`| ${name} | ${cache} | ${Math.round(median(r.map((x) => x.diagnostics)))} ms | ${Number.isFinite(hover) ? `${Math.round(hover)} ms` : 'answered with nothing'} |`);
  }
  fs.rmSync(root, { recursive: true, force: true });
}
