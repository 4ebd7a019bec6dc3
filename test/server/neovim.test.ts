// A real client no one here wrote: Neovim (Debian's 0.7.2) drives `entity-lens lsp --stdio`,
// headless, through the README's own Neovim 0.7 snippet, read from the README as written. It
// opens the English note, presses K at once, goes to the definition (the Japanese note, never
// opened) and applies the quick fix from the code-action menu (test/server/neovim/drive.lua).
// Neovim is installed with apt-get when missing (as root on Debian, as the end-to-end harness
// installs Chromium); where it cannot be, the test fails saying how to install it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';
import { CLI, ensureBuilt, writeFixture } from './harness';

const DRIVER = path.join(__dirname, 'neovim', 'drive.lua');

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

/** `nvim --version`'s first line; installs Neovim with apt-get when it is missing and that is possible. */
function ensureNeovim(): string {
  const probe = () => spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  let r = probe();
  if (r.status === 0) return r.stdout.split('\n')[0]!;
  const howTo = 'The real-client test needs Neovim 0.7 or later on PATH; install it (Debian: sudo apt-get install neovim) and run the tests again.';
  if (!fs.existsSync('/usr/bin/apt-get') || process.getuid?.() !== 0) throw new Error(`Neovim not found. ${howTo}`);
  console.log('      (installing Neovim: apt-get update && apt-get install -y neovim)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'neovim']]) {
    const apt = spawnSync('apt-get', args, { encoding: 'utf8', env, timeout: 480_000 });
    if (apt.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${apt.status ?? apt.signal}): ${(apt.stderr ?? '').slice(-800)}\n${howTo}`);
  }
  r = probe();
  if (r.status !== 0) throw new Error(`apt-get installed neovim, but nvim does not run. ${howTo}`);
  return r.stdout.split('\n')[0]!;
}

interface DriveResult {
  steps: string[];
  error?: string;
  filetype: string;
  attached: boolean;
  diagnostics_before_hover: number;
  hover?: string[];
  definition?: { file: string; cursor: [number, number]; line: string };
  diagnostics?: Array<{ lnum: number; col: number; end_col: number; severity: number; message: string }>;
  code_actions?: string[];
  fixed_line?: string;
}

describe('Neovim, a real client, through the README snippet', function () {
  this.timeout(120_000);
  let version = '';
  let home: string | undefined;

  before(function () {
    this.timeout(600_000);
    ensureBuilt();
    version = ensureNeovim();
  });
  after(() => {
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('hovers at once after opening a note, goes to the Japanese note, and applies the quick fix', () => {
    const fixture = writeFixture();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-nvim-'));
    // `entity-lens` on PATH, as `npm install -g .` puts it there.
    const bin = path.join(home, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'entity-lens'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
    const init = path.join(home, 'init.lua');
    fs.writeFileSync(init, readmeSnippet('**Neovim 0.7**', 'lua'));
    const resultFile = path.join(home, 'result.json');
    const xdg = (name: string) => path.join(home!, name);
    const started = Date.now();
    const run = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', init, '-S', DRIVER], {
      cwd: fixture.root,
      encoding: 'utf8',
      timeout: 110_000,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: home,
        XDG_CONFIG_HOME: xdg('config'),
        XDG_DATA_HOME: xdg('data'),
        XDG_STATE_HOME: xdg('state'),
        XDG_CACHE_HOME: xdg('cache'), // Neovim's and the server's: an empty cache, a cold start.
        ENTITY_LENS_NVIM_EN: fixture.en,
        ENTITY_LENS_NVIM_JA: fixture.ja,
        ENTITY_LENS_NVIM_RESULT: resultFile,
      },
    });
    fs.rmSync(fixture.root, { recursive: true, force: true });
    assert.ok(fs.existsSync(resultFile), `Neovim wrote no result (exit ${run.status ?? run.signal}): ${run.stderr}`);
    const out = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as DriveResult;
    console.log(`      (${version}; ${Date.now() - started} ms; steps: ${out.steps.join(', ')})`);
    assert.equal(out.error, undefined, out.error);
    assert.equal(out.filetype, 'markdown');
    assert.ok(out.attached, 'the snippet started the server and attached the note');

    const hover = (out.hover ?? []).join('\n');
    assert.ok(hover.includes('Joint Operations Command') && hover.includes('統合作戦司令部') && hover.includes('240'), `the card on the first K: ${hover}`);
    assert.doesNotMatch(hover, /\\[',.()-]/, 'no over-escaping: what Markdown does not need is not escaped');

    assert.ok(out.definition, 'definition opened the Japanese note');
    assert.deepEqual(out.definition.cursor, [1, 2], 'at 統合作戦司令部 in its heading');
    assert.equal(out.definition.line, '# 統合作戦司令部について');

    const conflict = (out.diagnostics ?? []).find((d) => d.lnum === 4 && d.col === 13);
    assert.ok(conflict, JSON.stringify(out.diagnostics));
    assert.equal(conflict.severity, 1, 'an error, as the snippet\'s init_options settings say (Neovim 0.7 has no workspace/configuration)');
    assert.ok(out.code_actions?.includes('Replace with 240'), JSON.stringify(out.code_actions));
    assert.equal(out.fixed_line, 'The JJOC has 240 personnel.');
  });
});
