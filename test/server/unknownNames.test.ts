// Unknown Names over LSP: the names of the workspace's notes that match no entity, ranked by
// count then name, with their places; a cancelled request stops; and the edit that adds one as an
// alias goes into the workspace dataset, only for a name the server finds at the given place.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { createEntityService, LineIndex } from '../../src/core';
import type { AddUnknownNameAliasResult, UnknownNamesResult } from '../../src/server/protocol';
import { slice, startServer, uriOf, workspace } from '../hostile/helpers';

const DATASET = 'version: 1\n# Our own units.\nentities:\n  - id: blue-harbor\n    type: organization\n    labels: {en: Blue Harbor Command, ja: 青港司令部}\n';
const NOTES: Record<string, string> = {
  'notes/a.md': '# Drill\n\nThe Blue Harbor Command led the drill. The QXT-9 took part.\n\nLater the QXT-9 left, and the QXT-9 came back.\n',
  'notes/b.md': '# 訓練\n\n北海沿岸方面隊と青港司令部が訓練した。北海沿岸方面隊は QXT-9 とも連携した。\n\nThe Harbor Pilot Group and the Ｑｘｔ-9? No: QXT-9.\n',
  'notes/c.txt': 'Gen. Sora Hoshino met the Harbor Pilot Group.\n',
};

describe('unknown names (language server)', function () {
  this.timeout(60_000);
  let root: string;
  let c: Awaited<ReturnType<typeof startServer>>;
  const dataset = () => path.join(root, 'units.entities.yaml');

  before(async () => {
    root = workspace('unknown', { 'units.entities.yaml': DATASET, ...NOTES });
    c = await startServer(root, 'notes/a.md');
  });
  after(() => c.dispose());

  it('lists the names that match no entity, most frequent first, then by name, with where they are', async () => {
    const result = await c.request<UnknownNamesResult>('entityLens/unknownNames', {});
    assert.equal(result.partial, false);
    assert.equal(result.files, 3);
    assert.deepEqual(
      result.names.map((n) => `${n.text} ${n.kind} ${n.lang} ${n.count}`),
      ['QXT-9 acronym en 5', 'Harbor Pilot Group organization en 2', '北海沿岸方面隊 organization ja 2', 'Sora Hoshino person en 1'],
    );
    const [first] = result.names;
    assert.equal(first!.mentions.length, 5);
    assert.equal(first!.mentions[0]!.uri, uriOf(path.join(root, 'notes', 'a.md')));
    assert.deepEqual(first!.mentions[0]!.range, { start: { line: 2, character: 43 }, end: { line: 2, character: 48 } });
    for (const name of result.names) {
      for (const m of name.mentions) {
        const file = Object.keys(NOTES).find((f) => uriOf(path.join(root, f)) === m.uri)!;
        assert.equal(slice(NOTES[file]!, m.range), name.text, `${name.text} at ${file}`);
      }
    }
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    // The scan of this small workspace can end before the cancellation is read (a loaded machine
    // did so once): tried up to ten times, the server must answer RequestCancelled at least once,
    // and never anything but the result or that error.
    const codes: Array<number | 'result'> = [];
    for (let k = 0; k < 10 && !codes.includes(-32800); k++) {
      const cts = new CancellationTokenSource();
      const pending = c.connection.sendRequest('entityLens/unknownNames', {}, cts.token);
      cts.cancel();
      codes.push(await pending.then(() => 'result' as const, (e: { code?: number }) => e.code ?? -1));
    }
    assert.ok(codes.includes(-32800), JSON.stringify(codes));
    assert.deepEqual(codes.filter((x) => x !== 'result' && x !== -32800), []);
  });

  it('adds a name as an alias of the chosen entity, in the workspace dataset, only where the server finds it', async () => {
    const { names } = await c.request<UnknownNamesResult>('entityLens/unknownNames', {});
    const place = names.find((n) => n.text === '北海沿岸方面隊')!.mentions[0]!;
    const added = await c.request<AddUnknownNameAliasResult>('entityLens/addUnknownNameAlias', { entity: 'blue-harbor', uri: place.uri, range: place.range });
    assert.equal(added.dataset, uriOf(dataset()));
    const edits = (added.edit as WorkspaceEdit).changes![uriOf(dataset())]!;
    let after = DATASET;
    const lines = new LineIndex(DATASET);
    for (const e of edits) after = after.slice(0, lines.offsetAt(e.range.start)) + e.newText + after.slice(lines.offsetAt(e.range.end));
    assert.ok(after.startsWith(DATASET.trimEnd()), 'an insertion: the comment and layout stay');
    const service = createEntityService();
    service.loadDatasets([{ file: 'units.entities.yaml', text: after }]);
    assert.deepEqual(service.getEntity('blue-harbor')!.aliases.map((a) => `${a.lang}:${a.text}`), ['ja:北海沿岸方面隊']);

    // A place one character off, an unknown entity, or a file outside the index: no edit, and why.
    const off = { start: place.range.start, end: { ...place.range.end, character: place.range.end.character - 1 } };
    for (const params of [
      { entity: 'blue-harbor', uri: place.uri, range: off },
      { entity: 'no-such-entity', uri: place.uri, range: place.range },
      { entity: 'blue-harbor', uri: uriOf(path.join(root, 'elsewhere.md')), range: place.range },
    ]) {
      const refused = await c.request<AddUnknownNameAliasResult>('entityLens/addUnknownNameAlias', params);
      assert.equal(refused.edit, null, JSON.stringify(params));
      assert.ok(refused.error, 'says why');
    }
  });
});
