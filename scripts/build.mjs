// Bundles the CLI (and later the language server and the VS Code client) with esbuild.
// `--production` minifies; otherwise sourcemaps are emitted for debugging.
import { build } from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  define: { ENTITY_LENS_VERSION: JSON.stringify(pkg.version) },
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
