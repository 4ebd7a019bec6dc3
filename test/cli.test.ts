// The CLI end to end: in-process through execute() for most cases, and once as a real process
// through the built bin, the way CI jobs call it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { itWithShared, runCli as run, ROOT } from './helpers';

function tmpFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('cli check', () => {
  it('reports the planted conflicts in examples/ as JSON per the contract, exit 1', () => {
    const r = run(['check', path.join(ROOT, 'examples'), '--format', 'json']);
    assert.equal(r.code, 1, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc.version, 1);
    const files = doc.files.map((f: { path: string }) => f.path);
    assert.ok(files.some((p: string) => p.endsWith('.md')) && files.some((p: string) => p.endsWith('.txt')));
    const conflicts = doc.files.flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics.filter((d) => d.code === 'fact-conflict'));
    assert.ok(conflicts.length >= 2, JSON.stringify(conflicts));
    for (const c of conflicts) {
      assert.equal(typeof c.entity, 'string');
      assert.equal(typeof c.property, 'string');
      assert.equal(typeof c.found, 'string');
      assert.ok(Array.isArray(c.expected) && c.expected.length > 0);
      assert.ok(c.range.start.line >= 0 && c.range.end.character >= 0);
    }
    const personnel = conflicts.find((c: { entity: string; property: string }) => c.entity === 'jjoc' && c.property === 'personnel');
    assert.ok(personnel, 'the JJOC personnel conflict');
    assert.deepEqual(personnel.expected, ['240']);
    for (const f of doc.files) {
      for (const m of f.mentions) assert.deepEqual(Object.keys(m).slice(0, 3), ['entity', 'text', 'range']);
    }
  });

  itWithShared('seeds', 'finds the key entities in the seed documents and raises no conflict there', (seeds) => {
    const r = run(['check', seeds, '--format', 'json']);
    const doc = JSON.parse(r.out);
    const entities = new Set<string>(doc.files.flatMap((f: { mentions: Array<{ entity: string }> }) => f.mentions.map((m) => m.entity)));
    for (const id of ['jjoc', 'jmod', 'jsdf', 'usfj', 'usfk', 'indopacom', 'kenichiro-nagumo', 'tateki-tawara', 'gen-nakatani', 'pete-hegseth', 'lloyd-austin', 'minoru-kihara', 'north-kanto-defense-bureau', 'akasaka-press-center', 'futenma', 'henoko', 'dicas', 'amraam', 'foip']) {
      assert.ok(entities.has(id), `${id} is found in the seeds`);
    }
    const conflicts = doc.files.flatMap((f: { path: string; diagnostics: Array<{ code: string; message: string }> }) => f.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => `${f.path}: ${d.message}`));
    assert.deepEqual(conflicts, []);
  });

  it('exits 0 on a clean file and prints a stylish summary', () => {
    const file = tmpFile('ok.md', 'The JJOC has 240 personnel.\n');
    const r = run(['check', file]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /✔ 0 problems/);
    assert.match(r.out, /jjoc ×1/);
  });

  it('exits 2 with a one-line reason for a missing path or a bad option', () => {
    const missing = run(['check', '/no/such/place']);
    assert.equal(missing.code, 2);
    assert.equal(missing.err.trim().split('\n').length, 1);
    assert.match(missing.err, /no such file or folder/);
    const bad = run(['check', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format "xml"/);
  });

  it('adds --dataset files on top of the bundled one, and reports their problems with a line', () => {
    const ds = tmpFile('extra.entities.yaml', 'version: 1\nentities:\n  - id: jjoc\n    facts:\n      - property: personnel\n        value: 300\n  - id: BAD ID\n    type: organization\n');
    const doc = tmpFile('n.md', 'The JJOC has 300 personnel.\n');
    const r = run(['check', doc, '--dataset', ds, '--format', 'json']);
    const out = JSON.parse(r.out);
    const datasetFile = out.files.find((f: { path: string }) => f.path.endsWith('extra.entities.yaml'));
    assert.ok(datasetFile, 'the dataset file has an entry with its problems');
    assert.ok(datasetFile.diagnostics.some((d: { range: { start: { line: number } } }) => d.range.start.line === 6), JSON.stringify(datasetFile.diagnostics));
    const note = out.files.find((f: { path: string }) => f.path.endsWith('n.md'));
    assert.deepEqual(note.diagnostics.filter((d: { code: string }) => d.code === 'fact-conflict'), [], 'personnel 300 is now right');
  });

  it('writes SARIF 2.1.0 with rules, UTF-16 columns, fingerprints and fixes', () => {
    const file = tmpFile('s.md', '𠮷 The JJOC has 300 personnel.\n');
    const r = run(['check', file, '--format', 'sarif']);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run0.tool.driver.rules.map((x: { id: string }) => x.id), ['fact-conflict']);
    const result = run0.results[0];
    assert.equal(result.ruleId, 'fact-conflict');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 17, endLine: 1, endColumn: 20 });
    assert.match(result.partialFingerprints['entityLens/v1'], /^[0-9a-f]{32}$/);
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '240');
  });
});

describe('cli lookup and test-dataset', () => {
  it('finds 在日米軍 by USFJ and the JJOC by its Japanese name', () => {
    const en = run(['lookup', 'USFJ']);
    assert.equal(en.code, 0);
    assert.match(en.out, /在日米軍/);
    const ja = JSON.parse(run(['lookup', '統合作戦司令部', '--format', 'json']).out);
    assert.equal(ja.entities[0].id, 'jjoc');
    assert.ok(ja.entities[0].facts.some((f: { property: string }) => f.property === 'personnel'));
    assert.equal(run(['lookup', 'zzzz-nothing']).code, 1);
  });

  it('runs the bundled dataset tests, and fails a dataset whose test fails', () => {
    const ok = run(['test-dataset']);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /\d+ passed, 0 failed/);
    const ds = tmpFile('t.entities.yaml', 'version: 1\ntests:\n  - text: The JJOC has 240 personnel.\n    conflicts: [{entity: jjoc, property: personnel}]\n');
    const bad = run(['test-dataset', ds]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /✖ The JJOC has 240 personnel\./);
  });
});

describe('cli as a process', () => {
  it('runs the built bin', function () {
    const bin = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(bin)) this.skip(); // npm test builds first; a bare mocha run may not have.
    const r = spawnSync(process.execPath, [bin, 'check', path.join(ROOT, 'examples'), '--format', 'json'], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).version, 1);
  });

  it('loads remark only for a note that needs it, and not the language server', function () {
    const bin = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(bin)) this.skip();
    // A preloaded script lists the program files the process loaded.
    const hook = tmpFile('loaded.cjs', "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache))));");
    const loaded = (note: string) => {
      const r = spawnSync(process.execPath, ['--require', hook, bin, 'check', tmpFile('note.md', note), '--format', 'json'], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      const files = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('LOADED ') + 7)) as string[];
      return files.filter((f) => f.startsWith(path.join(ROOT, 'dist'))).map((f) => path.basename(f));
    };
    assert.deepEqual(loaded('# Note\n\nThe JJOC has *300* personnel, says [the report](https://example.org).\n').sort(), ['cli-main.js', 'cli.js']);
    assert.deepEqual(loaded('The JJOC has 300 personnel.\n\n<b>snake_case</b>\n').sort(), ['cli-main.js', 'cli-remark.js', 'cli.js']);
  });
});

describe('cli sarif against the official schema', () => {
  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    // The schema ships in @microsoft/jest-sarif; it is draft-04, hence ajv-draft-04.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv04 = require('ajv-draft-04');
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const r = run(['check', path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'ambiguous-alias'), '--dataset', path.join(ROOT, 'test', 'fixtures', 'ambiguous-alias', 'dataset.yaml'), '--format', 'sarif']);
    const sarif = JSON.parse(r.out);
    assert.ok(sarif.runs[0].results.length >= 3, 'several kinds of result');
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.ok(!validate({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ level: 'loud' }] }] }), 'the validator rejects a broken log');
  });
});
