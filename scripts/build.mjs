// Bundles the CLI, the language server and the VS Code client with esbuild: one command, three
// entry points (an entry whose source does not exist yet is skipped). `--production` minifies;
// otherwise sourcemaps are emitted for debugging.
import { build } from 'esbuild';
import { readFileSync, chmodSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const entries = {
  cli: 'src/cli/main.ts',
  server: 'src/server/main.ts',
  extension: 'src/extension/extension.ts',
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: { ENTITY_LENS_VERSION: JSON.stringify(pkg.version) },
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
});

// The CLI runs as a program: give it a shebang line and the executable bit.
const cli = 'dist/cli.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(cli, '#!/usr/bin/env node\n' + text);
}
chmodSync(cli, 0o755);
