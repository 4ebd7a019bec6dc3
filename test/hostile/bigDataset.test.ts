// A 50 MB dataset (5,000 entities with long descriptions), generated into the system's temporary
// folder: the CLI loads it and finds its entities; the language server loads it on its parser
// thread and answers requests while it does. No time is asserted (README, "Reliability", has the
// measured figures and the bound); the generous timeouts only stop a hang.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
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
      // A request sent while the dataset loads is answered before the load ends.
      const answered = c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'JJOC' }).then(() => c.statuses.at(-1)?.state);
      await c.waitFor(() => (c.statuses.some((s) => s.state === 'loading') ? true : undefined), 30_000, 'loading');
      const stateWhenAnswered = await answered;
      const probe = performance.now();
      const during = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'JJOC' });
      const probeMs = performance.now() - probe;
      const stillLoading = c.statuses.at(-1)?.state === 'loading';
      await c.ready(170_000);
      console.log(`      (server: ready in ${since(t0)}; a request during the load took ${Math.round(probeMs)} ms)`);
      assert.ok(stateWhenAnswered === undefined || stateWhenAnswered === 'loading', `answered while loading (${stateWhenAnswered})`);
      assert.ok(stillLoading, 'the probe was answered while the dataset was still loading');
      assert.ok(Array.isArray(during.entities));
      const found = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: `Big Harbor ${count - 1}` });
      assert.equal(found.entities[0]?.id, `big-${count - 1}`);
      assert.equal(c.process.exitCode, null);
    } finally {
      await c.dispose(); // also removes the workspace folder
    }
  });
});
