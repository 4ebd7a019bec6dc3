// Provenance: each quote must still stand in the document it cites. The core's check over an
// in-memory reader (folding, ranges, web sources, budgets), then the CLI over files on disk
// (`test-dataset` and `check --dataset`), and the bundled dataset, which reports neither code.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkProvenance, createEntityService, FoldedDocument } from '../../src/core';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { runCli } from '../helpers';
import { published, startServer, uriOf, workspace } from '../hostile/helpers';

const DATASET = [
  'version: 1',
  'properties:',
  '  staff: {type: quantity, unit: persons, cues: {en: [staff]}}',
  'entities:',
  '  - id: blue-harbor',
  '    type: organization',
  '    labels: {en: Blue Harbor Unit}',
  '    facts:',
  '      - property: staff',
  '        value: 50',
  '        sources:',
  '          - {document: memo.md, quote: "The unit has ５０ staff members"}', // full-width digits, wrapped in the memo
  '          - {document: memo.md, quote: "The unit has 60 staff members"}', // not in the memo
  '          - {document: gone.md, quote: "anything"}', // no such document
  '          - {document: A web page, url: "https://example.org/page", quote: "not looked up"}',
  '          - gone-too.md',
  '',
].join('\n');
const MEMO = '# Memo\n\nSince April, the\nunit has 50 STAFF   members.\n';

describe('provenance (core)', () => {
  const load = () => {
    const service = createEntityService({ lang: 'en' });
    service.loadDatasets([{ file: 'd.entities.yaml', text: DATASET }]);
    return service.dataset;
  };

  it('finds a quote folded as recognition folds, and maps it back to the original text', () => {
    const doc = new FoldedDocument(MEMO);
    const at = doc.find('the unit has ５０ staff members')!;
    assert.equal(MEMO.slice(at.start, at.end), 'the\nunit has 50 STAFF   members');
    assert.equal(doc.find('the unit has 60 staff'), undefined);
    assert.equal(doc.find('   '), undefined, 'an empty quote stands nowhere');
  });

  it('reports a missing quote at the quote and a missing document at the document; web sources are not looked up', () => {
    const asked: string[] = [];
    const problems = checkProvenance(load(), new Set(['d.entities.yaml']), (file, document) => {
      asked.push(`${file} ${document}`);
      return document === 'memo.md' ? MEMO : null;
    });
    const brief = problems.map((p) => `${p.code}@${p.range!.start.line + 1}:${p.range!.start.character + 1} ${p.actual}`);
    assert.deepEqual(brief, [
      'dataset.source-quote-missing@13:40 The unit has 60 staff members',
      'dataset.source-missing@14:24 gone.md',
      'dataset.source-missing@16:13 gone-too.md',
    ]);
    assert.deepEqual(problems.map((p) => p.severity), ['warning', 'info', 'info']);
    assert.deepEqual(asked.sort(), ['d.entities.yaml gone-too.md', 'd.entities.yaml gone.md', 'd.entities.yaml memo.md'], 'each document read once, the web page never');
  });

  it('a document the host will not read (over its budget, not text) is not judged', () => {
    assert.deepEqual(checkProvenance(load(), new Set(['d.entities.yaml']), () => undefined), []);
    assert.deepEqual(checkProvenance(load(), new Set(['other.yaml']), () => null), [], 'only the files asked for');
  });
});

describe('provenance (CLI)', () => {
  let root: string;
  before(() => {
    root = workspace('provenance', { 'data/d.entities.yaml': DATASET, 'data/memo.md': MEMO, 'outside.md': MEMO, 'note.md': 'The Blue Harbor Unit has 50 staff.\n' });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('test-dataset reports both codes at their lines and fails on the missing quote', () => {
    const r = runCli(['test-dataset', path.join(root, 'data', 'd.entities.yaml')]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /✖ .*d\.entities\.yaml:13:40 This quote does not stand in "memo\.md".*\(dataset\.source-quote-missing\)/);
    assert.match(r.out, /ℹ .*d\.entities\.yaml:14:24 The source document "gone\.md" is not found.*\(dataset\.source-missing\)/);
  });

  it('check --dataset reports them with the dataset, in JSON too', () => {
    const before = process.cwd();
    process.chdir(root);
    try {
      const r = runCli(['check', 'note.md', '--dataset', 'data/d.entities.yaml', '--format', 'json']);
      const report = JSON.parse(r.out) as { files: Array<{ path: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }> };
      const dataset = report.files.find((f) => f.path === 'data/d.entities.yaml')!;
      assert.deepEqual(dataset.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`).sort(), ['dataset.source-missing@14', 'dataset.source-missing@16', 'dataset.source-quote-missing@13']);
    } finally {
      process.chdir(before);
    }
  });

  it('a document outside the dataset folder and the working folder is not read', () => {
    const escaped = DATASET.replace('{document: memo.md, quote: "The unit has ５０', '{document: ../../outside.md, quote: "The unit has ５０');
    const dir = workspace('provenance-escape', { 'a/b/d.entities.yaml': escaped });
    try {
      const before = process.cwd();
      process.chdir(path.join(dir, 'a'));
      try {
        const r = runCli(['test-dataset', 'b/d.entities.yaml']);
        assert.match(r.out, /The source document "\.\.\/\.\.\/outside\.md" is not found/);
      } finally {
        process.chdir(before);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the bundled dataset reports neither code, alone or with a user dataset', () => {
    const t = runCli(['test-dataset']);
    assert.doesNotMatch(t.out, /source-(quote-)?missing/);
    const c = runCli(['check', path.join(root, 'note.md'), '--format', 'json']);
    assert.doesNotMatch(c.out, /source-(quote-)?missing/);
    const both = JSON.parse(runCli(['check', path.join(root, 'note.md'), '--dataset', path.join(root, 'data', 'd.entities.yaml'), '--format', 'json']).out) as { files: Array<{ path: string; diagnostics: Array<{ code: string }> }> };
    const flagged = both.files.filter((f) => f.diagnostics.some((d) => /source-(quote-)?missing/.test(d.code))).map((f) => path.basename(f.path));
    assert.deepEqual(flagged, ['d.entities.yaml']);
  });
});

describe('provenance (language server)', function () {
  this.timeout(60_000);

  it('publishes both codes on the dataset, and the hover links a source to its quote, selected', async () => {
    const root = workspace('provenance-lsp', { 'data/d.entities.yaml': DATASET, 'data/memo.md': MEMO, 'note.md': 'The Blue Harbor Unit has 50 staff.\n' });
    const c = await startServer(root, 'note.md');
    try {
      const problems = await published(c, path.join(root, 'data', 'd.entities.yaml'), (d) => d.some((x) => x.code === 'dataset.source-quote-missing'));
      assert.deepEqual(problems.map((d) => `${d.code}@${d.range.start.line + 1}`).sort(), ['dataset.source-missing@14', 'dataset.source-missing@16', 'dataset.source-quote-missing@13']);
      // The bundled dataset's sources are not looked up (one of them has no address, no file here).
      const bundled = [...c.diagnostics.entries()].filter(([uri]) => uri.endsWith('canonical.entities.yaml')).flatMap(([, list]) => list.at(-1)?.diagnostics ?? []);
      assert.deepEqual(bundled.filter((d) => /source/.test(String(d.code))), []);
      await c.open(path.join(root, 'note.md'));
      const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(path.join(root, 'note.md')) }, position: { line: 0, character: 6 } });
      const value = (hover.contents as MarkupContent).value;
      // "the\nunit has 50 STAFF   members" stands at line 3, column 14 to line 4, column 28 (1-based).
      assert.ok(value.includes(`(${uriOf(path.join(root, 'data', 'memo.md'))}#L3,14-L4,28)`), value);
      assert.ok(value.includes('(https://example.org/page)'), 'a web source links to its page');
    } finally {
      await c.dispose();
    }
  });
});
