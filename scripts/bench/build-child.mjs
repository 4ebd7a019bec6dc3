// Run by the bench as `node --expose-gc build-child.mjs ENGINE RUNS LOAD_RUNS DATASET...`: times loading
// the datasets and building the matcher, and measures the heap the recognition structures hold
// (heapUsed + arrayBuffers after a full GC, before and after), in a fresh process so nothing else is on the heap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const [enginePath, runsText, loadRunsText, ...files] = process.argv.slice(2);
const engine = require(enginePath);
const runs = Number(runsText);
const loadRuns = Number(loadRunsText);
const inputs = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

function heap() {
  gc();
  gc();
  // Typed arrays keep their contents outside the V8 heap: count those bytes too.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

// 1. Load (YAML → dataset, validation, merge) and build, through the service, as hosts do.
const loadAndBuild = [];
const buildOnly = [];
let service;
for (let r = 0; r < loadRuns; r++) {
  service = engine.createEntityService();
  const t0 = performance.now();
  service.loadDatasets(inputs);
  const t1 = performance.now();
  loadAndBuild.push(t1 - t0);
}
// 2. The matcher alone (fold every name, build the automaton) from the loaded dataset.
for (let r = 0; r <= runs; r++) {
  const t0 = performance.now();
  const index = engine.buildAliasIndex(service.dataset);
  const t1 = performance.now();
  if (r > 0) buildOnly.push(t1 - t0);
  if (index.entries.length === 0) throw new Error('no aliases');
}

// 3. Heap: the alias index (automaton + per-alias rules) on its own, and the whole service.
const dataset = service.dataset;
service = undefined;
const h0 = heap();
let index = engine.buildAliasIndex(dataset);
const h1 = heap();
const aliases = index.entries.length;
const nodes = index.matcher.nodeCount;
index = undefined;
const h2 = heap();
let fresh = engine.createEntityService();
fresh.loadDatasets(inputs);
const h3 = heap();
const keep = [index, fresh];
process.stdout.write(
  JSON.stringify({
    aliases,
    nodes,
    loadAndBuildMs: loadAndBuild,
    buildMs: buildOnly,
    indexHeapBytes: h1 - h0,
    serviceHeapBytes: h3 - h2,
    keep: keep.length,
  }) + '\n',
);
