// A real client no one here wrote: Neovim (Debian's 0.7.2) drives `entity-lens lsp --stdio`,
// headless, through the README's own Neovim 0.7 snippet, read from the README as written. It
// opens the English note, presses K at once, goes to the definition (the Japanese note, never
// opened) and applies the quick fix from the code-action menu (test/server/neovim/drive.lua).
// Neovim is installed with apt-get when missing (as root on Debian, as the end-to-end harness
// installs Chromium); where it cannot be, the test fails saying how to install it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, writeFixture } from './harness';
import { ensureEditor, readmeSnippet, runDriver } from './realClient';

const DRIVER = path.join(__dirname, 'neovim', 'drive.lua');

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
    version = ensureEditor({ name: 'Neovim 0.7 or later', probe: ['nvim', '--version'], packages: ['neovim'] });
  });
  after(() => {
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('hovers at once after opening a note, goes to the Japanese note, and applies the quick fix', () => {
    const fixture = writeFixture();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-nvim-'));
    const init = path.join(home, 'init.lua');
    fs.writeFileSync(init, readmeSnippet('**Neovim 0.7**', 'lua'));
    let run: { out: DriveResult; ms: number };
    try {
      run = runDriver<DriveResult>('Neovim', ['nvim', '--headless', '-i', 'NONE', '-u', init, '-S', DRIVER], {
        cwd: fixture.root,
        home,
        resultVariable: 'ENTITY_LENS_NVIM_RESULT',
        env: { ENTITY_LENS_NVIM_EN: fixture.en, ENTITY_LENS_NVIM_JA: fixture.ja },
      });
    } finally {
      fs.rmSync(fixture.root, { recursive: true, force: true });
    }
    const { out, ms } = run;
    console.log(`      (${version}; ${ms} ms; steps: ${out.steps.join(', ')})`);
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
