// End-to-end tests: the packaged extension (.vsix) in a real VS Code (code-server), driven by
// Chromium through playwright. See docs/e2e.md.
//
//   npm run test:e2e                       package, set up, run every scenario
//   node scripts/e2e/run.mjs --no-package  use the .vsix already in dist/
//   node scripts/e2e/run.mjs --only 3,5    only these scenarios (by number or name)
//   node scripts/e2e/run.mjs --keep        keep the temporary folders (workspace, logs)
//
// Ends with "N passed, M failed"; exits 1 if any scenario failed. code-server (its whole process
// group), the browser and the temporary folders are removed on every exit path, including
// Ctrl+C and a scenario that throws or times out.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, installExtension, killAllSync, startCodeServer, stopCodeServer, tail } from './codeServer.mjs';
import { setup, SetupError } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const e2eDir = join(root, 'test', 'e2e');
const screenshotsDir = join(e2eDir, 'screenshots');
const DEFAULT_TIMEOUT_MS = 90_000;
const VIEWPORT = { width: 1280, height: 800 };

// --- options --------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { package: true, only: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-package') opts.package = false;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--only') opts.only = argv[++i]?.split(',');
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',');
    else if (a === '-h' || a === '--help') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 12).join('\n'));
      process.exit(0);
    } else {
      console.error(`unknown option ${a} (try --help)`);
      process.exit(2);
    }
  }
  return opts;
}

const say = (msg) => console.log(`[e2e] ${msg}`);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

// --- cleanup on every exit path ----------------------------------------------------------------

const state = { browser: undefined, servers: new Map(), tmp: undefined, keep: false, cleaning: undefined, stopping: false };

async function cleanup() {
  state.cleaning ??= (async () => {
    try {
      await state.browser?.close();
    } catch {
      /* already closed */
    }
    for (const server of state.servers.values()) await stopCodeServer(server);
    state.servers.clear();
    if (state.tmp && !state.keep) rmSync(state.tmp, { recursive: true, force: true });
    else if (state.tmp) say(`kept ${state.tmp}`);
  })();
  return state.cleaning;
}

function onSignal(signal) {
  if (state.stopping) return;
  state.stopping = true;
  console.error(`\n[e2e] ${signal}: stopping code-server and the browser, removing temporary folders`);
  const hardStop = setTimeout(() => process.exit(130), 15_000);
  hardStop.unref();
  cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => onSignal(s));
process.on('exit', () => {
  // Last resort if something skipped the async cleanup: kill what is left, synchronously.
  killAllSync();
  if (state.tmp && !state.keep) rmSync(state.tmp, { recursive: true, force: true });
});

// --- profiles: one code-server each ------------------------------------------------------------

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'git.enabled': false,
};

const PROFILES = {
  // Workspace trust off: the folder counts as trusted, its datasets load.
  main: { settings: { 'security.workspace.trust.enabled': false } },
  // Trust on, no prompt: the folder opens untrusted, in Restricted Mode.
  restricted: { settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } },
  // Display language Japanese (argv.json); scenario 8 installs the test language pack.
  ja: { settings: { 'security.workspace.trust.enabled': false }, argv: { locale: 'ja' } },
};

async function startProfile(name, ctx) {
  const dir = join(state.tmp, name);
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  const workspace = join(dir, 'workspace');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(join(e2eDir, 'workspace'), workspace, { recursive: true });
  const profile = PROFILES[name];
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...profile.settings }, null, 2));
  if (profile.argv) writeFileSync(join(userDataDir, 'User', 'argv.json'), JSON.stringify(profile.argv, null, 2));
  const t0 = Date.now();
  installExtension(ctx.paths, ctx.vsix, { extensionsDir, userDataDir });
  const port = await freePort();
  // Keep code-server's children from talking to a VS Code this script may run inside of.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VSCODE_|CODE_SERVER_|ELECTRON_RUN_AS_NODE)/.test(k)));
  const server = await startCodeServer(ctx.paths, {
    port,
    userDataDir,
    extensionsDir,
    workspace,
    logFile: join(dir, 'code-server.log'),
    // A closed page's extension host (and language server) goes away soon, not after 3 hours.
    args: ['--reconnection-grace-time', '10', '--ignore-last-opened'],
    envReplace: env,
  });
  state.servers.set(name, server);
  say(`profile ${name}: code-server on ${server.url} (pid ${server.pid}), ready in ${secs(Date.now() - t0)}`);
  return { name, server, userDataDir, extensionsDir, workspace, dir };
}

/** Tails of the logs of a profile: code-server and the Entity Lens output channel. */
function diagnosticsOf(profile) {
  const parts = [`--- code-server log (${profile.server.logFile}) ---\n${tail(profile.server.logFile, 1500)}`];
  const logs = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/Entity Lens/.test(e.name)) logs.push(full);
    }
  };
  walk(join(profile.userDataDir, 'logs'));
  for (const l of logs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(0, 1)) parts.push(`--- ${relative(profile.dir, l)} ---\n${tail(l, 2500)}`);
  return parts.join('\n');
}

// --- the Japanese test language pack ---------------------------------------------------------

function buildJapanesePack() {
  const src = join(e2eDir, 'ja-pack');
  const dir = join(state.tmp, 'ja-pack');
  cpSync(src, dir, { recursive: true });
  const out = join(state.tmp, 'entity-lens-e2e-ja-pack.vsix');
  const require = createRequire(join(root, 'package.json'));
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`building the test language pack failed:\n${r.stdout}${r.stderr}`);
  return out;
}

// --- main ---------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  state.keep = opts.keep;
  const started = Date.now();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, 'dist', `${pkg.name}-${pkg.version}.vsix`);

  if (opts.package) {
    say('packaging the extension (npm run package)');
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}); run it on its own to see why`);
  }
  if (!existsSync(vsix)) throw new Error(`${relative(root, vsix)} does not exist: run npm run package (or drop --no-package)`);
  say(`extension: ${relative(root, vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KB, built ${new Date(statSync(vsix).mtimeMs).toISOString()})`);

  const tSetup = Date.now();
  const paths = setup();
  const setupMs = Date.now() - tSetup;

  const { scenarios } = await import(pathToFileURL(join(e2eDir, 'scenarios.e2e.mjs')).href);
  const { Workbench } = await import(pathToFileURL(join(e2eDir, 'workbench.e2e.mjs')).href);
  const chosen = scenarios.filter((s) => !opts.only || opts.only.some((o) => String(s.id) === o || s.name === o));
  if (chosen.length === 0) throw new Error(`no scenario matches --only ${opts.only.join(',')}`);

  state.tmp = mkdtempSync(join(tmpdir(), 'entity-lens-e2e-'));
  mkdirSync(screenshotsDir, { recursive: true });
  const japaneseVsix = chosen.some((s) => s.profile === 'ja') ? buildJapanesePack() : undefined;

  const pwRequire = createRequire(join(paths.playwrightCore, 'package.json'));
  const { chromium } = pwRequire('playwright-core');
  state.browser = await chromium.launch({
    executablePath: paths.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  say(`browser: Chromium ${state.browser.version()}`);

  const ctx = { paths, vsix };
  const results = [];
  let profile;
  let page;
  let wb;

  const openPage = async () => {
    const context = await state.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    page = await context.newPage();
    wb = new Workbench(page);
    await wb.load(profile.server.url);
  };
  const closePage = async () => {
    await page?.context().close().catch(() => {});
    page = undefined;
  };

  for (const scenario of chosen) {
    if (state.stopping) break;
    const t0 = Date.now();
    const notes = [];
    const log = (m) => {
      notes.push(m);
      say(`  #${scenario.id} ${m}`);
    };
    const shotFile = join(screenshotsDir, `${String(scenario.id).padStart(2, '0')}-${scenario.name}.png`);
    let shotTaken = false;
    let error;
    say(`#${scenario.id} ${scenario.title}`);
    try {
      if (profile?.name !== scenario.profile) {
        await closePage();
        if (profile) {
          await stopCodeServer(profile.server);
          state.servers.delete(profile.name);
        }
        profile = undefined;
        profile = await startProfile(scenario.profile, ctx);
      }
      if (!page) await openPage();
      else await wb.reset();
      const timeoutMs = scenario.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      let timer;
      await Promise.race([
        scenario.run({
          wb,
          workspace: profile.workspace,
          userDataDir: profile.userDataDir,
          japaneseVsix,
          log,
          shot: async () => {
            await wb.screenshot(shotFile);
            shotTaken = true;
          },
        }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`scenario timed out after ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
    } catch (e) {
      error = e;
    }
    if (page && (!shotTaken || error)) await wb.screenshot(shotFile).catch(() => {});
    const ms = Date.now() - t0;
    if (state.stopping) break;
    results.push({ scenario, ok: !error, ms, error, notes, shot: existsSync(shotFile) ? relative(root, shotFile) : undefined });
    if (error) {
      say(`✖ #${scenario.id} ${scenario.name} FAILED (${secs(ms)}): ${error.message}`);
      if (profile) console.log(diagnosticsOf(profile));
      // A fresh page for the next scenario: nothing left over from the failure.
      await closePage();
    } else say(`✔ #${scenario.id} ${scenario.name} (${secs(ms)})`);
  }

  await cleanup();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log('\nEnd-to-end scenarios (code-server + Chromium):');
  for (const r of results) {
    console.log(`  ${r.ok ? '✔' : '✖'} ${r.scenario.id}. ${r.scenario.title} (${secs(r.ms)})${r.ok ? '' : `\n      ${r.error.message}`}${r.shot ? `\n      screenshot: ${r.shot}` : ''}`);
  }
  console.log(`\nsetup ${secs(setupMs)}, total ${secs(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (e) => {
    console.error(`[e2e] ERROR: ${e instanceof SetupError ? e.message : (e?.stack ?? e)}`);
    await cleanup();
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
