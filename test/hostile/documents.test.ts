// Hostile notes, fed to the CLI (one `check` of a folder holding all of them) and to the language
// server (the same folder as its workspace, so every note goes through the indexer from disk;
// the ones an editor could hold are also opened over LSP). Each run completes (no time is
// asserted: the README's "Reliability" section has the measured times and bounds) and every range
// it reports covers exactly the text it names.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { DocumentMentionsResult } from '../../src/server/protocol';
import { ensureBuilt, type TestClient } from '../server/harness';
import { assertRangesInside, checkJson, fileOf, published, since, slice, startServer, workspace, type JsonReport } from './helpers';

const MB = 1024 * 1024;
const CONFLICT = 'The JJOC has 300 personnel.';
const PROSE = 'The Joint Operations Command was set up in Tokyo. Its staff write notes about USFJ every day.\n\n';

/** Notes as files: text (written as UTF-8) or raw bytes. */
const NOTES: Record<string, string | Uint8Array> = {
  'empty.md': '',
  'long-line.md': 'x'.repeat(10 * MB),
  // Two megabytes of claims on one line: every sentence looks back for its line's start, which must stop near it.
  'one-line-claims.txt': 'Defense Minister Taro Yamada met Pete Hegseth in Tokyo on March 30. The JJOC reports to the ministry. '.repeat(Math.ceil((2 * MB) / 101)),
  'prose-20mb.txt': PROSE.repeat(Math.ceil((20 * MB) / PROSE.length)),
  'nul.md': `The JJOC\u0000has 300 personnel.\n`,
  'binary.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x80]),
  // An encoded lone surrogate (ED A0 80) is not UTF-8.
  'surrogate.md': Buffer.concat([Buffer.from('The JJOC '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' has 300 personnel.\n')]),
  'latin1.md': Buffer.from('Café notes on the JJOC.\n', 'latin1'),
  'crlf.md': `${CONFLICT}\r\n\r\nIt was set up.\r\n${CONFLICT}\r\n`,
  'mixed.txt': `${CONFLICT}\r${CONFLICT}\n\nThe JJOC\r\nhas 300 personnel.\n`,
  'bom.md': `\uFEFF${CONFLICT}\n`,
  'deep-quote.md': '>'.repeat(10_000) + ` ${CONFLICT}\n`,
  'million-items.md': '- item\n'.repeat(1_000_000) + `- ${CONFLICT}\n`,
  'emoji.md': `e\u0301 👍🏽JJOC👍 has 300 personnel. 🇯🇵 統合作戦司令部\u3099は👨‍👩‍👧統合作戦司令部。\n`,
  'rtl.md': `\u200f${CONFLICT.replace('JJOC', 'JJOC\u200f').replace('300', '\u202b300\u202c')}\n`,
};

/** Where each note's fact conflicts are (line:character of the value), as an editor counts. */
const CONFLICTS: Record<string, string[]> = {
  'crlf.md': ['0:13', '3:13'],
  'mixed.txt': ['0:13', '1:13', '4:4'],
  'bom.md': ['0:13'],
  'deep-quote.md': ['0:10014'],
  'million-items.md': ['1000000:15'],
  'emoji.md': ['0:18'],
  'rtl.md': ['0:16'],
};

/** Notes that are not checked, and the code that says so (at line:character). */
const REFUSED: Record<string, string> = {
  'long-line.md': 'document-too-large@0:0',
  'prose-20mb.txt': 'document-too-large@0:0',
  'nul.md': 'document-binary@0:0',
  'binary.md': 'document-binary@0:0',
  'surrogate.md': 'document-not-utf8@0:9',
  'latin1.md': 'document-not-utf8@0:3',
};

/** The text a consumer holds: what the file decodes to (a BOM dropped, as editors do). */
function textOf(name: string): string {
  const content = NOTES[name]!;
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return text.replace(/^\uFEFF/, '');
}

const at = (r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character}`;

describe('hostile documents', function () {
  this.timeout(120_000);
  let root: string;

  before(() => {
    ensureBuilt();
    root = workspace('documents', Object.fromEntries(Object.entries(NOTES).map(([k, v]) => [`notes/${k}`, v])));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('through the CLI', () => {
    let report: JsonReport;
    before(() => {
      const t0 = performance.now();
      const run = checkJson(['notes'], root);
      console.log(`      (CLI: ${Object.keys(NOTES).length} notes, ${Math.round(Object.values(NOTES).reduce((n, c) => n + c.length, 0) / MB)} MB, in ${since(t0)})`);
      assert.equal(run.err, '');
      assert.equal(run.code, 1, 'conflicts and undecodable notes are warnings');
      report = run.report;
    });

    it('reports every note, with ranges inside it that cover exactly what they name', () => {
      for (const name of Object.keys(NOTES)) {
        const f = fileOf(report, `notes/${name}`);
        const text = textOf(name);
        if (REFUSED[name]?.startsWith('document-not-utf8')) continue; // no text to slice
        assertRangesInside(text, [...f.mentions.map((m) => m.range), ...f.diagnostics.map((d) => d.range)], name);
        for (const m of f.mentions) assert.equal(slice(text, m.range), m.text, `${name}: mention ${m.text}`);
        for (const d of f.diagnostics.filter((x) => x.code === 'fact-conflict')) assert.equal(slice(text, d.range), d.found, `${name}: ${d.message}`);
      }
    });

    it('finds the fact conflicts where the editor shows them', () => {
      for (const [name, want] of Object.entries(CONFLICTS)) {
        const f = fileOf(report, `notes/${name}`);
        assert.deepEqual(f.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => at(d.range)), want, name);
      }
    });

    it('says which notes it did not check, and why', () => {
      for (const [name, want] of Object.entries(REFUSED)) {
        const f = fileOf(report, `notes/${name}`);
        assert.deepEqual(f.diagnostics.map((d) => `${d.code}@${at(d.range)}`), [want], name);
        assert.equal(f.mentions.length, 0);
      }
      assert.match(fileOf(report, 'notes/long-line.md').diagnostics[0]!.message, /10\.0 MB, over the 8\.0 MB limit/);
      assert.match(fileOf(report, 'notes/latin1.md').diagnostics[0]!.message, /latin1\.md is not UTF-8 \(the first invalid byte is at line 1, column 4\)/);
      const empty = fileOf(report, 'notes/empty.md');
      assert.deepEqual([empty.mentions, empty.diagnostics], [[], []]);
    });

    it('keeps combining marks and emoji out of the names it matches', () => {
      const f = fileOf(report, 'notes/emoji.md');
      assert.deepEqual(
        f.mentions.map((m) => m.text),
        ['JJOC', '統合作戦司令部', '統合作戦司令部'],
      );
    });
  });

  describe('through the language server', () => {
    let c: TestClient;
    before(async () => {
      const t0 = performance.now();
      c = await startServer(root, 'notes/crlf.md', undefined, 110_000);
      console.log(`      (server: indexed ${Object.keys(NOTES).length} notes in ${since(t0)})`);
    });
    after(async () => c?.dispose());

    const file = (name: string) => path.join(root, 'notes', name);
    const conflictsOf = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'fact-conflict').map((x) => at(x.range));

    it('publishes the conflicts of the indexed notes at the right places', async () => {
      for (const [name, want] of Object.entries(CONFLICTS)) {
        const got = await published(c, file(name), (d) => conflictsOf(d).length === want.length);
        assert.deepEqual(conflictsOf(got), want, name);
        for (const d of got) assert.equal(slice(textOf(name), d.range), '300', name);
      }
    });

    it('tells the user about the notes it did not check', async () => {
      for (const [name, want] of Object.entries(REFUSED)) {
        const got = await published(c, file(name), (d) => d.length > 0);
        assert.deepEqual(got.map((d) => `${d.code}@${at(d.range)}`), [want], name);
      }
    });

    it('matches names exactly around emoji, combining marks and RTL marks', async () => {
      for (const name of ['emoji.md', 'rtl.md', 'deep-quote.md', 'bom.md']) {
        const { mentions } = await c.request<DocumentMentionsResult>('entityLens/documentMentions', { uri: c.fixture.uri(file(name)) });
        assert.ok(mentions.length > 0, name);
        for (const m of mentions) assert.ok(['JJOC', '統合作戦司令部'].includes(slice(textOf(name), m.range)), `${name}: ${slice(textOf(name), m.range)}`);
      }
    });

    it('checks what an editor sends: lone surrogates, a BOM, CRLF, 10,000 `>`, a 20 MB buffer', async () => {
      const open = async (name: string, text: string) => {
        await c.notify('textDocument/didOpen', { textDocument: { uri: c.fixture.uri(file(name)), languageId: 'markdown', version: 1, text } });
      };
      // Lone surrogates are legal in an editor's UTF-16 buffer (not in a UTF-8 file).
      const surrogates = `\uD800${CONFLICT}\uDC00 \uDBFF`;
      await open('surrogate.md', surrogates);
      const s = await published(c, file('surrogate.md'), (d) => d.some((x) => x.code === 'fact-conflict'));
      assert.deepEqual(conflictsOf(s), ['0:14']);
      assert.equal(slice(surrogates, s[0]!.range), '300');
      // A BOM kept in the buffer counts as a character, as the editor counts it.
      const bom = `\uFEFF${CONFLICT}`;
      await open('bom.md', bom);
      await published(c, file('bom.md'), (d) => conflictsOf(d)[0] === '0:14');
      await open('prose-20mb.txt', textOf('prose-20mb.txt'));
      const big = await published(c, file('prose-20mb.txt'), (d) => d.length === 1);
      assert.equal(big[0]!.code, 'document-too-large');
      assert.equal(c.process.exitCode, null);
    });
  });
});
