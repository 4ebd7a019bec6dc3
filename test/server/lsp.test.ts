// The language server, black-box over stdio: `node dist/cli.js lsp --stdio` on a temporary
// workspace with an English note, a Japanese note, a plain-text note and a workspace dataset.
// Every test starts its own server and removes its process and folder afterwards.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CodeAction, Diagnostic, Hover, Location, MarkupContent, SymbolInformation, TextEdit } from 'vscode-languageserver/node';
import type { CheckWorkspaceResult, DocumentMentionsResult, EntityCardResult, ReloadDatasetsResult, SearchEntitiesResult } from '../../src/server/protocol';
import { at, CLI, DATASET, EN_NOTE, JA_NOTE, positionOf, serverPerTest, unescapeMarkdown, writeFixture, type ClientOptions, type TestClient } from './harness';

const CONFLICT_RANGE = { start: { line: 4, character: 13 }, end: { line: 4, character: 16 } };
const isConflict = (d: Diagnostic) => d.code === 'fact-conflict';

describe('language server (stdio)', function () {
  this.timeout(20000);
  const launch = serverPerTest();

  async function start(options?: ClientOptions): Promise<TestClient> {
    const c = await launch(options);
    await c.ready();
    return c;
  }

  it('answers initialize with its capabilities and reports progress and status while indexing', async () => {
    const c = await start();
    const caps = c.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor'] });
    assert.equal(c.initializeResult.serverInfo?.name, 'Entity Lens');

    const status = await c.ready();
    assert.equal(status.state, 'ready');
    assert.equal(status.indexedFiles, 3, "three notes; node_modules and the editor's files.exclude are left out");
    assert.ok(status.entities > 40, `bundled + workspace entities: ${status.entities}`);
    assert.equal(status.restricted, false);
    assert.match(status.message, /entities/);
    assert.ok(c.statuses.some((s) => s.state === 'loading') && c.statuses.some((s) => s.state === 'indexing'));
    // The progress report does not wait for the client's token: its end may follow the status.
    const kind = (p: unknown) => (p as { value: { kind: string } }).value.kind;
    await c.waitFor(() => c.progress.find((p) => kind(p) === 'end'), 5000, 'the end of the progress report');
    const kinds = c.progress.map(kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const watchers = JSON.stringify(c.registrations);
    assert.match(watchers, /workspace\/didChangeWatchedFiles/);
    assert.match(watchers, /\*\*\/\*\.entities\.\{yaml,yml\}/);
  });

  it('publishes the fact conflict of the English note at the value, with the replacement in data', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    const diagnostics = await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    const conflict = diagnostics.find(isConflict)!;
    assert.deepEqual(conflict.range, CONFLICT_RANGE);
    assert.equal(conflict.severity, 2);
    assert.equal(conflict.source, 'Entity Lens');
    assert.match(String(conflict.message), /240/);
    const data = conflict.data as { replacement: string; entity: string; property: string; expected: string[]; sources: unknown[] };
    assert.equal(data.replacement, '240');
    assert.equal(data.entity, 'jjoc');
    assert.equal(data.property, 'personnel');
    assert.deepEqual(data.expected, ['240']);
    assert.ok(data.sources.length > 0);
    // Clean notes get no diagnostics message at all; excluded files are never indexed.
    assert.equal(c.latestDiagnostics(c.fixture.ja), undefined);
    assert.ok(![...c.diagnostics.keys()].some((u) => u.includes('node_modules') || u.includes('archive')));
  });

  it('hovers a mention with the entity card: both labels, facts with sources, mention counts and links to the other language', async () => {
    const c = await start();
    const hover = await c.request<Hover>('textDocument/hover', at(c, c.fixture.en, EN_NOTE, 'JJOC', 2));
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const text = unescapeMarkdown(contents.value);
    assert.ok(text.includes('Joint Operations Command') && text.includes('統合作戦司令部'), text);
    assert.ok(text.includes('240'), text);
    // The bundled sources are public pages: their titles, linked to their addresses.
    assert.ok(text.includes('Joint Operations Command (Japan), Wikipedia'), 'the source by its title');
    assert.ok(contents.value.includes('(https://en.wikipedia.org/wiki/Joint_Operations_Command_%28Japan%29)'), contents.value);
    assert.match(text, /Mentions in the workspace: English 5 · Japanese 2/);
    assert.ok(contents.value.includes(`](${c.fixture.uri(c.fixture.ja)}#L1)`), contents.value);
    assert.ok(!/command:/i.test(contents.value));
    assert.deepEqual(hover.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } });
  });

  it('escapes dataset text in hovers: no links, HTML or emphasis come from the dataset', async () => {
    const c = await start();
    const file = c.fixture.en.replace('jjoc.md', 'unsaved.md');
    const text = 'The BHU trains here.\n';
    await c.open(file, text);
    const hover = await c.request<Hover>('textDocument/hover', at(c, file, text, 'BHU'));
    const md = (hover.contents as MarkupContent).value;
    assert.ok(md.includes('Blue Harbor Unit'), md);
    assert.ok(!/(?<!\\)\]\(command:/.test(md) && !/(^|[^\\])<img/.test(md) && !md.includes(' *bold*'), md);
    assert.ok(unescapeMarkdown(md).includes('[run](command:workbench.action.quit) <img src=x onerror=alert(1)> *bold*'), 'shown as text');
  });

  it('goes from JJOC in the English note to 統合作戦司令部 in the Japanese note, and back', async () => {
    const c = await start();
    const fromEn = await c.request<Location[]>('textDocument/definition', at(c, c.fixture.en, EN_NOTE, 'JJOC', 1));
    const jaUri = c.fixture.uri(c.fixture.ja);
    const inJa = fromEn.filter((l) => l.uri === jaUri);
    assert.deepEqual(
      inJa.map((l) => l.range.start),
      [positionOf(JA_NOTE, '統合作戦司令部'), positionOf(JA_NOTE, '統合作戦司令部', 1)],
    );
    assert.deepEqual(inJa[0]!.range.end, { line: 0, character: 2 + '統合作戦司令部'.length });
    assert.ok(fromEn.some((l) => l.uri.endsWith('canonical.entities.yaml')), 'the dataset record too');
    assert.ok(!fromEn.some((l) => l.uri === c.fixture.uri(c.fixture.en)), 'no same-language mentions when other languages exist');

    const fromJa = await c.request<Location[]>('textDocument/definition', at(c, c.fixture.ja, JA_NOTE, '統合作戦司令部', 1));
    const enUri = c.fixture.uri(c.fixture.en);
    assert.ok(fromJa.some((l) => l.uri === enUri && l.range.start.line === 4 && l.range.start.character === 4), JSON.stringify(fromJa));
    assert.ok(fromJa.some((l) => l.uri === c.fixture.uri(c.fixture.txt)), 'the plain-text note is indexed too');
  });

  it('lists references in both languages, with the dataset record as the declaration', async () => {
    const c = await start();
    const params = at(c, c.fixture.en, EN_NOTE, 'Joint Operations Command');
    const refs = await c.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
    const uris = new Set(refs.map((l) => l.uri));
    assert.ok(uris.has(c.fixture.uri(c.fixture.en)) && uris.has(c.fixture.uri(c.fixture.ja)) && uris.has(c.fixture.uri(c.fixture.txt)));
    assert.equal(refs.length, 4 + 2 + 1 + 1);
    assert.ok(refs[0]!.uri.endsWith('canonical.entities.yaml'));
    const without = await c.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: false } });
    assert.equal(without.length, refs.length - 1);
  });

  it('offers a quick fix that replaces the value with 240, a disable-line action, and an add-alias refactor', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    const diagnostics = await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    const uri = c.fixture.uri(c.fixture.en);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: CONFLICT_RANGE, context: { diagnostics } });
    const fix = actions.find((a) => a.title === 'Replace with 240')!;
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.kind, 'quickfix');
    assert.notEqual(fix.isPreferred, true);
    assert.deepEqual(fix.edit!.changes![uri], [{ range: CONFLICT_RANGE, newText: '240' }]);
    const disable = actions.find((a) => /Disable Entity Lens/.test(a.title))!;
    assert.deepEqual(disable.edit!.changes![uri], [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '<!-- entity-lens-disable-next-line -->\n' }]);

    // A name the dataset does not know yet, next to mentions of the JJOC.
    const from = positionOf(EN_NOTE, 'Joint HQ');
    const range = { start: from, end: { line: from.line, character: from.character + 'Joint HQ'.length } };
    const refactors = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor'] } });
    const addAlias = refactors.find((a) => a.title === "Add 'Joint HQ' as an alias of Joint Operations Command");
    assert.ok(addAlias, JSON.stringify(refactors.map((a) => a.title)));
    assert.equal(addAlias.kind, 'refactor');
    const edits = addAlias.edit!.changes![c.fixture.uri(c.fixture.dataset)] as TextEdit[];
    assert.ok(edits, 'the edit goes to the workspace dataset, never the bundled one');
    const text = fs.readFileSync(c.fixture.dataset, 'utf8');
    const lines = text.split('\n');
    const edited = lines.slice(0, edits[0]!.range.start.line).join('\n') + '\n' + edits[0]!.newText + lines.slice(edits[0]!.range.start.line).join('\n');
    assert.ok(edited.includes('# keep this comment') && edited.endsWith('  - id: jjoc\n    aliases:\n      en: [Joint HQ]\n'), edited);
  });

  it('finds entities as workspace symbols by English and Japanese names', async () => {
    const c = await start();
    const en = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'JJOC' });
    const jjoc = en.find((s) => s.name === 'Joint Operations Command');
    assert.ok(jjoc, JSON.stringify(en.map((s) => s.name)));
    assert.equal(jjoc.containerName, '統合作戦司令部');
    assert.ok(jjoc.location.uri.endsWith('canonical.entities.yaml'));
    const ja = await c.request<SymbolInformation[]>('workspace/symbol', { query: '統合作戦' });
    const named = ja.find((s) => s.name === '統合作戦司令部');
    assert.ok(named, JSON.stringify(ja.map((s) => s.name)));
    assert.equal(named.containerName, 'Joint Operations Command');
    const own = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'BHU' });
    assert.equal(own[0]?.location.uri, c.fixture.uri(c.fixture.dataset));
  });

  it('re-checks the notes when a dataset changes on disk: the conflict disappears once the dataset says 300', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    fs.appendFileSync(c.fixture.dataset, ['  - id: jjoc', '    facts:', '      - property: personnel', '        value: {amount: 300, unit: persons}', ''].join('\n'));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(c.fixture.dataset), type: 2 }] });
    const after = await c.diagnosticsFor(c.fixture.en, (d) => !d.some(isConflict));
    assert.deepEqual(after, []);
  });

  it('reports a broken dataset on the dataset file at the line, while the notes keep working', async () => {
    const c = await start();
    const broken = ['version: 1', 'entities:', '  - id: blue-harbor-unit', '    type: organization', '    labels: {en: Blue Harbor Unit, ja: 青港部隊}', '    description: a: b', ''].join('\n');
    fs.writeFileSync(c.fixture.dataset, broken);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(c.fixture.dataset), type: 2 }] });
    const problems = await c.diagnosticsFor(c.fixture.dataset, (d) => d.some((x) => x.code === 'dataset.yaml-syntax'));
    const syntax = problems.find((x) => x.code === 'dataset.yaml-syntax')!;
    assert.equal(syntax.range.start.line, 5);
    assert.equal(syntax.severity, 1);
    const status = await c.waitFor(() => c.statuses.find((s) => s.state === 'datasetErrors'), 5000, 'a datasetErrors status');
    assert.ok(status.datasetProblems > 0);
    const hover = await c.request<Hover>('textDocument/hover', at(c, c.fixture.ja, JA_NOTE, '統合作戦司令部'));
    assert.ok(unescapeMarkdown((hover.contents as MarkupContent).value).includes('Joint Operations Command'));

    // Fixed again: the dataset's diagnostics are cleared.
    fs.writeFileSync(c.fixture.dataset, broken.replace('description: a: b', 'description: {en: fixed}'));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(c.fixture.dataset), type: 2 }] });
    await c.diagnosticsFor(c.fixture.dataset, (d) => d.length === 0);
  });

  it('checks a dataset being edited in an editor, before it is saved', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    const uri = c.fixture.uri(c.fixture.dataset);
    await c.open(c.fixture.dataset, undefined, 'yaml');
    const extension = '  - id: jjoc\n    facts:\n      - property: personnel\n        value: {amount: 300, unit: persons}\n';
    const end = positionOf(DATASET + '$', '$');
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: extension + '  - id: [broken\n' }] });
    const problems = await c.diagnosticsFor(c.fixture.dataset, (d) => d.length > 0);
    assert.ok(problems.some((d) => d.range.start.line >= 15), JSON.stringify(problems));
    await c.diagnosticsFor(c.fixture.en, (d) => !d.some(isConflict));
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: problems[0]!.range, context: { diagnostics: problems } });
    assert.deepEqual(actions, [], 'no HTML-comment fixes in YAML');
    // Closing without saving: the disk (240) is the truth again.
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    await c.diagnosticsFor(c.fixture.dataset, (d) => d.length === 0);
  });

  it('re-checks an open note after an edit, and only the newest text is published', async () => {
    const c = await start({ settings: { debounceMs: 20 } });
    await c.open(c.fixture.en);
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    const uri = c.fixture.uri(c.fixture.en);
    const edit = (version: number, text: string) => c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: CONFLICT_RANGE, text }] });
    await edit(2, '250');
    await edit(3, '240');
    const after = await c.diagnosticsFor(c.fixture.en, (d) => !d.some(isConflict));
    assert.deepEqual(after, []);
    const published = c.diagnostics.get(uri)!;
    assert.ok(!published.some((p) => p.version === 2), 'the stale version was never published');
  });

  it('applies severity settings and recognises only the configured languages', async () => {
    const c = await start({ settings: { severity: { factConflict: 'error' }, languages: ['en'] } });
    await c.open(c.fixture.en);
    const diagnostics = await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    assert.equal(diagnostics.find(isConflict)!.severity, 1);
    const mentions = await c.request<DocumentMentionsResult>('entityLens/documentMentions', { uri: c.fixture.uri(c.fixture.ja) });
    assert.ok(!mentions.mentions.some((m) => m.entity === 'jjoc'), 'Japanese names are not recognised with languages: [en]');
  });

  it('follows settings changes: a category set to ignore disappears', async () => {
    const c = await start();
    await c.open(c.fixture.en);
    await c.diagnosticsFor(c.fixture.en, (d) => d.some(isConflict));
    assert.match(JSON.stringify(c.registrations), /workspace\/didChangeConfiguration/);
    c.settings = { severity: { factConflict: 'ignore' } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.diagnosticsFor(c.fixture.en, (d) => d.length === 0);
  });

  it('indexes a note created on disk and forgets it when deleted', async () => {
    const c = await start();
    const file = c.fixture.en.replace('jjoc.md', 'later.md');
    const mentionsIn = async () => (await c.request<EntityCardResult>('entityLens/entityCard', { id: 'jjoc' })).mentions.en?.filter((m) => m.uri === c.fixture.uri(file)).length ?? 0;
    fs.writeFileSync(file, 'The JJOC again.\n');
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(file), type: 1 }] });
    await c.poll(async () => ((await mentionsIn()) === 1 ? true : undefined), 5000, 'the new note in the index');
    fs.rmSync(file);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(file), type: 3 }] });
    await c.poll(async () => ((await mentionsIn()) === 0 ? true : undefined), 5000, 'the note gone from the index');
  });

  it('answers the entityLens/* requests', async () => {
    const c = await start();
    const search = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: '在日米軍', limit: 3 });
    assert.equal(search.entities[0]?.id, 'usfj');
    assert.ok(search.entities.length <= 3);
    assert.ok(search.entities[0]!.labels.en);

    const card = await c.request<EntityCardResult>('entityLens/entityCard', { id: 'jjoc' });
    assert.equal(card.card?.id, 'jjoc');
    assert.equal(card.mentions.ja?.length, 2);
    assert.equal(card.mentions.en?.length, 5);
    assert.ok(card.definition?.uri.endsWith('canonical.entities.yaml'));
    assert.deepEqual(await c.request<EntityCardResult>('entityLens/entityCard', { id: 'no-such-entity' }), { card: null, mentions: {}, definition: null });

    const mentions = await c.request<DocumentMentionsResult>('entityLens/documentMentions', { uri: c.fixture.uri(c.fixture.en) });
    assert.deepEqual(
      mentions.mentions.map((m) => m.entity),
      ['jjoc', 'jjoc', 'jjoc', 'tokyo', 'jjoc'],
    );

    const reload = await c.request<ReloadDatasetsResult>('entityLens/reloadDatasets', null);
    assert.ok(reload.entities > 40);
    const check = await c.request<CheckWorkspaceResult>('entityLens/checkWorkspace', null);
    assert.deepEqual(check, { files: 3, mentions: 5 + 3 + 2, problems: 1 });
  });

  it('loads the datasets named in settings, but never one outside the workspace folder', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-outside-'));
    const unit = (id: string, name: string) => ['version: 1', 'entities:', `  - id: ${id}`, '    type: organization', `    labels: {en: ${name}}`, ''].join('\n');
    try {
      fs.writeFileSync(path.join(outside, 'x.yaml'), unit('outside-unit', 'Outside Unit'));
      const fixture = writeFixture();
      fs.mkdirSync(path.join(fixture.root, 'extra'));
      fs.writeFileSync(path.join(fixture.root, 'extra', 'more.yaml'), unit('inside-unit', 'Inside Unit'));
      const client = await launch({ settings: { datasets: ['extra/more.yaml', `../${path.basename(outside)}/x.yaml`, path.join(outside, 'x.yaml')] } }, fixture);
      await client.ready();
      const find = async (q: string) => (await client.request<SearchEntitiesResult>('entityLens/searchEntities', { query: q })).entities.map((e) => e.id);
      assert.deepEqual(await find('Inside Unit'), ['inside-unit']);
      assert.deepEqual(await find('Outside Unit'), []);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('loads only the bundled dataset in Restricted Mode and says so', async () => {
    const c = await start({ initializationOptions: { trusted: false, locale: 'ja' } });
    const status = await c.ready();
    assert.equal(status.restricted, true);
    assert.match(status.message, /制限モード/);
    const search = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'BHU' });
    assert.deepEqual(search.entities, []);
  });

  it('survives requests with bogus URIs and parameters', async () => {
    const c = await start();
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///no/such/note.md' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'a b:c' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await c.request('textDocument/definition', { textDocument: { uri: '::::' }, position: { line: -5, character: 1e9 } }), null);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri: 'untitled:x' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, context: { diagnostics: [] } }), []);
    assert.deepEqual(await c.request('entityLens/documentMentions', { uri: 42 }), { mentions: [] });
    assert.deepEqual(await c.request('entityLens/searchEntities', null), { entities: [] });
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 1 }] });
    // Still serving:
    const hover = await c.request<Hover>('textDocument/hover', at(c, c.fixture.en, EN_NOTE, 'JJOC', 1));
    assert.ok(hover && (hover.contents as MarkupContent).value.length > 0);
    assert.equal(c.process.exitCode, null);
  });

  it('refuses `entity-lens lsp` without --stdio (exit 2)', () => {
    const r = spawnSync(process.execPath, [CLI, 'lsp'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /lsp needs --stdio/);
  });
});
