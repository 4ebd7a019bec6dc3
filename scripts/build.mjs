// Bundles the CLI, the language server and the VS Code client with esbuild: one command, three
// entry points (an entry whose source does not exist yet is skipped). `--production` minifies;
// otherwise sourcemaps are emitted for debugging.
import { build } from 'esbuild';
import { readFileSync, chmodSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const entries = {
  cli: 'src/cli/main.ts',
  launch: 'src/cli/launch.ts',
  server: 'src/server/main.ts',
  extension: 'src/extension/extension.ts',
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

// The CLI loads only what a command needs: the language server (`entity-lens lsp`) and remark (a
// note that is not plain Markdown) stay out of dist/cli-main.js, which requires dist/server.js and
// dist/cli-remark.js when first needed (compiling the program is most of a one-note check).
const CLI_CHUNKS = [
  { importer: 'src/cli/main.ts', spec: '../server/server', file: './server.js' },
  { importer: 'src/core/markdown/prose.ts', spec: './remark', file: './cli-remark.js' },
];
const cliChunks = {
  name: 'cli-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/(?:server\/server|remark)$/ }, (args) => {
      const chunk = CLI_CHUNKS.find((c) => c.spec === args.path && args.importer.replace(/\\/g, '/').endsWith(c.importer));
      return chunk ? { path: chunk.file, external: true } : undefined;
    });
  },
};

const options = {
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
};
// dist/cli.js, the command, is a small launcher (src/cli/launch.ts) that runs the program,
// dist/cli-main.js, through V8's code cache (src/node/codeCache.ts).
const { cli: cliEntry, launch: launchEntry, ...others } = entryPoints;
await Promise.all([
  build({ ...options, entryPoints: others }),
  cliEntry && build({ ...options, entryPoints: { 'cli-main': cliEntry, 'cli-remark': 'src/core/markdown/remark.ts' }, plugins: [cliChunks] }),
  launchEntry && build({ ...options, entryPoints: { cli: launchEntry } }),
]);

// The CLI runs as a program: give it a shebang line and the executable bit.
const cli = 'dist/cli.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(cli, '#!/usr/bin/env node\n' + text);
}
chmodSync(cli, 0o755);
