// The start-up gate requests wait at: opened by the load, bounded by a timeout, ended by the
// client's cancellation (with the RequestCancelled error LSP asks for).
import { strict as assert } from 'node:assert';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { isCancellation, Readiness } from '../../src/server/readiness';

const settled = async (p: Promise<unknown>) => {
  const marker = Symbol('pending');
  const r = await Promise.race([p.then(() => 'resolved', (e: unknown) => e), new Promise((resolve) => setImmediate(() => resolve(marker)))]);
  return r === marker ? 'pending' : r;
};

describe('server readiness', () => {
  it('holds a request until what it needs is loaded: datasets first, the index after', async () => {
    const ready = new Readiness();
    const forDatasets = ready.wait('datasets', undefined, 60_000);
    const forIndex = ready.wait('index', undefined, 60_000);
    assert.equal(await settled(forDatasets), 'pending');
    ready.datasetsLoaded();
    assert.equal(await settled(forDatasets), 'resolved');
    assert.equal(await settled(forIndex), 'pending');
    ready.indexed();
    assert.equal(await settled(forIndex), 'resolved');
    assert.equal(await settled(ready.wait('index')), 'resolved', 'open for good');
  });

  it('lets a request through after the time limit, to answer from what is loaded', async () => {
    const ready = new Readiness();
    await ready.wait('index', undefined, 10);
    assert.equal(ready.isReady('index'), false);
  });

  it('ends the wait with RequestCancelled when the client cancels', async () => {
    const ready = new Readiness();
    const source = new CancellationTokenSource();
    const waiting = ready.wait('datasets', source.token, 60_000);
    source.cancel();
    const error = await settled(waiting);
    assert.ok(error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled && isCancellation(error), String(error));
    const already = await settled(ready.wait('datasets', source.token, 60_000));
    assert.ok(isCancellation(already), 'a request cancelled before it waits');
  });
});
