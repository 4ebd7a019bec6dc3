// The VS Code extension manifest: generated parts up to date with SETTINGS (src/core/config.ts),
// every `%key%` localised in English and Japanese, every contributed command registered, lazy
// activation, Restricted Mode declared, and a .vscodeignore allowlist that ships exactly what the
// manifest points to (checked with vsce's own file collection).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SETTINGS, type SettingSpec } from '../src/core/config';
import { FILES, generate, restrictedConfigurations } from '../scripts/manifestGen';

const ROOT = path.join(__dirname, '..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn: Record<string, string> = JSON.parse(read('package.nls.json'));
const nlsJa: Record<string, string> = JSON.parse(read('package.nls.ja.json'));

function* sourceFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(full);
    else if (e.name.endsWith('.ts')) yield full;
  }
}
const extensionSource = [...sourceFiles(path.join(ROOT, 'src', 'extension'))].map((f) => fs.readFileSync(f, 'utf8')).join('\n');

/** Every `%key%` placeholder in a JSON value. */
function placeholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) out.add(m[1]!);
  } else if (Array.isArray(value)) for (const v of value) placeholders(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) placeholders(v, out);
  return out;
}

describe('extension manifest', () => {
  describe('generated from SETTINGS', () => {
    const current = { packageJson: read(FILES.packageJson), nlsEn: read(FILES.nlsEn), nlsJa: read(FILES.nlsJa) };
    const fresh = generate(current);

    for (const [name, rel] of Object.entries(FILES) as Array<[keyof typeof FILES, string]>) {
      it(`${rel} is up to date (else run \`node scripts/gen-manifest.mjs\`)`, () => {
        const onDisk = fs.existsSync(path.join(ROOT, rel)) ? read(rel) : '';
        assert.equal(onDisk, fresh[name], `${rel} is out of date with src/core/config.ts: run \`node scripts/gen-manifest.mjs\``);
      });
    }

    it('the check can fail: a changed setting changes every generated file', () => {
      const changed: SettingSpec[] = SETTINGS.map((s) => (s.key === 'debounceMs' ? { ...s, default: 1234, description: { en: 'Changed.', ja: '変更。' } } : s));
      const other = generate(current, changed);
      for (const name of Object.keys(FILES) as Array<keyof typeof FILES>) assert.notEqual(other[name], fresh[name], name);
    });

    it('generation is idempotent and keeps hand-written nls keys', () => {
      const again = generate({ packageJson: fresh.packageJson, nlsEn: fresh.nlsEn, nlsJa: fresh.nlsJa });
      assert.deepEqual(again, fresh);
      assert.equal(JSON.parse(fresh.nlsEn)['command.findEntity.title'], nlsEn['command.findEntity.title']);
    });

    it('every setting is contributed with its type, default, scope and a localised description', () => {
      const props = pkg.contributes.configuration.properties;
      assert.deepEqual(Object.keys(props), SETTINGS.map((s) => `entityLens.${s.key}`));
      for (const s of SETTINGS) {
        const p = props[`entityLens.${s.key}`];
        assert.equal(p.type, s.type, s.key);
        assert.deepEqual(p.default, s.default, s.key);
        assert.deepEqual(p.enum, s.enum, s.key);
        assert.equal(p.scope, s.scope, s.key);
        assert.match(p.markdownDescription, /^%config\..+%$/, s.key);
        assert.equal(nlsEn[p.markdownDescription.slice(1, -1)], s.description.en);
        assert.equal(nlsJa[p.markdownDescription.slice(1, -1)], s.description.ja);
      }
      assert.deepEqual(props['entityLens.trace.server'].tags, ['advanced']);
    });
  });

  describe('localisation (package.nls.json, package.nls.ja.json)', () => {
    it('every %key% in package.json exists in both nls files', () => {
      const used = placeholders(pkg);
      assert.ok(used.size > 20, 'placeholders were found');
      assert.deepEqual([...used].filter((k) => !(k in nlsEn)), [], 'missing from package.nls.json');
      assert.deepEqual([...used].filter((k) => !(k in nlsJa)), [], 'missing from package.nls.ja.json');
    });

    it('both nls files have the same keys, none unused, none empty', () => {
      assert.deepEqual(Object.keys(nlsJa).sort(), Object.keys(nlsEn).sort());
      const used = placeholders(pkg);
      assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), [], 'unused nls keys');
      for (const [k, v] of [...Object.entries(nlsEn), ...Object.entries(nlsJa)]) assert.ok(v.trim().length > 0, k);
    });

    it('user-facing manifest strings are placeholders, and the Japanese ones are Japanese', () => {
      assert.equal(pkg.displayName, '%displayName%');
      assert.equal(pkg.description, '%description%');
      for (const c of pkg.contributes.commands) {
        assert.match(c.title, /^%.+%$/, c.command);
        assert.equal(c.category, '%command.category%');
        assert.match(nlsJa[c.title.slice(1, -1)]!, /[\u3040-\u30ff\u4e00-\u9fff]/, `${c.command} has a Japanese title`);
      }
      assert.match(pkg.capabilities.untrustedWorkspaces.description, /^%.+%$/);
      assert.match(pkg.capabilities.virtualWorkspaces.description, /^%.+%$/);
      assert.equal(pkg.l10n, './l10n');
    });
  });

  describe('activation, capabilities, entry points', () => {
    it('activates on Markdown and plain text only (no *, no onCommand)', () => {
      assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    });

    it('identity and engine', () => {
      assert.equal(pkg.name, 'entity-lens');
      assert.equal(pkg.publisher, 'entity-lens');
      assert.equal(pkg.main, './dist/extension.js');
      assert.equal(pkg.engines.vscode, '^1.91.0');
      assert.equal(pkg.bin['entity-lens'], 'dist/cli.js', 'the CLI stays installable');
      const types = pkg.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
      assert.ok(types.startsWith('1.91'), '@types/vscode must not be newer than engines.vscode');
      assert.equal(pkg.scripts['vscode:prepublish'], 'node scripts/build.mjs --production');
      assert.ok(pkg.scripts.package, 'npm run package builds the .vsix');
    });

    it('Restricted Mode is supported in part, with the file-naming settings restricted; virtual workspaces are not', () => {
      const u = pkg.capabilities.untrustedWorkspaces;
      assert.equal(u.supported, 'limited');
      assert.deepEqual(u.restrictedConfigurations, restrictedConfigurations());
      assert.ok(u.restrictedConfigurations.includes('entityLens.datasets'));
      assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
    });

    it('the dataset schema is wired for YAML and JSON datasets, and the files exist', () => {
      assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: ['*.entities.yaml', '*.entities.yml'], url: './schemas/entities.schema.json' }]);
      assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ['*.entities.json'], url: './schemas/entities.schema.json' }]);
      assert.ok(fs.existsSync(path.join(ROOT, 'schemas/entities.schema.json')));
    });

    it('the injection grammar exists and injects into Markdown', () => {
      const [g] = pkg.contributes.grammars;
      const grammar = JSON.parse(read(g.path));
      assert.equal(g.scopeName, 'entity-lens.injection');
      assert.equal(grammar.scopeName, g.scopeName);
      assert.deepEqual(g.injectTo, ['text.html.markdown']);
      assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    });
  });

  describe('commands', () => {
    const commands: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
    const registered = [...extensionSource.matchAll(/registerCommand\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

    it('the expected commands are contributed', () => {
      assert.deepEqual(commands, [
        'entityLens.findEntity',
        'entityLens.showEntityCard',
        'entityLens.checkWorkspace',
        'entityLens.reloadDataset',
        'entityLens.openDatasetEntry',
        'entityLens.showOutput',
        'entityLens.restartServer',
        'entityLens.toggleMentionMarks',
        'entityLens.recordFact',
        'entityLens.newEntity',
        'entityLens.unknownNames',
      ]);
    });

    it('every contributed command is registered in src/extension, and nothing else is', () => {
      assert.deepEqual(commands.filter((c) => !registered.includes(c)), [], 'contributed but not registered');
      assert.deepEqual(registered.filter((c) => !commands.includes(c)), [], 'registered but not contributed');
      assert.equal(new Set(registered).size, registered.length, 'registered once each');
    });

    it('palette entries are gated on entityLens.active, which the extension sets', () => {
      const palette: Array<{ command: string; when: string }> = pkg.contributes.menus.commandPalette;
      assert.deepEqual(palette.map((p) => p.command).sort(), [...commands].sort());
      for (const p of palette) assert.match(p.when, /\bentityLens\.active\b/, p.command);
      assert.match(extensionSource, /setContext['"],\s*['"]entityLens\.active['"],\s*true/);
    });
  });

  describe('.vscodeignore (an allowlist)', () => {
    // vsce's own file collection, run on a scratch tree holding the files the manifest needs and
    // the files that must stay out, so the check does not depend on what has been built.
    const wanted = [
      pkg.main.replace(/^\.\//, ''),
      'dist/server.js',
      'dataset/canonical.entities.yaml',
      pkg.contributes.yamlValidation[0].url.replace(/^\.\//, ''),
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
      `${pkg.l10n.replace(/^\.\//, '')}/bundle.l10n.json`,
      `${pkg.l10n.replace(/^\.\//, '')}/bundle.l10n.ja.json`,
      'media/entityCard.js',
      'media/entityCard.css',
      'package.json',
      'package.nls.json',
      'package.nls.ja.json',
      'README.md',
      'CHANGELOG.md',
    ];
    const unwanted = [
      'dist/extension.js.map',
      'dist/server.js.map',
      'dist/cli.js',
      'dist/entity-lens-0.1.0.vsix',
      'src/extension/extension.ts',
      'src/core/index.ts',
      'test/manifest.test.ts',
      'scripts/build.mjs',
      'node_modules/yaml/index.js',
      'tsconfig.json',
      '.mocharc.json',
      '.scratch/x.ts',
      'examples/notes.md',
      'docs/settings.md',
      'package-lock.json',
    ];

    it('ships what the manifest points to and nothing else', async function () {
      this.timeout(30000);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-vsce-'));
      try {
        for (const f of ['package.json', 'package.nls.json', 'package.nls.ja.json', '.vscodeignore']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
        for (const f of [...wanted, ...unwanted]) {
          fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
          if (!fs.existsSync(path.join(dir, f))) fs.writeFileSync(path.join(dir, f), '');
        }
        const vsce = require('@vscode/vsce') as { listFiles(o: { cwd: string; packageManager: number }): Promise<string[]> };
        const listed = (await vsce.listFiles({ cwd: dir, packageManager: 2 /* PackageManager.None */ })).sort();
        assert.deepEqual(listed, [...new Set(wanted)].sort());
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('every file the manifest points to exists in the repository (or is built into dist/)', () => {
      for (const f of wanted) {
        if (f.startsWith('dist/')) continue;
        assert.ok(fs.existsSync(path.join(ROOT, f)), f);
      }
    });
  });
});
