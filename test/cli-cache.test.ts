// The compiled-dataset cache: the core's export/import (the same state back, nothing thrown on
// junk) and the CLI's cache files (a hit prints exactly what a cold run prints; a changed dataset,
// a damaged file or a folder that cannot be written never changes the output).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { datasetCacheDir, readCacheEntry } from '../src/node/datasetCache';
import { createEntityService } from '../src/core';
import { compileDataset, restoreCompiled } from '../src/core/compiled';
import { loadDatasets } from '../src/core/dataset/load';
import { buildAliasIndex } from '../src/core/recognize/aliasIndex';
import { bundledDatasetText, joinLines, ROOT, runCli as run } from './helpers';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-cache-'));
}

/** The entries under a cache folder (they are kept in its `datasets` folder). */
function cacheFiles(root: string): string[] {
  const dir = path.join(root, 'datasets');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.dataset')).map((n) => path.join(dir, n)) : [];
}

// A dataset with problems of both kinds: a load problem (an unknown property) and an index
// problem (one alias claimed by two entities), plus a fact, a context alias and Japanese names.
const DATASET = joinLines(
  'version: 1',
  'properties:',
  '  headcount: {type: quantity, unit: persons, label: {en: headcount, ja: 人員}, cues: {en: [headcount, staff], ja: [人員]}}',
  'entities:',
  '  - id: acme-corp',
  '    type: organization',
  '    labels: {en: Acme Corporation, ja: アクメ社}',
  '    aliases:',
  '      en:',
  '        - ACME',
  '        - {text: Acme, needsContext: true}',
  '        - Shared Name',
  '    facts:',
  '      - property: headcount',
  '        value: {amount: 240, unit: persons}',
  '        qualifiers: {asOf: 2025-03-24, note: {en: at founding, ja: 発足時}}',
  '        sources: [{document: memo}]',
  '      - {property: unheardOf, value: 3, sources: [{document: memo}]}',
  '  - id: other-corp',
  '    type: organization',
  '    labels: {en: Other Corporation, ja: 他社}',
  '    aliases:',
  '      en: [Shared Name]',
  '',
);
const NOTE = joinLines('# Notes', '', 'Acme Corporation has a headcount of 300 staff.', '', 'ACME and Shared Name met アクメ社 at the JJOC.', '');

describe('compiled datasets (core)', () => {
  it('export then import gives the same dataset, problems and analyses; the entity map stays a Map', () => {
    const inputs = [
      { file: 'canonical.entities.yaml', text: bundledDatasetText() },
      { file: 'extra.entities.yaml', text: DATASET },
    ];
    const cold = createEntityService({ lang: 'en' });
    const problems = cold.loadDatasets(inputs);
    assert.ok(problems.some((p) => p.code === 'dataset.alias-conflict'), JSON.stringify(problems));
    const compiled = cold.exportCompiled();
    assert.ok(compiled, 'the dataset compiles');
    const warm = createEntityService({ lang: 'en' });
    const again = warm.importCompiled(compiled);
    assert.deepEqual(again, problems);
    assert.deepEqual(warm.datasetProblems, cold.datasetProblems);
    const doc = { file: 'note.md', text: NOTE };
    assert.deepEqual(warm.analyze(doc), cold.analyze(doc));
    // What an alias knows besides its text: a Japanese organisation's name before 長官 or after
    // another country's forces, a place after its town, a short form lent context by a longer name.
    for (const [k, text] of [
      '防衛庁長官時代を含め、防衛省は拡大した。',
      '米陸軍の統合作戦司令部と、自衛隊の統合作戦司令部。',
      '名護市辺野古沿岸で工事が進む。',
      'The GSDF trained. The SDF then moved.',
    ].entries()) {
      const note = { file: `alias-${k}.md`, text };
      assert.deepEqual(warm.analyze(note)?.mentions, cold.analyze(note)?.mentions, text);
    }
    assert.deepEqual(warm.findEntities('acme'), cold.findEntities('acme'));
    assert.deepEqual(warm.runDatasetTests(), cold.runDatasetTests());
    // The lazy entity map answers like the loaded one, before and after it is walked.
    const lazy = warm.dataset.entities;
    assert.equal(lazy.size, cold.dataset.entities.size);
    assert.ok(lazy.has('acme-corp') && !lazy.has('no-such-entity'));
    assert.deepEqual(lazy.get('acme-corp'), cold.dataset.entities.get('acme-corp'));
    assert.equal(lazy.get('acme-corp'), lazy.get('acme-corp'), 'one object per entity');
    assert.deepEqual([...lazy.keys()], [...cold.dataset.entities.keys()]);
    assert.deepEqual([...lazy.values()], [...cold.dataset.entities.values()]);
    assert.deepEqual(new Map(lazy), cold.dataset.entities);
    assert.deepEqual(warm.dataset.properties, cold.dataset.properties);
    assert.deepEqual(warm.dataset.tests, cold.dataset.tests);
    assert.deepEqual(warm.dataset.files, cold.dataset.files);
  });

  it('every alias entry comes back as built, each field of it (the bundled dataset and a small one)', () => {
    for (const text of [bundledDatasetText(), DATASET]) {
      const { dataset, problems } = loadDatasets([{ file: 'x.entities.yaml', text }]);
      const index = buildAliasIndex(dataset);
      const compiled = compileDataset(dataset, problems, index, undefined);
      assert.ok(compiled, 'the dataset compiles');
      const restored = restoreCompiled(compiled, undefined);
      assert.ok(restored, 'and restores');
      assert.deepEqual(restored.index.entries, index.entries);
    }
  });

  it('a state for another message language, another format or junk is refused, never thrown', () => {
    const service = createEntityService({ lang: 'en' });
    service.loadDatasets([{ file: 'extra.entities.yaml', text: DATASET }]);
    const compiled = service.exportCompiled()!;
    assert.equal(restoreCompiled(compiled, 'ja'), undefined);
    assert.equal(restoreCompiled({ ...compiled, format: 999 }, 'en'), undefined);
    const junk: unknown[] = [undefined, null, 0, 'x', [], {}, { ...compiled, head: '{' }, { ...compiled, entityEnds: new Int32Array(3) }, { ...compiled, aliases: { ...compiled.aliases, keyEnds: new Int32Array(0) } }];
    for (const j of junk) {
      const s = createEntityService({ lang: 'en' });
      assert.equal(s.importCompiled(j), undefined);
      assert.equal(s.dataset.entities.size, 0, 'nothing changed');
    }
    // A matcher whose fields are not this build's is rebuilt from the keys.
    const s = createEntityService({ lang: 'en' });
    assert.ok(s.importCompiled({ ...compiled, matcher: { bogus: 1 } }));
    assert.deepEqual(s.analyze({ file: 'n.md', text: NOTE }), service.analyze({ file: 'n.md', text: NOTE }));
  });

  it('a restored matcher whose arrays break what scanning relies on is rebuilt, never trusted', () => {
    // Twelve units whose names differ only after "Unit ": a wide node, whose children are hashed.
    const units = 'ABCDEFGHIJKL'.split('').map((c) => `  - {id: unit-${c.toLowerCase()}, type: organization, labels: {en: Unit ${c}}}`);
    const inputs = [{ file: 'canonical.entities.yaml', text: bundledDatasetText() }, { file: 'units.entities.yaml', text: ['version: 1', 'entities:', ...units, ''].join('\n') }];
    const cold = createEntityService({ lang: 'en' });
    cold.loadDatasets(inputs);
    const compiled = cold.exportCompiled()!;
    const fields = compiled.matcher as Record<string, unknown>;
    // "Unit Z" walks to the wide node and asks it for a child it does not have.
    const text = NOTE + '\nUnit C met Unit Z, 統合作戦司令部と在日米軍司令部、JJOC と USFJ。\n';
    const expected = cold.analyze({ file: 'n.md', text })!;
    assert.ok(expected.mentions.some((m) => m.entity === 'unit-c'));
    const copy = <T extends Int32Array | Uint16Array>(a: T, edit: (b: T) => void): T => {
      const b = a.slice() as T;
      edit(b);
      return b;
    };
    const data = fields['data'] as Int32Array;
    const crafted: Array<[string, Record<string, unknown>]> = [
      // No free slot: a probe for a missing child never ends (it looped at 100% CPU).
      ['a full wide table', { wide: copy(fields['wide'] as Int32Array, (w) => w.fill(0)) }],
      // A child before its parent: a walk that never ends.
      ['a child that points back', { data: copy(data, (d) => ((d[3] = 0), (d[4] = 1))) }],
      ['keyword ids out of range', { termIds: copy(fields['termIds'] as Int32Array, (t) => t.fill(1 << 30)) }],
      ['a depth over maxKeyLength', { maxKeyLength: 1 }],
      ['children out of order', { nodeChar: copy(fields['nodeChar'] as Uint16Array, (c) => c.reverse()) }],
    ];
    for (const [what, change] of crafted) {
      const s = createEntityService({ lang: 'en' });
      assert.ok(s.importCompiled({ ...compiled, matcher: { ...fields, ...change } }), what);
      assert.deepEqual(s.analyze({ file: 'n.md', text }), expected, what);
    }
  });

  it('a dataset with a value JSON cannot carry is not compiled', () => {
    const service = createEntityService({ lang: 'en' });
    service.loadDatasets([{ file: 'extra.entities.yaml', text: DATASET }]);
    const entity = service.dataset.entities.get('acme-corp')!;
    (entity.facts[0]!.qualifiers as Record<string, unknown>).odd = Number.NaN;
    assert.equal(service.exportCompiled(), undefined);
  });
});

describe('cli dataset cache', () => {
  let work: string;
  let dataset: string;
  let note: string;
  before(() => {
    work = tempDir();
    dataset = path.join(work, 'extra.entities.yaml');
    note = path.join(work, 'note.md');
    fs.writeFileSync(dataset, DATASET);
    fs.writeFileSync(note, NOTE);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const check = (cache: string[], extra: string[] = []) => run(['check', note, '--dataset', dataset, '--format', 'json', ...extra, ...cache]);

  it('a hit prints byte for byte what a cold run prints, dataset problems included', () => {
    const dir = path.join(tempDir(), 'cache');
    const cold = check(['--no-cache']);
    assert.equal(cold.code, 1, cold.err);
    assert.ok(cold.out.includes('dataset.alias-conflict') && cold.out.includes('fact-conflict'), cold.out);
    const first = check(['--cache-dir', dir]);
    assert.equal(cacheFiles(dir).length, 1, 'the miss wrote one entry');
    const written = fs.statSync(cacheFiles(dir)[0]!);
    const hit = check(['--cache-dir', dir]);
    const after = fs.statSync(cacheFiles(dir)[0]!);
    assert.ok(written.ino === after.ino && written.mtimeMs === after.mtimeMs, 'a hit reads the entry and does not write it again');
    assert.equal(first.out, cold.out);
    assert.equal(hit.out, cold.out);
    assert.equal(hit.code, cold.code);
    assert.equal(hit.err, '');
    // Other commands and output formats read the same entry.
    for (const extra of [['--format', 'sarif'], ['--format', 'text', '--mentions']]) {
      assert.equal(check(['--cache-dir', dir], extra).out, check(['--no-cache'], extra).out);
    }
    const look = (c: string[]) => run(['lookup', 'acme', '--dataset', dataset, '--format', 'json', ...c]);
    assert.equal(look(['--cache-dir', dir]).out, look(['--no-cache']).out);
    const tests = (c: string[]) => run(['test-dataset', dataset, '--format', 'json', ...c]);
    assert.equal(tests(['--cache-dir', dir]).out, tests(['--no-cache']).out);
    // Messages in Japanese are another entry, not the English one.
    const ja = check(['--cache-dir', dir, '--lang', 'ja']);
    assert.equal(ja.out, check(['--no-cache', '--lang', 'ja']).out);
    assert.ok(ja.out.includes('両方の別名'), ja.out);
  });

  it('a changed dataset is loaded anew', () => {
    const dir = path.join(tempDir(), 'cache');
    const file = path.join(work, 'changing.entities.yaml');
    fs.writeFileSync(file, DATASET);
    const before = run(['check', note, '--dataset', file, '--format', 'json', '--cache-dir', dir]);
    fs.writeFileSync(file, DATASET.replace('        - ACME\n', '        - ACME\n        - Notes\n'));
    const after = run(['check', note, '--dataset', file, '--format', 'json', '--cache-dir', dir]);
    const cold = run(['check', note, '--dataset', file, '--format', 'json', '--no-cache']);
    assert.notEqual(after.out, before.out);
    assert.equal(after.out, cold.out);
    assert.ok(after.out.includes('"text": "Notes"'), after.out);
    assert.equal(cacheFiles(dir).length, 2);
  });

  it('a damaged or foreign cache file is ignored and rewritten', () => {
    const dir = path.join(tempDir(), 'cache');
    const cold = check(['--no-cache']);
    check(['--cache-dir', dir]);
    const [entry] = cacheFiles(dir);
    assert.ok(entry);
    const good = fs.readFileSync(entry);
    const damaged: Buffer[] = [
      Buffer.from('not a cache file'),
      Buffer.alloc(0),
      good.subarray(0, good.length >> 1),
      (() => {
        const b = Buffer.from(good);
        b[b.length - 100] = b[b.length - 100]! ^ 0x55;
        return b;
      })(),
      (() => {
        const b = Buffer.from(good);
        b[70] = b[70]! ^ 0x01;
        return b;
      })(),
    ];
    for (const bytes of damaged) {
      fs.writeFileSync(entry, bytes);
      const r = check(['--cache-dir', dir]);
      assert.equal(r.out, cold.out);
      assert.equal(r.err, '');
      assert.deepEqual(fs.readFileSync(entry), good, 'rewritten');
    }
    // An entry under another key's name (copied over) is not used for this one.
    assert.equal(readCacheEntry(entry, '0'.repeat(64)), undefined);
    assert.notEqual(readCacheEntry(entry, path.basename(entry, '.dataset')), undefined);
  });

  it('a cache folder that cannot be made or written still gives the same output', () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    const cold = check(['--no-cache']);
    const r = check(['--cache-dir', path.join(blocker, 'cache')]);
    assert.equal(r.out, cold.out);
    assert.equal(r.err, '');
    assert.equal(fs.readFileSync(blocker, 'utf8'), 'x');
  });

  it('the cache folder: flags, environment, the user cache folder; never for sources run unbuilt', () => {
    const env = { XDG_CACHE_HOME: path.resolve('/var/cache-home'), ENTITY_LENS_CACHE_DIR: '' };
    assert.equal(datasetCacheDir({ noCache: true, cacheDir: '/x', built: true }, env), undefined);
    assert.equal(datasetCacheDir({ cacheDir: '/x', built: false }, env), path.join(path.resolve('/x'), 'datasets'));
    assert.equal(datasetCacheDir({ built: false }, { ENTITY_LENS_CACHE_DIR: '/y' }), path.join(path.resolve('/y'), 'datasets'));
    assert.equal(datasetCacheDir({ built: false }, env), undefined);
    assert.equal(datasetCacheDir({ built: true }, env), path.join(path.resolve('/var/cache-home'), 'entity-lens', 'datasets'));
    assert.equal(datasetCacheDir({ built: true }, { XDG_CACHE_HOME: 'relative' }), path.join(os.homedir(), '.cache', 'entity-lens', 'datasets'));
  });

  it('the built program: a second run reads the cache, prints the same, and --no-cache writes nothing', function () {
    this.timeout(60000);
    const bin = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(bin)) this.skip();
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const dir = path.join(tempDir(), 'cache');
    const env = { ...process.env, ENTITY_LENS_CACHE_DIR: dir };
    const args = [bin, 'check', note, '--dataset', dataset, '--format', 'json'];
    const none = spawnSync(process.execPath, [...args, '--no-cache'], { encoding: 'utf8', env });
    assert.equal(cacheFiles(dir).length, 0);
    const first = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    assert.equal(cacheFiles(dir).length, 1);
    const second = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    assert.equal(first.status, none.status, first.stderr);
    assert.equal(first.stdout, none.stdout);
    assert.equal(second.stdout, none.stdout);
    assert.equal(second.stderr, '');
    // Without a folder given: $XDG_CACHE_HOME/entity-lens, and nothing next to the note or dataset.
    {
      const xdg = tempDir();
      const listing = () => fs.readdirSync(work).sort();
      const before = listing();
      const env2 = { ...process.env, XDG_CACHE_HOME: xdg, ENTITY_LENS_CACHE_DIR: '' };
      const third = spawnSync(process.execPath, args, { encoding: 'utf8', env: env2, cwd: work });
      assert.equal(third.stdout.replaceAll(work + path.sep, '').length > 0, true);
      assert.equal(cacheFiles(path.join(xdg, 'entity-lens')).length, 1);
      assert.deepEqual(listing(), before, 'nothing written next to the documents');
    }
  });
});
