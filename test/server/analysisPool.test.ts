// Indexing on worker threads must give exactly the analyses the main thread gives: the pool on
// its own (against an in-process engine), and two language servers on one workspace of 240
// notes, one indexing in parallel and one on its main thread, publishing the same diagnostics.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { createEntityService, type EntityService, type TextDocument } from '../../src/core';
import type { CompiledDataset } from '../../src/core/compiled';
import { AnalysisPool } from '../../src/node/analysisPool';
import { bundledDatasetText } from '../helpers';
import { CLI, ensureBuilt, TestClient, type Fixture } from './harness';
import { URI } from 'vscode-uri';

const LINES = [
  'The Joint Operations Command (JJOC) was set up in Tokyo.',
  'The JJOC has 300 personnel.',
  '統合作戦司令部の人員は240人である。',
  '統合作戦司令部は2025年3月24日に発足した。',
  'USFJ works with the JJOC. 在日米軍は統合作戦司令部と調整する。',
  'Nagumo met officials at USFJ.',
  '```\nThe JJOC has 999 personnel.\n```',
  '- [the command](entity:jjoc) has 250 personnel.',
  '<!-- entity-lens-disable-next-line -->\nThe JJOC has 500 personnel.',
  'A note about nothing in particular.',
];

/** Note k: a few of the lines above, chosen by k, so that the notes differ. */
function note(k: number): string {
  return [`# Note ${k}`, ...LINES.filter((_, i) => (k >> i) % 2 === 1 || i === k % LINES.length)].join('\n\n') + '\n';
}

const noLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('analysis on worker threads', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  // Loaded from the YAML inputs, from the main thread's compiled state, and from a damaged one
  // (which a worker must ignore, falling back to the inputs).
  const loads: Array<[string, (here: EntityService) => unknown]> = [
    ['from the dataset inputs', () => undefined],
    ['from the compiled state', (here) => here.exportCompiled()],
    ['from the inputs when the compiled state is damaged', (here) => ({ ...here.exportCompiled()!, head: '{' })],
  ];
  for (const [how, compiledOf] of loads) {
    it(`gives the analyses an engine on this thread gives (${how})`, async () => {
      const inputs = [{ file: 'canonical.entities.yaml', text: bundledDatasetText() }];
      const options = { maxDocumentLength: 4000, languages: ['en', 'ja'] };
      const here = createEntityService(options);
      here.loadDatasets(inputs);
      const compiled = compiledOf(here) as CompiledDataset | undefined;
      if (how !== 'from the dataset inputs') assert.ok(compiled, 'the bundled dataset compiles');
      const docs: TextDocument[] = Array.from({ length: 60 }, (_, k) => ({ file: `file:///n/${k}.${k % 3 ? 'md' : 'txt'}`, text: note(k * 17), kind: k % 3 ? 'markdown' : 'plaintext' }));
      docs.push({ file: 'file:///n/big.md', text: 'The JJOC has 300 personnel. '.repeat(200), kind: 'markdown' });
      const pool = new AnalysisPool(noLog, 2, CLI);
      try {
        assert.ok(pool.load(inputs, options, compiled), 'workers started');
        const batches = await Promise.all([pool.analyze(docs.slice(0, 30)), pool.analyze(docs.slice(30))]);
        const results = batches.flatMap((b) => {
          assert.ok(b, 'a worker answered');
          return b;
        });
        assert.equal(results.length, docs.length);
        docs.forEach((doc, i) => assert.deepEqual(results[i], here.analyze(doc), doc.file));
        assert.ok(results.some((r) => r!.diagnostics.some((d) => d.code === 'fact-conflict')), 'conflicts found');
        assert.equal(results.at(-1)!.diagnostics[0]!.code, 'document-too-large', 'the options reached the workers');
      } finally {
        pool.dispose();
      }
      assert.equal(await pool.analyze(docs.slice(0, 1)), undefined, 'after dispose: undefined, so the caller analyses');
    });
  }

  it('a language server indexing 240 notes in parallel publishes what one indexing on its main thread does', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-pool-'));
    const files: string[] = [];
    for (let k = 0; k < 240; k++) {
      const file = path.join(root, `d${k % 4}`, `note-${k}.${k % 5 ? 'md' : 'txt'}`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, note(k));
      files.push(file);
    }
    const fixture: Fixture = { root, en: files[0]!, ja: files[1]!, txt: files[0]!, dataset: files[0]!, uri: (f: string) => URI.file(f).toString() };
    const latest = (c: TestClient) => {
      const out: Record<string, PublishDiagnosticsParams['diagnostics']> = {};
      for (const [uri, list] of c.diagnostics) out[uri] = list.at(-1)!.diagnostics;
      return out;
    };
    const parallel = await TestClient.start(fixture, { settings: {} });
    const logs: string[] = [];
    parallel.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
    });
    const serial = await TestClient.start(fixture, { settings: { indexInParallel: false } });
    try {
      const [a, b] = await Promise.all([parallel.ready(60_000), serial.ready(60_000)]);
      assert.equal(a.indexedFiles, 240);
      assert.deepEqual({ ...a, message: '' }, { ...b, message: '' }, 'the same counts');
      const pa = latest(parallel);
      assert.ok(Object.values(pa).filter((d) => d.length > 0).length > 50, 'conflicts published for many notes');
      assert.deepEqual(pa, latest(serial));
      assert.ok(logs.some((l) => /Indexed 240 notes \(.*\) on \d worker threads/.test(l)), `the parallel server used its workers: ${logs.join(' | ')}`);
    } finally {
      await Promise.all([parallel.dispose(), serial.dispose()]);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
