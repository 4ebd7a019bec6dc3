// code-server for the end-to-end tests: install a .vsix into an extensions folder, start a
// server on 127.0.0.1 in its own process group, stop the whole group. Every process started
// here is tracked, so a signal handler can stop what is still running.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

/** Processes started and not yet stopped (pid → description). */
export const live = new Map();

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix (or an extension folder's .vsix) with code-server's own CLI. */
export function installExtension(p, vsix, { extensionsDir, userDataDir }) {
  const r = spawnSync(p.node, [p.codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${out.slice(-3000)}`);
  return out.trim();
}

function httpStatus(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => {
      req.destroy();
      resolve(undefined);
    });
    req.end();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on 127.0.0.1:port with its own user-data and extensions folders, opening
 * `workspace`. Resolves once `/` answers; rejects (after stopping it) if it exits or is silent.
 */
export async function startCodeServer(p, { port, userDataDir, extensionsDir, workspace, logFile, args = [], env = {}, envReplace, timeoutMs = 60_000 }) {
  const fd = openSync(logFile, 'a');
  const child = spawn(
    p.node,
    [
      p.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...args,
      workspace,
    ],
    {
      // Its own process group: stopping it stops the extension host and language server too.
      detached: true,
      stdio: ['ignore', fd, fd],
      env: envReplace ?? { ...process.env, ...env },
    },
  );
  closeSync(fd);
  const handle = { child, pid: child.pid, port, url: `http://127.0.0.1:${port}/`, logFile, exited: false, exitCode: undefined };
  live.set(child.pid, `code-server :${port}`);
  child.on('exit', (code, signal) => {
    handle.exited = true;
    handle.exitCode = code ?? signal;
  });
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (handle.exited) break;
    const status = await httpStatus(port);
    if (status && status < 500) {
      handle.startMs = Date.now() - started;
      return handle;
    }
    await sleep(250);
  }
  const why = handle.exited ? `exited (${handle.exitCode})` : `did not answer on ${handle.url} within ${timeoutMs / 1000} s`;
  await stopCodeServer(handle);
  throw new Error(`code-server ${why}. Log ${logFile}:\n${tail(logFile)}`);
}

export function tail(file, chars = 3000) {
  try {
    return readFileSync(file, 'utf8').slice(-chars);
  } catch {
    return '(no log)';
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops code-server and everything it started (its process group): TERM, then KILL after 5 s. */
export async function stopCodeServer(handle) {
  if (!handle?.pid) return;
  const pid = handle.pid;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const until = Date.now() + 5000;
  while (groupAlive(pid) && Date.now() < until) await sleep(100);
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
    const hard = Date.now() + 3000;
    while (groupAlive(pid) && Date.now() < hard) await sleep(100);
  }
  live.delete(pid);
}

/** Synchronous last resort for exit handlers: KILL every tracked process group. */
export function killAllSync() {
  for (const pid of live.keys()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  live.clear();
}
