// Builds the VS Code extension package: `vsce package` (which runs `vscode:prepublish`, the
// production build) into dist/entity-lens-<version>.vsix, then lists what went in and fails if a
// file the manifest points to is missing or a sourcemap slipped in.
//
// --no-dependencies: the bundles carry every dependency, so node_modules stays out.
// --allow-missing-repository, --skip-license: the package has no public repository URL and the
// repository no LICENSE file yet (package.json says MIT).
// --no-rewrite-relative-links: README links stay relative (vsce would need a repository URL).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const out = join('dist', `${pkg.name}-${pkg.version}.vsix`);

mkdirSync(join(root, 'dist'), { recursive: true });
const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

/** File names in a zip, from its central directory. */
function zipEntries(buffer) {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${out} is not a zip file`);
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`${out}: bad central directory`);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    names.push(buffer.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const names = zipEntries(readFileSync(join(root, out)));
const files = names.filter((n) => n.startsWith('extension/'));
const required = [
  pkg.main,
  'dist/server.js',
  'dataset/canonical.entities.yaml',
  ...(pkg.contributes?.yamlValidation ?? []).map((v) => v.url),
  ...(pkg.contributes?.grammars ?? []).map((g) => g.path),
  `${pkg.l10n}/bundle.l10n.json`,
  `${pkg.l10n}/bundle.l10n.ja.json`,
  'package.nls.json',
  'package.nls.ja.json',
  'media/entityCard.js',
  'media/entityCard.css',
].map((p) => 'extension/' + p.replace(/^\.\//, ''));
const missing = required.filter((r) => !files.includes(r));
const unwanted = files.filter((f) => f.endsWith('.map') || f.includes('/node_modules/') || f.startsWith('extension/src/') || f.startsWith('extension/test/'));

console.log(`\n${out}: ${(statSync(join(root, out)).size / 1024).toFixed(1)} KB, ${files.length} files in extension/ (${names.length} zip entries)`);
for (const f of files) console.log(`  ${f}`);
if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
if (unwanted.length) console.error(`should not be in the package: ${unwanted.join(', ')}`);
if (missing.length || unwanted.length) process.exitCode = 1;
