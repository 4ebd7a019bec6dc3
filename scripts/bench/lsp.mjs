// A minimal LSP client for the benchmark: spawns `node dist/cli.js lsp --stdio` in a workspace,
// answers the server's requests, and reports when indexing is done (the `entityLens/status`
// notification), so the bench can time the initial index and request round trips over real LSP.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

export async function startServer(cli, root, { settings = {}, cacheHome, execArgv = [] } = {}) {
  // `cacheHome`: the server's XDG_CACHE_HOME (where it keeps its index cache); `execArgv`: node
  // options for the server process (`--cpu-prof` to profile an index run).
  const env = cacheHome ? { ...process.env, XDG_CACHE_HOME: cacheHome } : process.env;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...execArgv, cli, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const statuses = [];
  const waiters = new Set();
  connection.onNotification('entityLens/status', (p) => {
    statuses.push(p);
    for (const w of [...waiters]) w();
  });
  /** Every publishDiagnostics, with when it arrived (performance.now()). */
  const diagnostics = [];
  /** When each note first had diagnostics published (performance.now()). */
  const published = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.push({ at: performance.now(), ...p });
    if (p.diagnostics.length > 0 && !published.has(p.uri)) published.set(p.uri, performance.now());
    for (const w of [...waiters]) w();
  });
  connection.onNotification('$/progress', () => undefined);
  const logs = [];
  connection.onNotification('window/logMessage', (p) => void logs.push(p.message));
  connection.onRequest('workspace/configuration', (p) => p.items.map((item) => (item.section === 'files.exclude' ? {} : settings)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    initializationOptions: { trusted: true, locale: 'en' },
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
      window: { workDoneProgress: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  await connection.sendNotification('initialized', {});

  /** Resolves when the server says it is done and has indexed at least `files` notes. */
  function ready(files, timeoutMs = 600000) {
    return waitFor(() => {
      const s = statuses[statuses.length - 1];
      return s && s.state !== 'loading' && s.state !== 'indexing' && s.indexedFiles >= files ? s : undefined;
    }, timeoutMs, `finish indexing ${files} notes`);
  }

  /** Resolves with the first publishDiagnostics for `uri` that `accept` takes. */
  function diagnosticsFor(uri, accept, timeoutMs = 600000) {
    return waitFor(() => diagnostics.find((d) => d.uri === uri && accept(d.diagnostics)), timeoutMs, `publish the diagnostics of ${uri}`);
  }

  /** Resolves with what `done` returns once it returns something (asked after every notification). */
  function waitFor(done, timeoutMs, what) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const s = done();
        if (!s) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(s);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the language server did not ${what}: ${stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  async function dispose() {
    const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await connection.sendNotification('exit');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    } finally {
      if (child.exitCode === null) child.kill();
      connection.dispose();
    }
  }

  return { connection, logs, spawnedAt, ready, diagnosticsFor, dispose, published, status: () => statuses[statuses.length - 1], request: (method, params) => connection.sendRequest(method, params) };
}
