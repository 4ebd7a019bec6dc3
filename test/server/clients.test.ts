// The language server as editors other than VS Code drive it (Neovim, Emacs eglot, Helix): a
// request sent right after didOpen, before the datasets are loaded; a client that never answers
// the watcher registration; a client that announces an unchanged configuration right after start;
// a client that cannot answer `workspace/configuration` and pushes its settings instead.
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, Hover, Location, MarkupContent, SymbolInformation } from 'vscode-languageserver/node';
import { at, EN_NOTE, JA_NOTE, positionOf, serverPerTest, TestClient, unescapeMarkdown } from './harness';

const isConflict = (d: Diagnostic) => d.code === 'fact-conflict';
const loads = (c: TestClient) => c.logs.filter((l) => l.startsWith('Loaded ')).length;

describe('language server with other clients', function () {
  this.timeout(20000);
  const start = serverPerTest();

  it('answers hover, definition, references, code actions and symbols sent right after didOpen, before the datasets are loaded', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    const uri = c.fixture.uri(c.fixture.en);
    const from = positionOf(EN_NOTE, 'Joint HQ');
    const selection = { start: from, end: { line: from.line, character: from.character + 'Joint HQ'.length } };
    // This test asks before any status said the load was over, as Neovim's first K does.
    assert.ok(!c.statuses.some((s) => s.state === 'ready'), 'the requests go out before the load ends');
    const [hover, definition, references, actions, symbols] = await Promise.all([
      c.request<Hover | null>('textDocument/hover', at(c, c.fixture.en, EN_NOTE, 'JJOC', 2)),
      c.request<Location[] | null>('textDocument/definition', at(c, c.fixture.en, EN_NOTE, 'JJOC', 1)),
      c.request<Location[] | null>('textDocument/references', { ...at(c, c.fixture.en, EN_NOTE, 'JJOC', 1), context: { includeDeclaration: false } }),
      c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: selection, context: { diagnostics: [], only: ['refactor'] } }),
      c.request<SymbolInformation[]>('workspace/symbol', { query: '統合作戦司令部' }),
    ]);
    assert.ok(hover, 'a hover, not null');
    const card = unescapeMarkdown((hover.contents as MarkupContent).value);
    assert.ok(card.includes('Joint Operations Command') && card.includes('統合作戦司令部') && card.includes('240'), card);
    const jaUri = c.fixture.uri(c.fixture.ja);
    assert.deepEqual(
      (definition ?? []).filter((l) => l.uri === jaUri).map((l) => l.range.start),
      [positionOf(JA_NOTE, '統合作戦司令部'), positionOf(JA_NOTE, '統合作戦司令部', 1)],
      'the mentions in the never-opened Japanese note',
    );
    const referenced = new Set((references ?? []).map((l) => l.uri));
    assert.ok(referenced.has(uri) && referenced.has(jaUri) && referenced.has(c.fixture.uri(c.fixture.txt)), JSON.stringify(references));
    assert.ok(
      actions.some((a) => a.title === "Add 'Joint HQ' as an alias of Joint Operations Command"),
      JSON.stringify(actions.map((a) => a.title)),
    );
    assert.ok(symbols.some((s) => s.name === '統合作戦司令部'), JSON.stringify(symbols));
    // The load reported progress from its start: loading first, then indexing.
    const value = (p: unknown) => (p as { value: { kind: string; message?: string } }).value;
    await c.waitFor(() => c.progress.find((p) => value(p).kind === 'end'), 10000, 'the end of the progress report');
    assert.equal(value(c.progress[0]).kind, 'begin');
    assert.match(value(c.progress[0]).message ?? '', /loading datasets|indexing notes/);
  });

  it('publishes the first diagnostics even when the client never answers the watcher registration', async () => {
    const c = await start({ holdRegistrations: true });
    await c.open(c.fixture.en);
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    await c.ready();
    assert.ok(c.registrations.some((r) => JSON.stringify(r).includes('workspace/didChangeWatchedFiles')), 'the registration was asked for');
  });

  it('loads and indexes once when the client announces an unchanged configuration right after start (eglot)', async () => {
    const c = await start();
    await c.notify('workspace/didChangeConfiguration', { settings: { entityLens: {} } });
    await c.waitFor(() => c.logs.find((l) => /unchanged, the workspace is not read again/.test(l)), 10000, 'the unchanged-settings line');
    await c.ready();
    assert.equal(loads(c), 1, c.logs.join('\n'));
    assert.equal(c.logs.filter((l) => l.startsWith('Indexed ')).length, 1, c.logs.join('\n'));
  });

  it('takes the settings from initializationOptions, then from didChangeConfiguration, when the client cannot be asked (Neovim 0.7)', async () => {
    const c = await start({
      configuration: false,
      initializationOptions: { trusted: true, locale: 'en', settings: { entityLens: { severity: { factConflict: 'error' } } } },
    });
    await c.open(c.fixture.en);
    const first = await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    assert.equal(first.find(isConflict)!.severity, 1, 'error, as initializationOptions say');
    assert.ok(c.logs.includes('Settings from initializationOptions.'), c.logs.join('\n'));

    await c.notify('workspace/didChangeConfiguration', { settings: { entityLens: { severity: { factConflict: 'ignore' } } } });
    await c.diagnosticsFor(c.fixture.en, (d) => !d.some(isConflict));
    assert.ok(c.logs.includes('Settings from workspace/didChangeConfiguration.'), c.logs.join('\n'));
  });
});
