// A real LSP client for black-box tests of the language server: spawns `node dist/cli.js lsp
// --stdio` on a temporary fixture workspace, speaks JSON-RPC over its pipes, answers the
// server's requests (settings, watcher registration, progress tokens) and records what it sends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { StatusParams } from '../../src/server/protocol';
import { ROOT } from '../helpers';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Builds dist/ once when it is missing or older than the sources, so the tests never skip. */
export function ensureBuilt(): void {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0);
  if (fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export const EN_NOTE = ['# JJOC notes', '', 'The Joint Operations Command (JJOC), or Joint HQ, was set up in Tokyo.', '', 'The JJOC has 300 personnel.', ''].join('\n');
export const JA_NOTE = ['# 統合作戦司令部について', '', '統合作戦司令部は2025年3月に発足した。在日米軍との調整を担う。', ''].join('\n');
export const TXT_NOTE = 'Notes on USFJ and the JJOC, in plain text.\n';
export const DATASET = [
  '# A workspace dataset: one entity of its own.',
  'version: 1',
  'entities:',
  '  - id: blue-harbor-unit',
  '    type: organization',
  '    labels: {en: Blue Harbor Unit, ja: 青港部隊}',
  '    description: {en: "Fictional. [run](command:workbench.action.quit) <img src=x onerror=alert(1)> *bold*"}',
  '    aliases:',
  '      en: [BHU]  # keep this comment',
  '    facts:',
  '      - property: personnel',
  '        value: {amount: 50, unit: persons}',
  '',
].join('\n');

export interface Fixture {
  root: string;
  en: string;
  ja: string;
  txt: string;
  dataset: string;
  uri(file: string): string;
}

/** The fixture workspace in a fresh temporary folder (a Japanese folder name checks URI encoding). */
export function writeFixture(): Fixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-lsp-'));
  const file = (rel: string, text: string) => {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  };
  const fixture = {
    root,
    en: file('notes/jjoc.md', EN_NOTE),
    ja: file('メモ/統合作戦司令部.md', JA_NOTE),
    txt: file('notes/plain.txt', TXT_NOTE),
    dataset: file('notes.entities.yaml', DATASET),
    uri: (f: string) => URI.file(f).toString(),
  };
  file('node_modules/pkg/readme.md', 'The JJOC has 999 personnel.\n'); // excluded by the default globs
  file('archive/old.md', 'The JJOC has 999 personnel.\n'); // excluded by the editor's files.exclude
  return fixture;
}

export interface ClientOptions {
  initializationOptions?: Record<string, unknown>;
  /** What `workspace/configuration` answers for section `entityLens`. */
  settings?: Record<string, unknown>;
  /** The server's XDG_CACHE_HOME (default: one temporary folder for the whole test run). */
  cacheHome?: string;
  /** Does the client answer `workspace/configuration` (Neovim 0.7 does not)? Default true. */
  configuration?: boolean;
  /** Never answer `client/registerCapability` (a client slow to reply). Default false. */
  holdRegistrations?: boolean;
}

export const TEST_CACHE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-test-cache-'));
process.on('exit', () => fs.rmSync(TEST_CACHE_HOME, { recursive: true, force: true }));

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly statuses: StatusParams[] = [];
  readonly progress: unknown[] = [];
  readonly registrations: unknown[] = [];
  readonly stderr: string[] = [];
  /** The server's `window/logMessage` lines. */
  readonly logs: string[] = [];
  private readonly listeners = new Set<() => void>();
  initializeResult!: InitializeResult;
  /** What `workspace/configuration` answers for section `entityLens`; change it, then notify didChangeConfiguration. */
  settings: Record<string, unknown> = {};
  /** What `workspace/configuration` answers for VS Code's `files.exclude`. */
  filesExclude: Record<string, boolean> = { '**/archive/**': true, '**/kept/**': false };

  private constructor(
    readonly fixture: Fixture,
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(fixture: Fixture, options: ClientOptions = {}): Promise<TestClient> {
    // The index cache goes to a folder of this test run, not the user's ~/.cache.
    const env = { ...process.env, XDG_CACHE_HOME: options.cacheHome ?? TEST_CACHE_HOME };
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: fixture.root, stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(fixture, child, connection);
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      client.changed();
    });
    connection.onNotification('entityLens/status', (p: StatusParams) => {
      client.statuses.push(p);
      client.changed();
    });
    connection.onNotification('$/progress', (p: unknown) => {
      client.progress.push(p);
      client.changed();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
      client.changed();
    });
    client.settings = options.settings ?? {};
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((item) => (item.section === 'files.exclude' ? client.filesExclude : client.settings)));
    connection.onRequest('client/registerCapability', (p: unknown) => {
      client.registrations.push(p);
      return options.holdRegistrations ? new Promise<null>(() => undefined) : null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fixture.uri(fixture.root),
      workspaceFolders: [{ uri: fixture.uri(fixture.root), name: 'fixture' }],
      initializationOptions: options.initializationOptions ?? { trusted: true, locale: 'en' },
      capabilities: {
        workspace: { configuration: options.configuration ?? true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } } },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when the server reports it is done loading and indexing. */
  async ready(timeout = 10000): Promise<StatusParams> {
    const last = () => this.statuses[this.statuses.length - 1];
    return this.waitFor(() => (last() && last()!.state !== 'loading' && last()!.state !== 'indexing' && last()!.indexedFiles > 0 ? last() : undefined), timeout, 'a ready status');
  }

  /** The latest diagnostics published for a file. */
  latestDiagnostics(file: string): Diagnostic[] | undefined {
    return this.diagnostics.get(this.fixture.uri(file))?.at(-1)?.diagnostics;
  }

  /** Waits until the latest diagnostics of `file` satisfy `accept`. */
  async diagnosticsFor(file: string, accept: (d: Diagnostic[]) => boolean, timeout = 10000): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const d = this.latestDiagnostics(file);
        return d && accept(d) ? d : undefined;
      },
      timeout,
      `diagnostics for ${path.basename(file)}`,
    );
  }

  open(file: string, text = fs.readFileSync(file, 'utf8'), languageId = file.endsWith('.txt') ? 'plaintext' : 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.fixture.uri(file), languageId, version: 1, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Asks `probe` again every 50 ms until it returns something (for state only requests reveal). */
  async poll<T>(probe: () => Promise<T | undefined>, timeout = 5000, what = 'a condition'): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async waitFor<T>(probe: () => T | undefined, timeout: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return found;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('')}`));
      }, timeout);
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(value);
      };
      this.listeners.add(check);
    });
  }

  /** Shuts the server down the LSP way, kills it if it lingers, and deletes the fixture folder (unless kept). */
  async dispose(options: { keepFixture?: boolean } = {}): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 2000);
      await this.connection.sendNotification('exit');
      await withTimeout(exited, 2000);
    } catch {
      // Falls through to the kill below.
    } finally {
      if (this.process.exitCode === null) this.process.kill();
      this.connection.dispose();
      if (!options.keepFixture) fs.rmSync(this.fixture.root, { recursive: true, force: true });
    }
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * The hooks of a suite whose tests each run a server: builds dist/ first, and shuts the test's
 * server down (removing its fixture) after each test. The function it returns starts one, on a
 * fresh fixture unless given one.
 */
export function serverPerTest(): (options?: ClientOptions, fixture?: Fixture) => Promise<TestClient> {
  let client: TestClient | undefined;
  before(() => ensureBuilt());
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });
  return async (options, fixture = writeFixture()) => (client = await TestClient.start(fixture, options));
}

/** Request parameters for the position of `needle` (its `occurrence`-th) in a note of the fixture. */
export function at(c: TestClient, file: string, text: string, needle: string, occurrence = 0): { textDocument: { uri: string }; position: { line: number; character: number } } {
  return { textDocument: { uri: c.fixture.uri(file) }, position: positionOf(text, needle, occurrence) };
}

/** Markdown as a reader sees it: backslash escapes removed. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Where `needle` starts in `text`, as an LSP position (UTF-16). */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}
