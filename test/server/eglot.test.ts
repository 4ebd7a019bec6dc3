// A second real client no one here wrote: Emacs 28 with eglot (Debian's emacs-nox, elpa-eglot and
// elpa-markdown-mode) drives `entity-lens lsp --stdio` through the README's own eglot snippet,
// read from the README as written. `emacs --batch` activates the packages first, as an
// interactive Emacs does before its init file, then test/server/eglot/drive.el opens the English
// note, starts eglot (M-x eglot), asks eldoc's hover function at once, goes to the definition (the
// Japanese note, never opened), waits for flymake's diagnostics and applies the quick fix from
// the code-action menu. The fixture is a git repository: eglot's root is the buffer's project.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, writeFixture } from './harness';
import { ensureEditor, readmeSnippet, runDriver } from './realClient';

const DRIVER = path.join(__dirname, 'eglot', 'drive.el');
/** Prints which Emacs and eglot it found; fails unless eglot and markdown-mode load. */
const PROBE = `(progn (package-activate-all) (require 'eglot) (require 'markdown-mode)
  (princ (format "Emacs %s, eglot %s\\n" emacs-version
    (let ((d (cadr (assq 'eglot package-alist)))) (if d (package-version-join (package-desc-version d)) "built in")))))`;

interface DriveResult {
  steps: string[];
  error?: string;
  major_mode: string;
  managed: boolean;
  connect_ms: number;
  hover?: string;
  hover_ms?: number;
  definition?: { file: string; cursor: [number, number]; line: string };
  definition_error?: string;
  first_diagnostics_ms?: number;
  flymake_ms?: number;
  diagnostics?: Array<{ line: number; col: number; end_col: number; type: string; message: string }>;
  code_actions?: string[];
  fixed_line?: string;
  /** The server's window/logMessage lines. */
  logs: string[];
}

describe('Emacs with eglot, a real client, through the README snippet', function () {
  this.timeout(120_000);
  let version = '';
  let home: string | undefined;

  before(function () {
    this.timeout(600_000);
    ensureBuilt();
    version = ensureEditor({ name: 'Emacs 28 or later with eglot and markdown-mode', probe: ['emacs', '--batch', '--eval', PROBE], packages: ['emacs-nox', 'elpa-eglot', 'elpa-markdown-mode'] });
  });
  after(() => {
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('hovers at once after M-x eglot, goes to the Japanese note, shows the conflict in flymake and applies the quick fix', () => {
    const fixture = writeFixture();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-eglot-'));
    const init = path.join(home, 'init.el');
    fs.writeFileSync(init, readmeSnippet('**Emacs with eglot**', 'elisp'));
    let run: { out: DriveResult; ms: number };
    try {
      const git = spawnSync('git', ['init', '-q'], { cwd: fixture.root, encoding: 'utf8' });
      assert.equal(git.status, 0, `git init in the fixture (eglot's project root): ${git.stderr ?? git.error}`);
      run = runDriver<DriveResult>('Emacs', ['emacs', '--batch', '--eval', '(package-activate-all)', '-l', init, '-l', DRIVER], {
        cwd: fixture.root,
        home,
        resultVariable: 'ENTITY_LENS_EMACS_RESULT',
        env: { ENTITY_LENS_EMACS_EN: fixture.en },
      });
    } finally {
      fs.rmSync(fixture.root, { recursive: true, force: true });
    }
    const { out, ms } = run;
    console.log(`      (${version}; ${ms} ms; spawn to hover ${out.hover_ms} ms, to diagnostics ${out.first_diagnostics_ms} ms; steps: ${out.steps.join(', ')})`);
    assert.equal(out.error, undefined, out.error);
    assert.equal(out.major_mode, 'markdown-mode');
    assert.ok(out.managed, 'M-x eglot started the server and manages the note');

    // The settings came as eglot gives them (workspace/configuration), and the workspace was read once.
    assert.ok(out.logs.includes('Settings from workspace/configuration.'), out.logs.join('\n'));
    assert.equal(out.logs.filter((l) => l.startsWith('Loaded ')).length, 1, `datasets loaded once: ${out.logs.join('\n')}`);
    assert.equal(out.logs.filter((l) => l.startsWith('Indexed ')).length, 1, `notes indexed once: ${out.logs.join('\n')}`);

    // The card, as eldoc gets it (rendered by markdown-mode), on the first ask.
    const hover = out.hover ?? '';
    assert.ok(hover.includes('Joint Operations Command') && hover.includes('統合作戦司令部') && hover.includes('240'), `the card on the first hover: ${hover}`);
    assert.ok(hover.includes("Japan's ground, maritime"), `the description as written: ${hover}`);
    assert.doesNotMatch(hover, /\\[',.()-]/, 'no over-escaping: what Markdown does not need is not escaped');

    // xref: the first of the places, in the Japanese note under its own (decoded) name.
    assert.ok(out.definition, `definition opened another note: ${out.definition_error}`);
    assert.equal(out.definition.file, fixture.ja);
    assert.deepEqual(out.definition.cursor, [1, 2], 'at 統合作戦司令部 in its heading');
    assert.equal(out.definition.line, '# 統合作戦司令部について');

    const conflict = (out.diagnostics ?? []).find((d) => d.line === 5 && d.col === 13);
    assert.ok(conflict, JSON.stringify(out.diagnostics));
    assert.equal(conflict.end_col, 16);
    assert.equal(conflict.type, 'eglot-error', "an error, as the snippet's eglot-workspace-configuration says (the default is a warning)");
    assert.ok(out.code_actions?.includes('Replace with 240'), JSON.stringify(out.code_actions));
    assert.equal(out.fixed_line, 'The JJOC has 240 personnel.');
  });
});
