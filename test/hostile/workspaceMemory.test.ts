// The hostile workspace of the security review, over real LSP and in Restricted Mode: six notes of
// eight megabytes of `JJOC ` and one of the same conflicting sentence. Before the budgets it
// cost about 6 GB of server memory, 290,000 diagnostics in one 134 MB message and a 1.5 GB index
// cache. Now the server must stay alive, answer a hover after indexing, peak under 1.5 GB, send
// no publishDiagnostics message over 2 MB, and keep its cache folder under 200 MB.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver/node';
import { published, startServer, workspace } from './helpers';
import type { TestClient } from '../server/harness';

const NOTE_BYTES = 8_000_000; // just under the default limit of 8 MiB: read and checked
const PEAK_BUDGET = 1.5 * 1024 ** 3;
const MESSAGE_BUDGET = 2 * 1024 ** 2;
const CACHE_BUDGET = 200 * 1024 ** 2;

/** `unit` repeated to `bytes`, in lines of 80 or so. */
function filled(unit: string, bytes: number): string {
  const line = unit.repeat(Math.floor(80 / unit.length)).trimEnd() + '\n';
  return line.repeat(Math.floor(bytes / line.length));
}

/** The peak resident memory of a process (VmHWM), in bytes; undefined where /proc has none. */
function peakMemory(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).size;
  }
  return total;
}

describe('hostile workspace: six 8 MB notes of one acronym and one of conflicts, in Restricted Mode', function () {
  this.timeout(300_000);
  let root: string;
  let cacheHome: string;
  let c: TestClient | undefined;

  before(() => {
    const files: Record<string, string> = { 'conflicts.md': filled('The JJOC has 300 personnel. ', 7_700_000) };
    for (let k = 1; k <= 6; k++) files[`jjoc-${k}.md`] = filled('JJOC ', NOTE_BYTES);
    root = workspace('memory', files);
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-memory-cache-'));
  });

  after(async () => {
    await c?.dispose();
    fs.rmSync(cacheHome, { recursive: true, force: true });
  });

  it('indexes within the budgets, stays alive and answers a hover', async () => {
    c = await startServer(root, 'jjoc-1.md', { initializationOptions: { trusted: false, locale: 'en' }, cacheHome }, 240_000);
    const status = c.statuses.at(-1)!;
    assert.equal(status.indexedFiles, 7);
    assert.equal(status.restricted, true);

    // Every note's diagnostics are published, each message within 2 MB.
    const conflicts = await published(c, path.join(root, 'conflicts.md'), (d) => d.some((x) => x.code === 'diagnostics-left-out' || x.code === 'mentions-left-out'), 60_000);
    assert.ok(conflicts.length <= 1_002, `${conflicts.length} diagnostics`);
    const sizes = [...c.diagnostics.values()].flat().map((p) => Buffer.byteLength(JSON.stringify(p)));
    assert.ok(Math.max(...sizes) < MESSAGE_BUDGET, `largest publishDiagnostics: ${Math.max(...sizes)} bytes`);

    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: c.fixture.uri(path.join(root, 'jjoc-1.md')) }, position: { line: 0, character: 1 } });
    assert.ok(hover && JSON.stringify(hover.contents).includes('Joint Operations Command'), JSON.stringify(hover));
    assert.equal(c.process.exitCode, null, 'the server is alive');

    const peak = peakMemory(c.process.pid!);
    if (peak !== undefined) assert.ok(peak < PEAK_BUDGET, `peak resident memory ${(peak / 1024 ** 2).toFixed(0)} MB`);
    // The index cache is written after indexing, as a task of its own: wait for it.
    await c.poll(async () => (fs.existsSync(path.join(cacheHome, 'entity-lens', 'index')) && fs.readdirSync(path.join(cacheHome, 'entity-lens', 'index')).some((f) => f.endsWith('.v8')) ? true : undefined), 60_000, 'the index cache');
    const cache = folderBytes(cacheHome);
    assert.ok(cache < CACHE_BUDGET, `cache folder ${(cache / 1024 ** 2).toFixed(1)} MB`);
    console.log(`      peak ${peak === undefined ? '?' : (peak / 1024 ** 2).toFixed(0)} MB, largest message ${(Math.max(...sizes) / 1024).toFixed(0)} KB, cache ${(cache / 1024 ** 2).toFixed(1)} MB`);
  });
});
