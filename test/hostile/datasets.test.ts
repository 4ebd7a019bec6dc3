// Broken datasets, fed to the CLI (in-process) and to the language server (one server for all of
// them: each broken file sits in the same workspace). Each gives its problem at the right line
// of its own file, the good entities of the same file keep working, and the server keeps serving.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentMentionsResult, SearchEntitiesResult } from '../../src/server/protocol';
import { ensureBuilt, type TestClient } from '../server/harness';
import { brief, checkJson, fileOf, published, SHIFT_JIS_HARBOR, startServer, workspace, type JsonReport } from './helpers';

const y = (...lines: string[]) => lines.join('\n') + '\n';

/** Each case: a dataset file, the problems it must give (`code@line`, 0-based), the names that must still be found. */
interface Case {
  file: string;
  content: string | Uint8Array;
  problems: string[];
  found: string[];
}

const BOMB = [
  '    readings:',
  '      x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 9 }, (_, k) => `      x${k + 1}: &a${k + 1} [${Array(10).fill(`*a${k}`).join(', ')}]`),
  '    aliases:',
  '      en: *a9',
];

const CASES: Case[] = [
  {
    file: 'syntax.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: syntax-ok', '    type: organization', '    labels: {en: Syntax Harbor Unit}', '  - id: syntax-bad', '    type: organization', '    description: a: b'),
    // The YAML error, and what the recovered value then looks like (a language tag `a`).
    problems: ['dataset.yaml-syntax@7', 'dataset.schema@7'],
    found: ['syntax-ok'],
  },
  {
    file: 'types.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: types-ok', '    type: organization', '    labels: {en: Types Harbor Unit}', '  - id: types-bad', '    type: [not, a, string]', '    labels: 42'),
    // The wrong `type`, the wrong `labels`, and the entity left without a type.
    problems: ['dataset.schema@5', 'dataset.schema@6', 'dataset.schema@7'],
    found: ['types-ok'],
  },
  {
    file: 'unknown.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: unknown-ok', '    type: organization', '    colour: blue', '    labels: {en: Unknown Harbor Unit}', '    facts:', '      - property: wingspan', '        value: 3'),
    problems: ['dataset.unknown-field@4', 'dataset.unknown-property@7'],
    found: ['unknown-ok'],
  },
  {
    file: 'duplicate.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: dup-unit', '    type: organization', '    labels: {en: Duplicate Harbor Unit}', '  - id: dup-unit', '    type: organization', '    labels: {en: Second Duplicate Unit}'),
    problems: ['dataset.duplicate-id@5'],
    found: ['dup-unit'],
  },
  {
    file: 'references.entities.yaml',
    content: y(
      'version: 1',
      'properties:',
      '  parentUnit: {type: entity, label: {en: parent unit}, cues: {en: [parent unit]}}',
      'entities:',
      '  - id: cycle-a',
      '    type: organization',
      '    labels: {en: Cycle Alpha Unit}',
      '    facts: [{property: parentUnit, value: cycle-b}]',
      '  - id: cycle-b',
      '    type: organization',
      '    labels: {en: Cycle Bravo Unit}',
      '    facts: [{property: parentUnit, value: cycle-a}]',
      '  - id: dangling',
      '    type: organization',
      '    labels: {en: Dangling Harbor Unit}',
      '    facts:',
      '      - property: parentUnit',
      '        value: nobody-here',
      '  - id: loop-unit',
      '    type: organization',
      '    labels: {en: Loop Harbor Unit}',
      '    aliases: &cyc {en: [LHU, *cyc]}',
    ),
    // A dangling entity reference; a YAML alias that contains itself.
    problems: ['dataset.unknown-entity@17', 'dataset.yaml-syntax@21', 'dataset.empty-alias@21'],
    found: ['cycle-a', 'cycle-b', 'dangling', 'loop-unit'],
  },
  {
    file: 'shared.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: shared-one', '    type: organization', '    labels: {en: Shared Harbor One}', '    aliases: {en: [SHU]}', '  - id: shared-two', '    type: organization', '    labels: {en: Shared Harbor Two}', '    aliases: {en: [SHU]}'),
    problems: ['dataset.alias-conflict@9'],
    found: ['shared-one', 'shared-two'],
  },
  {
    file: 'empty-alias.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: empty-alias-unit', '    type: organization', '    labels: {en: Empty Alias Harbor Unit}', "    aliases: {en: ['', '   ', EAHU]}"),
    problems: ['dataset.empty-alias@5', 'dataset.empty-alias@5'],
    found: ['empty-alias-unit'],
  },
  {
    file: 'bomb.entities.yaml',
    content: y('version: 1', 'entities:', '  - id: laughs-ok', '    type: organization', '    labels: {en: Laughs Harbor Unit}', '  - id: laughs-bomb', '    type: organization', ...BOMB),
    // The readings are lists under keys that are no language tags (two schema errors a line);
    // expanding `*a9` stops at the alias budget.
    problems: [...Array.from({ length: 10 }, (_, k) => [`dataset.schema@${8 + k}`, `dataset.schema@${8 + k}`]).flat(), 'dataset.yaml-syntax@19'],
    found: ['laughs-ok'],
  },
  {
    file: 'latin1.entities.yaml',
    content: Buffer.from(y('version: 1', 'entities:', '  - id: latin-unit', '    type: organization', '    labels: {en: Café Harbor Unit}'), 'latin1'),
    problems: ['dataset.not-utf8@4'],
    found: [],
  },
  {
    file: 'sjis.entities.yaml',
    content: Buffer.concat([Buffer.from(y('version: 1', 'entities:', '  - id: sjis-unit', '    type: organization') + '    labels: {ja: '), SHIFT_JIS_HARBOR, Buffer.from('}\n')]),
    problems: ['dataset.not-utf8@4'],
    found: [],
  },
  {
    // Regular-expression syntax in aliases and cues is matched literally.
    file: 'regex.entities.yaml',
    content: y(
      'version: 1',
      'properties:',
      '  crewSize: {type: quantity, unit: persons, label: {en: crew size}, cues: {en: ["crew.*size(", "\\\\d+ crew"]}}',
      'entities:',
      '  - id: regex-dot',
      '    type: organization',
      "    labels: {en: 'a.b*c('}",
      '    facts: [{property: crewSize, value: 12}]',
      '  - id: regex-class',
      '    type: organization',
      "    labels: {en: '[x]'}",
      '  - id: regex-digits',
      '    type: organization',
      "    labels: {en: '\\d+ Unit'}",
    ),
    problems: [],
    found: ['regex-dot', 'regex-class', 'regex-digits'],
  },
];

const NOTE = [
  '# Harbor notes',
  '',
  'Syntax Harbor Unit, Types Harbor Unit, Unknown Harbor Unit and Duplicate Harbor Unit met.',
  '',
  'Cycle Alpha Unit, Cycle Bravo Unit and Dangling Harbor Unit too; SHU was there.',
  '',
  'Empty Alias Harbor Unit (EAHU) and Laughs Harbor Unit, Café Harbor Unit and 統合港湾部隊 as well.',
  '',
  'Loop Harbor Unit (LHU) closes the list.',
  '',
].join('\n');

/** Plain text (in Markdown, `*` would be emphasis): regular-expression syntax as names and cues. */
const REGEX_NOTE = ['Then a.b*c( and [x] and \\d+ Unit arrived; the a.b*c( crew.*size( is 30.', '', 'Literally not: abbbc, aXb*c(, x, 42 Unit, ab*c(, crewsize.', ''].join('\n');

const EXPECTED_IDS = new Set(CASES.flatMap((c) => c.found));

function problemsOf(report: JsonReport, file: string): string[] {
  return fileOf(report, file).diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
}

describe('hostile datasets', function () {
  this.timeout(60000);
  let root: string;

  before(() => {
    ensureBuilt();
    root = workspace('datasets', { 'notes/harbor.md': NOTE, 'notes/regex.txt': REGEX_NOTE, ...Object.fromEntries(CASES.map((c) => [c.file, c.content])) });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('through the CLI', () => {
    let run: ReturnType<typeof checkJson>;
    before(() => {
      run = checkJson(['notes', ...CASES.flatMap((c) => ['--dataset', c.file])], root);
    });

    for (const c of CASES) {
      it(`${c.file}: ${c.problems.join(', ') || 'no problem'}`, () => {
        if (c.problems.length === 0) assert.ok(!run.report.files.some((f) => f.path === c.file) || problemsOf(run.report, c.file).length === 0);
        else assert.deepEqual(problemsOf(run.report, c.file), [...c.problems].sort());
      });
    }

    it('says which file is not UTF-8 and where, and loads nothing from it', () => {
      const d = fileOf(run.report, 'latin1.entities.yaml').diagnostics[0]!;
      assert.equal(d.severity, 'error');
      assert.match(d.message, /latin1\.entities\.yaml is not UTF-8 \(the first invalid byte is at line 5, column 21\)/);
      assert.deepEqual(d.range.start, { line: 4, character: 20 });
      const sjis = fileOf(run.report, 'sjis.entities.yaml').diagnostics[0]!;
      assert.deepEqual(sjis.range.start, { line: 4, character: 17 });
    });

    it('the rest of every file keeps working; literal names only', () => {
      const note = fileOf(run.report, 'notes/harbor.md');
      const ids = new Set([...note.mentions, ...fileOf(run.report, 'notes/regex.txt').mentions].flatMap((m) => m.candidates ?? [m.entity]));
      for (const id of EXPECTED_IDS) assert.ok(ids.has(id), `${id} is found; found ${[...ids].join(', ')}`);
      assert.ok(!ids.has('latin-unit') && !ids.has('sjis-unit'), 'nothing from a file that is not UTF-8');
      const shu = note.mentions.find((m) => m.text === 'SHU')!;
      assert.deepEqual(shu.candidates, ['shared-one', 'shared-two']);
      // Regular-expression characters match only themselves.
      const regex = fileOf(run.report, 'notes/regex.txt');
      assert.deepEqual(
        regex.mentions.map((m) => m.text),
        ['a.b*c(', '[x]', '\\d+ Unit', 'a.b*c('],
      );
      const conflict = regex.diagnostics.find((d) => d.code === 'fact-conflict');
      assert.equal(conflict?.found, '30', 'the literal cue "crew.*size(" announces the crew size');
      assert.equal(run.code, 1);
    });
  });

  describe('through the language server', () => {
    let c: TestClient;
    before(async () => {
      c = await startServer(root, 'notes/harbor.md');
    });
    after(async () => c?.dispose());

    for (const k of CASES.filter((x) => x.problems.length > 0)) {
      it(`${k.file}: ${k.problems.join(', ')} on the dataset file`, async () => {
        const file = path.join(root, k.file);
        const want = [...k.problems].sort();
        const got = await published(c, file, (d) => d.length >= want.length);
        assert.deepEqual(
          got.map((d) => `${d.code}@${d.range.start.line}`).sort(),
          want,
          JSON.stringify(brief(got)),
        );
      });
    }

    it('the rest of every file keeps working, and the server keeps answering', async () => {
      const ids = new Set<string>();
      for (const note of ['notes/harbor.md', 'notes/regex.txt']) {
        const mentions = await c.request<DocumentMentionsResult>('entityLens/documentMentions', { uri: c.fixture.uri(path.join(root, note)) });
        for (const m of mentions.mentions) ids.add(m.entity);
      }
      for (const id of [...EXPECTED_IDS].filter((x) => !x.startsWith('shared-'))) assert.ok(ids.has(id), `${id} is found`);
      const shared = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'SHU' });
      assert.deepEqual(shared.entities.map((e) => e.id).sort(), ['shared-one', 'shared-two']);
      const status = c.statuses.at(-1)!;
      assert.equal(status.state, 'datasetErrors');
      assert.equal(c.process.exitCode, null);
    });

    it('says which file is not UTF-8, in the file itself, at the first invalid byte', async () => {
      const d = await published(c, path.join(root, 'sjis.entities.yaml'), (x) => x.length > 0);
      assert.equal(d[0]!.severity, 1);
      assert.match(String(d[0]!.message), /sjis\.entities\.yaml is not UTF-8 \(the first invalid byte is at line 5, column 18\)/);
    });
  });
});
