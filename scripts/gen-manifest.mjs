// Rewrites the parts of the extension manifest that are generated from SETTINGS in
// src/core/config.ts: package.json `contributes.configuration` and the restricted settings,
// the `config.*` keys of package.nls.json and package.nls.ja.json, and docs/settings.md.
// Run with `node scripts/gen-manifest.mjs` (it loads the TypeScript through tsx) or
// `npx tsx scripts/gen-manifest.mjs`. `--check` writes nothing and exits 1 when a file is stale.
import { tsImport } from 'tsx/esm/api';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generate, FILES } = await tsImport('./manifestGen.ts', import.meta.url);

const read = (rel) => readFileSync(join(root, rel), 'utf8');
const next = generate({ packageJson: read(FILES.packageJson), nlsEn: read(FILES.nlsEn), nlsJa: read(FILES.nlsJa) });
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, rel] of Object.entries(FILES)) {
  let before = '';
  try {
    before = read(rel);
  } catch {
    // A missing file (docs/settings.md on a fresh checkout) is simply written.
  }
  if (before === next[name]) continue;
  stale++;
  if (check) {
    console.error(`${rel} is out of date with src/core/config.ts`);
  } else {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), next[name]);
    console.log(`wrote ${rel}`);
  }
}
if (stale === 0) console.log('manifest is up to date');
if (check && stale > 0) process.exitCode = 1;
