#!/usr/bin/env node
// `npm run bench`: measures Entity Lens against the machine's floor, a RegExp alternation, the
// npm Aho-Corasick package, remark-parse and textlint + prh, on inputs it generates itself
// (seeded, so every run sees the same bytes). Prints a table of medians; `--json` prints one JSON
// document with every figure instead; `--quick` runs fewer repetitions on smaller inputs.
//
//   node scripts/bench/run.mjs [--quick] [--json] [--only=recognition,fullcheck,peer,startup,build,edit,lsp,scaling,claims]
//                              [--svg=docs/bench-scaling.svg] [--out=FILE]
//
// Figures that are ratios are measured side by side, run by run, in the same process (or, for
// whole processes, alternately in the same run), so they hold on a noisy machine.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLAIMS, datasetYaml, prhYaml, proseGenerator, rng, syntheticEntities } from './generate.mjs';
import { figure, median, now, percentile, round, timeMs } from './stats.mjs';
import { scalingSvg } from './plot.mjs';
import { startServer } from './lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const JSON_OUT = argv.includes('--json');
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = opt('only')?.split(',');
const SVG_PATH = opt('svg') ?? path.join(ROOT, 'docs', 'bench-scaling.svg');
const OUT_PATH = opt('out');
const wanted = (section) => !ONLY || ONLY.includes(section);
const log = (s) => process.stderr.write(s + '\n');

const P = QUICK
  ? { runs: 3, textMB: 4, regexMB: 0.5, sizes: [1, 2, 4], scaleDictMB: 2, dicts: [1000, 10000, 100000], peerRuns: 2, corpusRuns: 1, startupRuns: 10, editRounds: 3, edits: 100, lspRuns1k: 1, lspRuns10k: 1, lspRequests: 60, buildRuns: 3, loadRuns100k: 1 }
  : { runs: 5, textMB: 20, regexMB: 2, sizes: [1, 2, 4, 8, 16], scaleDictMB: 4, dicts: [1000, 3000, 10000, 30000, 100000], peerRuns: 5, corpusRuns: 3, startupRuns: 20, editRounds: 5, edits: 200, lspRuns1k: 3, lspRuns10k: 2, lspRequests: 200, buildRuns: 5, loadRuns100k: 3 };

const figures = [];
const add = (f) => {
  figures.push(f);
  log(`  ${f.name}: ${f.median} ${f.unit} (min ${f.min}, max ${f.max}, ${f.runs} runs)`);
  return f;
};
const MB = 1e6;
const bytes = (s) => Buffer.byteLength(s);

// --- Set-up: the built CLI, the engine bundle, the inputs ----------------------------------

function ensureBuilt() {
  const newest = (dir) => fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0);
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (fs.existsSync(cli) && fs.statSync(cli).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  log('building dist/ …');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function bundleEngine() {
  // One bundle per checkout (node_modules may be shared between work trees).
  const tag = createHash('sha1').update(ROOT).digest('hex').slice(0, 8);
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'entity-lens-bench', `engine-${tag}.cjs`);
  await build({ entryPoints: [path.join(ROOT, 'scripts', 'bench', 'engine.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

const started = now();
ensureBuilt();
const enginePath = await bundleEngine();
const engine = require(enginePath);
const CLI = path.join(ROOT, 'dist', 'cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

const bundledPath = path.join(ROOT, 'dataset', 'canonical.entities.yaml');
const bundledText = fs.readFileSync(bundledPath, 'utf8');
const SIZES = [...new Set([1000, 10000, 100000, ...P.dicts])].sort((a, b) => a - b);
const allEntities = syntheticEntities(100000);
const entitiesFor = (n) => {
  const out = [];
  let count = 0;
  for (const e of allEntities) {
    if (count >= n) break;
    const names = e.names.slice(0, n - count);
    out.push(names.length === e.names.length ? e : { ...e, names });
    count += names.length;
  }
  return out;
};
const datasetFile = new Map();
for (const n of SIZES) {
  const file = path.join(work, `synthetic-${n}.entities.yaml`);
  fs.writeFileSync(file, datasetYaml(entitiesFor(n)));
  datasetFile.set(n, file);
}

// Mentions: the bundled dataset's names that need no context, and the first 1,000 synthetic names
// (in every dictionary size, so one text serves every size).
const bundledService = engine.createEntityService();
bundledService.loadDatasets([{ file: bundledPath, text: bundledText }]);
const bundledNames = engine
  .buildAliasIndex(bundledService.dataset)
  .entries.filter((e) => !e.needsContext)
  .map((e) => ({ text: e.text, lang: e.lang === 'ja' ? 'ja' : /[\u3000-\u9fff]/.test(e.text) ? 'ja' : 'en' }));
const synthNames = entitiesFor(1000).flatMap((e) => e.names);
const mentionPool = [...bundledNames, ...synthNames];
const shuffled = (list, seed) => {
  const r = rng(seed);
  const a = [...list];
  for (let k = a.length - 1; k > 0; k--) {
    const j = r.int(k + 1);
    [a[k], a[j]] = [a[j], a[k]];
  }
  return a;
};
const gen = (seed) => proseGenerator({ seed, mentions: shuffled(mentionPool, seed), claims: CLAIMS });

/** A service with the bundled dataset and `n` synthetic aliases. */
const serviceCache = new Map();
function serviceFor(n) {
  if (!serviceCache.has(n)) {
    const s = engine.createEntityService();
    s.loadDatasets([
      { file: bundledPath, text: bundledText },
      ...(n > 0 ? [{ file: datasetFile.get(n), text: fs.readFileSync(datasetFile.get(n), 'utf8') }] : []),
    ]);
    serviceCache.set(n, s);
  }
  return serviceCache.get(n);
}
const indexCache = new Map();
const aliasIndexFor = (n) => {
  if (!indexCache.has(n)) indexCache.set(n, engine.buildAliasIndex(serviceFor(n).dataset));
  return indexCache.get(n);
};

log(`Entity Lens bench${QUICK ? ' (quick)' : ''}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
log(`inputs generated in ${((now() - started) / 1000).toFixed(1)} s`);

// --- Kernels -------------------------------------------------------------------------------

function floorLoop(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

/** Paragraph blocks of plain text, as [start, end] pairs. */
function paragraphs(text) {
  const blocks = [];
  let at = 0;
  for (;;) {
    const k = text.indexOf('\n\n', at);
    const end = k < 0 ? text.length : k;
    if (end > at) blocks.push(at, end);
    if (k < 0) break;
    at = k + 2;
  }
  return blocks;
}

/**
 * Recognition of `text` paragraph by paragraph: mentions as offsets and entities (`findMentions`),
 * or with `objects`, as the `Mention` objects the service builds from them (text, line/column range).
 */
function recognizer(text, { objects = false } = {}) {
  const blocks = paragraphs(text);
  if (objects) {
    const lines = new engine.LineIndex(text);
    const positionAt = (o) => lines.positionAt(o);
    return (index) => {
      const state = { seen: new Set() };
      const out = [];
      for (let k = 0; k < blocks.length; k += 2) engine.recognizeRange(text, blocks[k], blocks[k + 1], index, state, positionAt, out);
      return out.length;
    };
  }
  return (index) => {
    const state = { seen: new Set() };
    const found = new engine.FoundMentions();
    for (let k = 0; k < blocks.length; k += 2) engine.findMentions(text, blocks[k], blocks[k + 1], index, state, found);
    return found.length;
  };
}

/** The prefix of `text` of about `mb` megabytes (UTF-8), cut at a paragraph break. */
function prefix(text, mb) {
  const want = mb * MB;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (bytes(text.slice(0, mid)) <= want) lo = mid;
    else hi = mid - 1;
  }
  const cut = text.lastIndexOf('\n\n', lo);
  return text.slice(0, cut > 0 ? cut + 2 : lo);
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function regexFor(names) {
  return new RegExp([...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'g');
}
function regexCount(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

const namesOf = (n) => aliasIndexFor(n).entries.map((e) => e.text);

// --- 1–3, 9: floor, recognition, baselines, scaling -----------------------------------------

let floorMbps;
let text20;
if (wanted('recognition') || wanted('scaling')) {
  log(`\ngenerating ${P.textMB} MB of mixed prose …`);
  text20 = gen(11).plain(P.textMB * MB);
}

if (wanted('recognition')) {
  const text = text20;
  const size = bytes(text) / MB;
  const recognize = recognizer(text);
  const recognizeObjects = recognizer(text, { objects: true });
  log(`recognition over ${size.toFixed(1)} MB (${text.length} UTF-16 units)`);
  for (const n of [1000, 10000, 100000]) aliasIndexFor(n);
  // Warm-up.
  floorLoop(text);
  for (const n of [1000, 10000, 100000]) recognize(aliasIndexFor(n));
  recognizeObjects(aliasIndexFor(100000));
  const floor = [];
  const rec = { 1000: [], 10000: [], 100000: [] };
  const ratio = { 1000: [], 10000: [], 100000: [] };
  const objects = [];
  const objectsRatio = [];
  let mentions = {};
  for (let r = 0; r < P.runs; r++) {
    const f = timeMs(() => floorLoop(text));
    floor.push(size / (f / 1000));
    for (const n of [1000, 10000, 100000]) {
      let count = 0;
      const t = timeMs(() => (count = recognize(aliasIndexFor(n))));
      mentions[n] = count;
      rec[n].push(size / (t / 1000));
      ratio[n].push(f / t);
    }
    const t = timeMs(() => recognizeObjects(aliasIndexFor(100000)));
    objects.push(size / (t / 1000));
    objectsRatio.push(f / t);
  }
  floorMbps = add(figure('floor_charcodeat', 'MB/s', floor, 'a bare charCodeAt loop over the same text')).median;
  for (const n of [1000, 10000, 100000]) {
    const k = n / 1000;
    add(figure(`recognition_${k}k`, 'MB/s', rec[n], `fold + match + mention rules at ${n} aliases (+ bundled), ${mentions[n]} mentions as offsets and entities (findMentions)`));
    add(figure(`recognition_${k}k_vs_floor`, 'ratio', ratio[n]));
  }
  add(figure('recognition_objects_100k', 'MB/s', objects, 'the same at 100k aliases, building a Mention object per mention (text, line/column range), as the service does (recognizeRange)'));
  add(figure('recognition_objects_100k_vs_floor', 'ratio', objectsRatio));

  // Baselines on the same text and the same names (the dataset's spellings, unfolded).
  const slice = prefix(text, P.regexMB);
  const sliceMB = bytes(slice) / MB;
  const recognizeSlice = recognizer(slice);
  for (const n of [1000, 10000]) {
    const t0 = now();
    const re = regexFor(namesOf(n));
    regexCount(re, slice.slice(0, 1000));
    log(`  regex of ${n} names compiled in ${(now() - t0).toFixed(0)} ms`);
    regexCount(re, slice);
    recognizeSlice(aliasIndexFor(n));
    const reMbps = [];
    const speedup = [];
    for (let r = 0; r < Math.max(2, P.runs - 2); r++) {
      const tr = timeMs(() => regexCount(re, slice));
      const to = timeMs(() => recognizeSlice(aliasIndexFor(n)));
      reMbps.push(sliceMB / (tr / 1000));
      speedup.push(tr / to);
    }
    add(figure(`regex_alternation_${n / 1000}k`, 'MB/s', reMbps, `one V8 RegExp alternation (longest first, flag g) over ${sliceMB.toFixed(1)} MB`));
    add(figure(`speedup_vs_regex_${n / 1000}k`, '×', speedup));
  }

  const { AhoCorasick } = require('@monyone/aho-corasick/fast');
  for (const n of [10000, 100000]) {
    const t0 = now();
    const ac = new AhoCorasick(namesOf(n));
    const buildMs = now() - t0;
    add(figure(`npm_ahocorasick_build_${n / 1000}k`, 'ms', [buildMs], '@monyone/aho-corasick (fast) constructor'));
    ac.matchInText(text);
    const acMbps = [];
    const speedup = [];
    for (let r = 0; r < P.runs; r++) {
      const ta = timeMs(() => ac.matchInText(text).length);
      const to = timeMs(() => recognize(aliasIndexFor(n)));
      acMbps.push(size / (ta / 1000));
      speedup.push(ta / to);
    }
    add(figure(`npm_ahocorasick_${n / 1000}k`, 'MB/s', acMbps, '@monyone/aho-corasick/fast matchInText (all raw hits)'));
    add(figure(`speedup_vs_npm_ahocorasick_${n / 1000}k`, '×', speedup));
  }
}

let scaling;
if (wanted('scaling')) {
  log('\nscaling');
  const bySize = [];
  for (const mb of P.sizes) {
    const t = prefix(text20.length >= mb * MB ? text20 : text20.repeat(Math.ceil((mb * MB) / bytes(text20))), mb);
    const size = bytes(t) / MB;
    const recognize = recognizer(t);
    recognize(aliasIndexFor(10000));
    const ms = [];
    for (let r = 0; r < 3; r++) ms.push(timeMs(() => recognize(aliasIndexFor(10000))));
    const f = add(figure(`scaling_text_${mb}mb_10k`, 'ms', ms, `recognition of ${size.toFixed(2)} MB at 10k aliases`));
    bySize.push({ mb, ms: f.median, mbps: size / (f.median / 1000) });
  }
  const t = prefix(text20, P.scaleDictMB);
  const size = bytes(t) / MB;
  const recognize = recognizer(t);
  const byDict = [];
  for (const n of P.dicts) {
    const index = aliasIndexFor(n);
    recognize(index);
    const ms = [];
    for (let r = 0; r < 3; r++) ms.push(timeMs(() => recognize(index)));
    const f = add(figure(`scaling_dict_${n / 1000}k_${P.scaleDictMB}mb`, 'ms', ms, `recognition of ${size.toFixed(2)} MB at ${n} aliases`));
    byDict.push({ aliases: n, ms: f.median, mbps: size / (f.median / 1000) });
  }
  scaling = { bySize, byDict, dictMB: P.scaleDictMB };
}

// --- 4: full check of 1 MB of Markdown -------------------------------------------------------

if (wanted('fullcheck')) {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const remark = unified().use(remarkParse);
  const service = serviceFor(10000);
  const index = aliasIndexFor(10000);
  // 1 MB is over the size from which the engine reads Markdown with its linear segmenter instead
  // of remark (REMARK_MAX_LENGTH); 256 KB is under it, so both readers are measured.
  for (const { label, bytes: size } of [{ label: '1mb', bytes: 1 * MB }, { label: '256kb', bytes: 256 * 1000 }]) {
    log(`\nfull check of ${label} of Markdown`);
    const md = gen(21).markdown(size);
    const reader = engine.needsFastMarkdown(md) ? 'the linear segmenter (the document is over the remark limit)' : engine.isSimpleMarkdown(md) ? 'the linear segmenter (plain Markdown, see simpleMarkdown.ts)' : 'remark-parse + GFM + front matter, chunk by chunk';
    const lines = new engine.LineIndex(md);
    const positionAt = (o) => lines.positionAt(o);
    let k = 0;
    const full = () => {
      const file = `bench-${k++}.md`;
      const a = service.analyze({ file, text: md, kind: 'markdown' });
      service.forget(file);
      return a.mentions.length + a.diagnostics.length;
    };
    const parse = () => remark.parse(md).children.length;
    const extract = () => engine.extractMarkdownProseIncremental(md);
    full();
    parse();
    const parseMs = [];
    const fullMs = [];
    const ratio = [];
    const extractMs = [];
    const matchMs = [];
    for (let r = 0; r < P.runs; r++) {
      const tp = timeMs(parse);
      const tf = timeMs(full);
      parseMs.push(tp);
      fullMs.push(tf);
      ratio.push(tf / tp);
      let view;
      extractMs.push(timeMs(() => (view = extract()).blocks.length));
      matchMs.push(
        timeMs(() => {
          const state = { seen: new Set() };
          const out = [];
          for (const b of view.blocks) engine.recognizeRange(view.masked, b.start, b.end, index, state, positionAt, out);
          return out.length;
        }),
      );
    }
    const a = service.analyze({ file: 'count.md', text: md, kind: 'markdown' });
    service.forget('count.md');
    add(figure(`remark_parse_${label}`, 'ms', parseMs, 'unified().use(remark-parse).parse alone'));
    add(figure(`full_check_${label}`, 'ms', fullMs, `service.analyze at 10k aliases: ${a.mentions.length} mentions, ${a.diagnostics.length} diagnostics`));
    add(figure(`full_check_vs_parse_${label}`, 'ratio', ratio));
    add(figure(`full_check_${label}_split_markdown`, 'ms', extractMs, `prose extraction: ${reader}, masking`));
    add(figure(`full_check_${label}_split_matching`, 'ms', matchMs, 'recognition over the prose blocks'));
    add(figure(`full_check_${label}_split_claims_rest`, 'ms', fullMs.map((f, r) => f - extractMs[r] - matchMs[r]), 'the rest: claims, diagnostics, positions'));
  }
}

// --- 5: textlint + prh against the CLI, whole process against whole process ---------------------

if (wanted('peer')) {
  log('\npeer: textlint + textlint-rule-prh vs entity-lens check');
  const textlintBin = path.join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const workloads = [
    { name: '1mb_1k', docBytes: 1 * MB, terms: 1000 },
    { name: '100kb_10k', docBytes: 100 * 1000, terms: 10000 },
  ];
  for (const w of workloads) {
    const dir = path.join(work, `peer-${w.name}`);
    fs.mkdirSync(dir);
    const doc = path.join(dir, 'doc.md');
    fs.writeFileSync(doc, gen(31).markdown(w.docBytes));
    fs.writeFileSync(path.join(dir, 'prh.yml'), prhYaml(entitiesFor(w.terms)));
    fs.writeFileSync(path.join(dir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
    const run = (args) => {
      const t0 = now();
      const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
      const ms = now() - t0;
      return { ms, status: r.status, stdout: r.stdout, stderr: String(r.stderr) };
    };
    const textlint = () => run([textlintBin, '--config', '.textlintrc.json', '--format', 'json', 'doc.md']);
    const ours = () => run([CLI, 'check', 'doc.md', '--dataset', datasetFile.get(w.terms), '--format', 'json']);
    // Warm-up (file cache, our dataset cache if any) and a sanity check of both outputs.
    const t = textlint();
    const o = ours();
    if (t.status === null || t.status > 1 || !String(t.stdout).startsWith('[')) throw new Error(`textlint failed: ${t.stderr}`);
    if (o.status === null || o.status > 1) throw new Error(`entity-lens failed: ${o.stderr}`);
    const prhHits = JSON.parse(t.stdout)[0]?.messages.length ?? 0;
    const ourMentions = JSON.parse(o.stdout).files.reduce((s, f) => s + f.mentions.length, 0);
    const tl = [];
    const el = [];
    const speedup = [];
    for (let r = 0; r < P.peerRuns; r++) {
      const a = textlint().ms;
      const b = ours().ms;
      tl.push(a);
      el.push(b);
      speedup.push(a / b);
    }
    add(figure(`textlint_prh_${w.name}`, 'ms', tl, `whole process, ${w.terms} terms in prh.yml, ${prhHits} prh messages`));
    add(figure(`entity_lens_cli_${w.name}`, 'ms', el, `whole process, bundled + ${w.terms} aliases, ${ourMentions} mentions`));
    add(figure(`speedup_vs_textlint_prh_${w.name}`, '×', speedup));
  }

  // The CI workload: a docs folder of 1,000 notes of about 4 KB (half English, half Japanese)
  // against 10k terms, each tool given the folder. textlint takes a minute or more per run here,
  // so --quick runs the pair once.
  {
    const notes = 1000;
    const dir = path.join(work, 'peer-corpus');
    fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
    const g = gen(71);
    let corpusBytes = 0;
    for (let k = 0; k < notes; k++) {
      const text = g.markdown(4000, k % 2 ? 'ja' : 'en');
      corpusBytes += bytes(text);
      fs.writeFileSync(path.join(dir, 'docs', `note-${String(k).padStart(4, '0')}.md`), text);
    }
    fs.writeFileSync(path.join(dir, 'prh.yml'), prhYaml(entitiesFor(10000)));
    fs.writeFileSync(path.join(dir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
    const run = (args) => {
      const t0 = now();
      const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
      return { ms: now() - t0, status: r.status, stdout: r.stdout, stderr: String(r.stderr) };
    };
    const textlint = () => run([textlintBin, '--config', '.textlintrc.json', '--format', 'json', 'docs']);
    const ours = () => run([CLI, 'check', 'docs', '--dataset', datasetFile.get(10000), '--format', 'json']);
    ours(); // warm-up: file cache, compiled-dataset cache
    const tl = [];
    const el = [];
    const speedup = [];
    let counts;
    for (let r = 0; r < P.corpusRuns; r++) {
      const t = textlint();
      const o = ours();
      if (t.status === null || t.status > 1 || !String(t.stdout).startsWith('[')) throw new Error(`textlint failed: ${t.stderr}`);
      if (o.status === null || o.status > 1) throw new Error(`entity-lens failed: ${o.stderr}`);
      counts ??= { files: JSON.parse(t.stdout).length, prh: JSON.parse(t.stdout).reduce((n, f) => n + f.messages.length, 0), mentions: JSON.parse(o.stdout).files.reduce((n, f) => n + f.mentions.length, 0) };
      tl.push(t.ms);
      el.push(o.ms);
      speedup.push(t.ms / o.ms);
    }
    const shape = `${notes} notes, ${(corpusBytes / MB).toFixed(1)} MB, 10000 terms`;
    add(figure('textlint_prh_corpus', 'ms', tl, `whole process, textlint --format json docs: ${shape}, ${counts.files} files reported, ${counts.prh} prh messages`));
    add(figure('entity_lens_cli_corpus', 'ms', el, `whole process, entity-lens check docs --format json: ${shape}, ${counts.mentions} mentions`));
    add(figure('speedup_vs_textlint_prh_corpus', '×', speedup));
  }
}

// --- 5a: a cold check of one note, against node's own start --------------------------------

if (wanted('startup')) {
  log('\nstartup: entity-lens check on a one-line note against node -e 0, alternately');
  const note = path.join(work, 'pre-commit.md');
  fs.writeFileSync(note, 'The JJOC has 300 personnel.\n');
  const check = () => spawnSync(process.execPath, [CLI, 'check', note], { stdio: 'ignore' }).status;
  check(); // warm-up: the compiled-dataset cache
  const bare = [];
  const cli = [];
  const ratio = [];
  for (let r = 0; r < P.startupRuns; r++) {
    const b = timeMs(() => spawnSync(process.execPath, ['-e', '0']).status);
    const c = timeMs(check);
    bare.push(b);
    cli.push(c);
    ratio.push(c / b);
  }
  add(figure('node_startup', 'ms', bare, 'node -e 0'));
  add(figure('cli_one_line_ms', 'ms', cli, 'entity-lens check on a one-line note (one conflict), bundled dataset, text output, whole process'));
  add(figure('cli_one_line_vs_node_startup', 'ratio', ratio, 'run by run, alternately'));
}

// --- 5b: the claim reader -------------------------------------------------------------------

if (wanted('claims')) {
  log('\nclaim reader: sentences with a name and a cue, both languages and each alone');
  // Prose made of claims only, in both languages, each sentence with a name, a cue and a value,
  // some referring back ("It has …", 「同司令部の…」): every sentence goes through the reader.
  const en = ['The JJOC has 300 personnel.', 'It was established on March 24, 2025.', 'Defense Minister Taro Yamada visited the command.', 'The new command is headed by Lt. Gen. Kenichiro Nagumo.', 'The Defense Ministry in Ichigaya hosted the talks.'];
  const ja = ['統合作戦司令部は約300人の態勢で発足した。', '同司令部の司令官は山田太郎陸将だ。', '中谷防衛相は視察した。', '市ヶ谷の防衛省で会見した。', '2025年3月24日に新設された統合作戦司令部の人員は240人だ。'];
  const count = QUICK ? 4000 : 20000;
  const paragraphsOf = (list) => list.reduce((acc, s, i) => acc + s + (i % 10 === 9 ? '\n\n' : ' '), '');
  const corpora = [
    ['', Array.from({ length: count }, (_, k) => [...en, ...ja][k % 10]), 'English and Japanese'],
    ['_en', Array.from({ length: count / 2 }, (_, k) => en[k % 5]), 'English'],
    ['_ja', Array.from({ length: count / 2 }, (_, k) => ja[k % 5]), 'Japanese'],
  ];
  const service = bundledService;
  let k = 0;
  const once = (text) => {
    const file = `claims-${k++}.md`;
    const a = service.analyze({ file, text, kind: 'markdown' });
    service.forget(file);
    return a.diagnostics.length;
  };
  for (const [suffix, sentences, what] of corpora) {
    const text = paragraphsOf(sentences);
    once(text);
    const perSecond = [];
    for (let r = 0; r < P.runs; r++) {
      const ms = timeMs(() => once(text));
      perSecond.push(sentences.length / (ms / 1000));
    }
    add(figure(`claim_sentences_per_second${suffix}`, 'sentences/s', perSecond, `whole analysis of ${sentences.length} sentences, each with a name and a cue (${what}); rules only, no analyser to load`));
  }
}

// --- 6: build time and heap per alias ---------------------------------------------------------

if (wanted('build')) {
  log('\nbuild and memory (child processes with --expose-gc)');
  for (const n of [1000, 10000, 100000]) {
    const r = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, 'scripts', 'bench', 'build-child.mjs'), enginePath, String(P.buildRuns), String(n >= 100000 ? P.loadRuns100k : P.buildRuns), bundledPath, datasetFile.get(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`build child failed: ${r.stderr}`);
    const res = JSON.parse(r.stdout.trim().split('\n').pop());
    const k = n / 1000;
    add(figure(`build_${k}k_ms`, 'ms', res.buildMs, `fold ${res.aliases} names and build the matcher (${res.nodes} trie nodes)`));
    add(figure(`load_and_build_${k}k_ms`, 'ms', res.loadAndBuildMs, 'service.loadDatasets: YAML, validation, merge, matcher, cue index'));
    add(figure(`heap_bytes_per_alias_${k}k`, 'B', [res.indexHeapBytes / res.aliases], 'heap held by the alias index (automaton + per-alias rules) per alias'));
    add(figure(`service_heap_bytes_per_alias_${k}k`, 'B', [res.serviceHeapBytes / res.aliases], 'heap held by a loaded service (dataset + indexes) per alias'));
  }
}

// --- 7: edit latency -------------------------------------------------------------------------

if (wanted('edit')) {
  log('\nedit re-check of 100 KB at 10k aliases');
  const service = serviceFor(10000);
  const base = gen(41).markdown(100 * 1000);
  const r = rng(99);
  const p50 = [];
  const p99 = [];
  const all = [];
  let text = base;
  let version = 1;
  const file = 'edit.md';
  service.analyze({ file, text, kind: 'markdown', version });
  const edit = () => {
    const at = r.int(text.length);
    if (r.chance(0.7)) text = text.slice(0, at) + r.pick(['a', 'e', ' ', '統', 'の', '1', '.']) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1);
    const t = timeMs(() => service.analyze({ file, text, kind: 'markdown', version: ++version }).mentions.length);
    return t;
  };
  for (let k = 0; k < 30; k++) edit(); // warm-up
  for (let round = 0; round < P.editRounds; round++) {
    const ms = [];
    for (let k = 0; k < P.edits; k++) ms.push(edit());
    p50.push(percentile(ms, 50));
    p99.push(percentile(ms, 99));
    all.push(...ms);
  }
  add(figure('edit_recheck_p50_ms', 'ms', p50, `service.analyze after a one-character edit, ${P.editRounds} rounds of ${P.edits} edits`));
  add(figure('edit_recheck_p99_ms', 'ms', p99));
  add(figure('edit_recheck_max_ms', 'ms', [Math.max(...all)]));
  const fullMs = [];
  for (let k = 0; k < 5; k++) fullMs.push(timeMs(() => service.analyze({ file: `fresh-${k}.md`, text: base, kind: 'markdown' }).mentions.length));
  add(figure('check_100kb_cold_ms', 'ms', fullMs, 'the same document analysed from scratch'));
}

// --- 8: the language server -------------------------------------------------------------------

if (wanted('lsp')) {
  log('\nlanguage server over LSP');
  const datasetText = datasetYaml(entitiesFor(1000));
  const makeWorkspace = (notes) => {
    const dir = path.join(work, `ws-${notes}`);
    const g = gen(51);
    const files = [];
    for (let k = 0; k < notes; k++) {
      const sub = path.join(dir, `folder-${String(Math.floor(k / 100)).padStart(3, '0')}`);
      if (k % 100 === 0) fs.mkdirSync(sub, { recursive: true });
      const file = path.join(sub, `note-${String(k).padStart(5, '0')}.md`);
      const text = g.markdown(900, k % 2 ? 'ja' : 'en');
      fs.writeFileSync(file, text);
      files.push({ file, text });
    }
    fs.writeFileSync(path.join(dir, 'bench.entities.yaml'), datasetText);
    return { dir, files };
  };
  // Every initial index starts with an empty index cache (a folder of its own); the restart
  // figure re-uses the cache the run before it wrote.
  let cacheHome;
  const indexRun = async (ws, count, { restart = false, during } = {}) => {
    if (!restart) cacheHome = fs.mkdtempSync(path.join(work, 'cache-'));
    const t0 = now();
    const server = await startServer(CLI, ws.dir, { cacheHome });
    // `during(server, indexed)`: requests sent while the server indexes, until `indexed()`.
    let indexed = false;
    const probing = during?.(server, () => indexed);
    await server.ready(count);
    const s = (now() - t0) / 1000;
    indexed = true;
    await probing;
    return { server, s };
  };
  /** Requests at mentions in random notes of `ws` (positions found by the engine in-process). */
  const requestTargets = (ws) => {
    const service = engine.createEntityService();
    service.loadDatasets([
      { file: bundledPath, text: bundledText },
      { file: 'bench.entities.yaml', text: datasetText },
    ]);
    const r = rng(61);
    const targets = [];
    while (targets.length < P.lspRequests) {
      const f = ws.files[r.int(ws.files.length)];
      const a = service.analyze({ file: f.file, text: f.text, kind: 'markdown' });
      const m = a.mentions.filter((x) => !x.candidates);
      if (m.length === 0) continue;
      const pick = m[r.int(m.length)];
      f.diagnostics = a.diagnostics.length;
      targets.push({ uri: `file://${f.file}`, position: { line: pick.range.start.line, character: pick.range.start.character + 1 } });
    }
    return targets;
  };
  for (const count of [1000, 10000]) {
    const ws = makeWorkspace(count);
    const kb = ws.files.reduce((s, f) => s + bytes(f.text), 0) / 1000;
    const runs = count === 1000 ? P.lspRuns1k : P.lspRuns10k;
    const targets = count === 10000 ? requestTargets(ws) : [];
    // Hover and definition while the first 10k run indexes (once the datasets are loaded), one
    // request at a time.
    const during = { hover: [], definition: [] };
    let openNote;
    const probe = async (server, indexed) => {
      // An editor open from the start (a note with diagnostics, the last of the walk): its
      // diagnostics must come before the rest of the index.
      const first = targets.map((t) => ws.files.find((f) => `file://${f.file}` === t.uri)).filter((f) => f.diagnostics > 0).sort((a, b) => (a.file < b.file ? 1 : -1))[0];
      if (first) {
        openNote = { uri: `file://${first.file}`, t0: now() };
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: openNote.uri, languageId: 'markdown', version: 1, text: first.text } });
      }
      while (!indexed() && server.status()?.state !== 'indexing') await new Promise((r) => setTimeout(r, 5));
      for (let k = 0; !indexed(); k++) {
        const t = targets[k % targets.length];
        const [name, method] = k % 2 ? ['definition', 'textDocument/definition'] : ['hover', 'textDocument/hover'];
        const t0 = now();
        await server.request(method, { textDocument: { uri: t.uri }, position: t.position });
        if (!indexed() && server.status()?.state === 'indexing') during[name].push(now() - t0);
      }
    };
    const secs = [];
    let last;
    for (let r = 0; r < runs; r++) {
      if (last) await last.dispose();
      const { server, s } = await indexRun(ws, count, { during: count === 10000 && r === 0 ? probe : undefined });
      secs.push(s);
      if (openNote && r === 0) {
        const at = server.published.get(openNote.uri);
        if (at !== undefined) add(figure('lsp_open_note_diagnostics_s', 's', [(at - openNote.t0) / 1000], `an editor opened at start-up (the last note of the walk): its diagnostics, against a ${s.toFixed(2)} s index`));
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: openNote.uri } });
      }
      last = server;
    }
    add(figure(`index_${count / 1000}k_notes_s`, 's', secs, `start-up to indexed: ${count} notes, ${(kb / count).toFixed(2)} KB each on average (${(kb / 1000).toFixed(1)} MB)`));
    if (count === 10000) {
      for (const name of ['hover', 'definition']) {
        const ms = during[name];
        if (ms.length > 0) add(figure(`lsp_${name}_during_index_p99_ms`, 'ms', [percentile(ms, 99)], `${ms.length} requests while the first run indexed (p50 ${round(percentile(ms, 50))} ms)`));
      }
      const kinds = [
        ['hover', 'textDocument/hover', (t) => ({ textDocument: { uri: t.uri }, position: t.position })],
        ['definition', 'textDocument/definition', (t) => ({ textDocument: { uri: t.uri }, position: t.position })],
        ['references', 'textDocument/references', (t) => ({ textDocument: { uri: t.uri }, position: t.position, context: { includeDeclaration: true } })],
      ];
      for (const [name, method, params] of kinds) {
        for (const t of targets.slice(0, 10)) await last.request(method, params(t)); // warm-up
        const ms = [];
        let results = 0;
        for (const t of targets) {
          const t0 = now();
          const res = await last.request(method, params(t));
          ms.push(now() - t0);
          if (res) results += Array.isArray(res) ? res.length : 1;
        }
        add(figure(`lsp_${name}_p50_ms`, 'ms', [percentile(ms, 50)], `${ms.length} requests at mentions in the 10,000-note workspace (${(results / ms.length).toFixed(1)} results per request)`));
        add(figure(`lsp_${name}_p99_ms`, 'ms', [percentile(ms, 99)]));
      }
      // A restart over the same, unchanged workspace (not in --quick).
      if (QUICK) {
        await last.dispose();
        last = undefined;
        fs.rmSync(ws.dir, { recursive: true, force: true });
        continue;
      }
      await last.dispose();
      last = undefined;
      const { server, s } = await indexRun(ws, count, { restart: true });
      add(figure('index_10k_notes_restart_s', 's', [s], 'the same workspace again, nothing changed (analyses from the index cache)'));
      last = server;
    }
    if (last) await last.dispose();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
}

// --- Report ----------------------------------------------------------------------------------

const byName = new Map(figures.map((f) => [f.name, f]));
const val = (name) => byName.get(name)?.median;
const headline = {
  recognition_100k_vs_floor: val('recognition_100k_vs_floor'),
  speedup_vs_npm_ahocorasick_100k: val('speedup_vs_npm_ahocorasick_100k'),
  speedup_vs_textlint_prh_corpus: val('speedup_vs_textlint_prh_corpus'),
  cli_one_line_vs_node_startup: val('cli_one_line_vs_node_startup'),
  speedup_vs_regex_10k: val('speedup_vs_regex_10k'),
  full_check_vs_parse_1mb: val('full_check_vs_parse_1mb'),
  edit_recheck_p99_ms: val('edit_recheck_p99_ms'),
  build_100k_ms: val('build_100k_ms'),
  heap_bytes_per_alias_100k: val('heap_bytes_per_alias_100k'),
  index_10k_notes_s: val('index_10k_notes_s'),
};
const TARGETS = {
  recognition_100k_vs_floor: ['>=', 0.08],
  speedup_vs_npm_ahocorasick_100k: ['>=', 3],
  speedup_vs_textlint_prh_corpus: ['>=', 20],
  cli_one_line_vs_node_startup: ['<=', 2],
  speedup_vs_regex_10k: ['>=', 25],
  full_check_vs_parse_1mb: ['<=', 1.25],
  edit_recheck_p99_ms: ['<=', 20],
  build_100k_ms: ['<=', 500],
  heap_bytes_per_alias_100k: ['<=', 300],
  index_10k_notes_s: ['<=', 5],
};
const lspP99 = ['hover', 'definition', 'references'].map((k) => val(`lsp_${k}_p99_ms`));
for (const k of ['hover', 'definition']) if (val(`lsp_${k}_during_index_p99_ms`) !== undefined) lspP99.push(val(`lsp_${k}_during_index_p99_ms`));
const targets = Object.fromEntries(
  Object.entries(TARGETS).map(([k, [op, limit]]) => {
    const v = headline[k];
    const met = v === undefined ? null : op === '>=' ? v >= limit : v <= limit;
    return [k, { target: `${op} ${limit}`, value: v ?? null, met }];
  }),
);
if (lspP99.every((v) => v !== undefined)) targets.lsp_requests_p99_ms = { target: '<= 50', value: Math.max(...lspP99), met: Math.max(...lspP99) <= 50 };

const result = {
  version: 1,
  quick: QUICK,
  command: `node scripts/bench/run.mjs ${argv.join(' ')}`.trim(),
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memoryGB: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
  seconds: round((now() - started) / 1000),
  headline,
  targets,
  figures,
  ...(scaling ? { scaling } : {}),
};

if (scaling && SVG_PATH !== 'none') {
  const svg = scalingSvg({
    bySize: scaling.bySize,
    byDict: scaling.byDict,
    floorMbps,
    dictLabel: '10k aliases',
    sizeLabel: `${scaling.dictMB} MB`,
    caption: `Entity Lens recognition (fold + match + mention rules), ${result.machine.cpus} × ${result.machine.model}, node ${process.version}${QUICK ? ', --quick' : ''}`,
  });
  fs.mkdirSync(path.dirname(SVG_PATH), { recursive: true });
  fs.writeFileSync(SVG_PATH, svg);
  log(`\nplot written to ${path.relative(ROOT, SVG_PATH)}`);
}

function table() {
  const rows = [['figure', 'median', 'min', 'max', 'unit', 'runs']];
  for (const f of figures) rows.push([f.name, String(f.median), String(f.min), String(f.max), f.unit, String(f.runs)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), '', 'targets:'];
  for (const [k, t] of Object.entries(targets)) out.push(`  ${t.met === null ? '·' : t.met ? '✔' : '✖'} ${k} = ${t.value ?? 'n/a'} (target ${t.target})`);
  out.push(`\n${result.seconds} s in all`);
  return out.join('\n') + '\n';
}

if (OUT_PATH) fs.writeFileSync(OUT_PATH, JSON.stringify(result, null, 2) + '\n');
if (JSON_OUT) {
  process.stderr.write('\n' + table());
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  process.stdout.write('\n' + table());
}
