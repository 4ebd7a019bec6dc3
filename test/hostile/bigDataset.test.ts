// A 50 MB dataset (5,000 entities with long descriptions), generated into the system's temporary
// folder: the CLI loads it and finds its entities; the language server loads it on its parser
// thread and keeps serving while it does (a request waits for the load, a cancelled one is
// answered at once). No time is asserted (README, "Reliability", has the measured figures and
// the bound); the generous timeouts only stop a hang.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver/node';
import type { SearchEntitiesResult } from '../../src/server/protocol';
import { ensureBuilt, TestClient } from '../server/harness';
import { checkJson, fileOf, fixtureOf, since, workspace } from './helpers';

const TARGET_BYTES = 50 * 1024 * 1024;
const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ';

/** Writes the dataset in pieces (never the whole 50 MB as one string here); returns the entity count. */
export function writeBigDataset(file: string, bytes = TARGET_BYTES): number {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'version: 1\nentities:\n');
    let size = 0;
    let i = 0;
    while (size < bytes) {
      const e = `  - id: big-${i}\n    type: organization\n    labels: {en: Big Harbor ${i}}\n    aliases: {en: [BH${i}]}\n    description: {en: "${FILLER.repeat(80)}"}\n`;
      fs.writeSync(fd, e);
      size += Buffer.byteLength(e);
      i++;
    }
    return i;
  } finally {
    fs.closeSync(fd);
  }
}

describe('hostile datasets: 50 MB', function () {
  this.timeout(180_000);
  let root: string;
  let count: number;

  before(() => {
    ensureBuilt();
    root = workspace('big', { 'notes/big.md': 'Big Harbor 7 and BH4999 met Big Harbor 123.\n' });
    count = writeBigDataset(path.join(root, 'big.entities.yaml'));
    assert.ok(fs.statSync(path.join(root, 'big.entities.yaml')).size >= TARGET_BYTES);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the CLI loads it and finds its entities', () => {
    const t0 = performance.now();
    const { report, err } = checkJson(['notes', '--dataset', 'big.entities.yaml'], root);
    console.log(`      (CLI: ${count} entities, 50 MB, checked in ${since(t0)})`);
    assert.equal(err, '');
    assert.ok(!report.files.some((f) => f.path === 'big.entities.yaml'), 'no problems in the big dataset');
    assert.deepEqual(
      fileOf(report, 'notes/big.md').mentions.map((m) => m.entity),
      ['big-7', 'big-4999', 'big-123'],
    );
  });

  it('the language server answers requests while it loads, then finds its entities', async () => {
    const t0 = performance.now();
    const c = await TestClient.start(fixtureOf(root, 'notes/big.md'));
    try {
      // A request sent while the dataset loads waits for it (at most 15 s, then it answers from
      // what is loaded); the server keeps serving meanwhile: a request the client cancels during
      // the load is answered at once, with RequestCancelled, while the load goes on.
      const held = c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'JJOC' });
      await c.waitFor(() => (c.statuses.some((s) => s.state === 'loading') ? true : undefined), 30_000, 'loading');
      const probe = performance.now();
      const source = new CancellationTokenSource();
      const cancelled = c.connection.sendRequest('entityLens/searchEntities', { query: 'JJOC' }, source.token).then(
        () => 'answered',
        (e: unknown) => (e as { code?: number }).code,
      );
      source.cancel();
      const outcome = await cancelled;
      const probeMs = performance.now() - probe;
      const stillLoading = c.statuses.at(-1)?.state === 'loading';
      await c.ready(170_000);
      console.log(`      (server: ready in ${since(t0)}; a request cancelled during the load was answered in ${Math.round(probeMs)} ms)`);
      assert.equal(outcome, LSPErrorCodes.RequestCancelled);
      assert.ok(stillLoading, 'the cancelled request was answered while the dataset was still loading');
      assert.ok(Array.isArray((await held).entities), 'the held request is answered');
      const found = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: `Big Harbor ${count - 1}` });
      assert.equal(found.entities[0]?.id, `big-${count - 1}`);
      assert.equal(c.process.exitCode, null);
    } finally {
      await c.dispose(); // also removes the workspace folder
    }
  });
});
