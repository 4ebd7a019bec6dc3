// What the real-client tests (neovim.test.ts, eglot.test.ts) share: the README's own snippet,
// read as written; the editor, installed with apt-get when missing (as root on Debian, as the
// end-to-end harness installs Chromium); `entity-lens` on PATH as `npm install -g .` puts it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers';
import { CLI } from './harness';

/** The fenced block of `lang` that follows the line starting with `heading` in the README. */
export function readmeSnippet(heading: string, lang: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = readme.split('\n').findIndex((l) => l.startsWith(heading));
  assert.ok(at >= 0, `README has a paragraph starting "${heading}"`);
  const rest = readme.split('\n').slice(at).join('\n');
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(rest);
  assert.ok(block, `a \`\`\`${lang} block after "${heading}"`);
  return block[1]!;
}

export interface Editor {
  /** Its name in messages. */
  name: string;
  /** The command and arguments that print its version and exit 0 when it is usable. */
  probe: string[];
  /** The Debian packages that bring it. */
  packages: string[];
}

/** The first line `editor.probe` prints; installs the editor's packages with apt-get when it is missing and that is possible. */
export function ensureEditor(editor: Editor): string {
  const probe = () => spawnSync(editor.probe[0]!, editor.probe.slice(1), { encoding: 'utf8' });
  let r = probe();
  if (r.status === 0) return r.stdout.split('\n')[0]!;
  const howTo = `The real-client test needs ${editor.name}; install it (Debian: sudo apt-get install ${editor.packages.join(' ')}) and run the tests again.`;
  if (!fs.existsSync('/usr/bin/apt-get') || process.getuid?.() !== 0) throw new Error(`${editor.name} not found. ${howTo}`);
  console.log(`      (installing ${editor.name}: apt-get update && apt-get install -y ${editor.packages.join(' ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...editor.packages]]) {
    const apt = spawnSync('apt-get', args, { encoding: 'utf8', env, timeout: 480_000 });
    if (apt.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${apt.status ?? apt.signal}): ${(apt.stderr ?? '').slice(-800)}\n${howTo}`);
  }
  r = probe();
  if (r.status !== 0) throw new Error(`apt-get installed ${editor.packages.join(' ')}, but ${editor.name} does not run: ${r.stderr ?? r.error}. ${howTo}`);
  return r.stdout.split('\n')[0]!;
}

/** A folder `bin` under `home` holding `entity-lens`, as `npm install -g .` puts it on PATH; returns PATH with it first. */
export function entityLensOnPath(home: string): string {
  const bin = path.join(home, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'entity-lens'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
  return `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
}

/**
 * Runs an editor's driver headless in `cwd`, with `home` as its HOME and XDG folders (an empty
 * cache: a cold start) and `entity-lens` on PATH; the driver writes what it saw as JSON to the
 * file named in `env[resultVariable]`, which this returns with the milliseconds the run took.
 */
export function runDriver<T>(name: string, command: string[], options: { cwd: string; home: string; resultVariable: string; env: Record<string, string> }): { out: T; ms: number } {
  const resultFile = path.join(options.home, 'result.json');
  const xdg = (dir: string) => path.join(options.home, dir);
  const started = Date.now();
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 110_000,
    env: {
      ...process.env,
      PATH: entityLensOnPath(options.home),
      HOME: options.home,
      XDG_CONFIG_HOME: xdg('config'),
      XDG_DATA_HOME: xdg('data'),
      XDG_STATE_HOME: xdg('state'),
      XDG_CACHE_HOME: xdg('cache'), // the editor's and the server's
      ...options.env,
      [options.resultVariable]: resultFile,
    },
  });
  assert.ok(fs.existsSync(resultFile), `${name} wrote no result (exit ${run.status ?? run.signal}): ${run.stderr}`);
  return { out: JSON.parse(fs.readFileSync(resultFile, 'utf8')) as T, ms: Date.now() - started };
}
