// Trust and content safety. Dataset text is shown as text everywhere (hover Markdown, the entity
// card webview, the terminal); Restricted Mode ignores everything the workspace names; no path,
// link or setting makes the server read a file outside the workspace; nothing is ever run.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic as LspDiagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import type { EntityCardResult, SearchEntitiesResult } from '../../src/server/protocol';
import { allowedTargets, cardView } from '../../src/extension/pure/cardView';
import { format } from '../../src/extension/pure/lang';
import { ROOT } from '../helpers';
import { ensureBuilt, positionOf, unescapeMarkdown, type TestClient } from '../server/harness';
import { published, runCli, startServer, workspace } from './helpers';
import { FakeElement, loadCardPage } from '../extension/cardPage';

const IMG = '<img src=x onerror=alert(1)>';
const CMD = '[x](command:workbench.action.quit)';
const ESC = '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u001b[2J \u202eevil';
const HOSTILE = [
  'version: 1',
  'properties:',
  '  crew: {type: quantity, unit: persons, label: {en: "<b>crew</b>"}, cues: {en: [crew]}}',
  'entities:',
  '  - id: evil-harbor',
  '    type: organization',
  `    labels: {en: "Evil Harbor ${IMG}", ja: "${CMD}"}`,
  '    aliases: {en: [Evil Harbor]}',
  `    description: {en: "[run](command:workbench.action.quit) <script>alert(1)</script> ![i](https://evil.example/x.png) ${JSON.stringify(ESC).slice(1, -1)}"}`,
  '    sameAs: ["javascript:alert(1)", "command:foo"]',
  '    facts:',
  '      - property: crew',
  '        value: 12',
  '        sources:',
  '          - {document: "[doc](command:workbench.action.quit)", quote: "<img src=x>", url: "command:workbench.action.quit"}',
  '          - {document: js, url: "javascript:alert(1)"}',
  '',
].join('\n');
const NOTE = 'Evil Harbor has 20 crew.\n';

function renderCard(result: EntityCardResult): FakeElement {
  const page = loadCardPage();
  page.send({ type: 'show', view: cardView('evil-harbor', result, { lang: 'en', t: format, displayPath: (u) => u }) });
  return page.root;
}

describe('hostile trust and content safety', function () {
  this.timeout(30000);
  let root: string;
  let outside: string;

  before(() => {
    ensureBuilt();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-outside-'));
    fs.writeFileSync(path.join(outside, 'outside.entities.yaml'), 'version: 1\nentities:\n  - id: outside-harbor\n    type: organization\n    labels: {en: Outside Harbor}\n');
    fs.writeFileSync(path.join(outside, 'secret.md'), 'Outside Harbor and the JJOC, a private note.\n');
    root = workspace('trust', { 'hostile.entities.yaml': HOSTILE, 'notes/evil.md': NOTE, 'notes/outside.md': 'Outside Harbor.\n' });
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  describe('dataset text is shown as text', () => {
    let c: TestClient;
    before(async () => {
      c = await startServer(root, 'notes/evil.md');
    });
    after(async () => c?.dispose());

    it('in the hover: no HTML, no command: or javascript: link, the label literally', async () => {
      const uri = c.fixture.uri(path.join(root, 'notes/evil.md'));
      const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(NOTE, 'Harbor') });
      const md = (hover.contents as MarkupContent).value;
      assert.doesNotMatch(md, /(?<!\\)</, 'no raw HTML');
      for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1]!, /^(?:file:|https?:)/, `only file and web links: ${m[0]}`);
      assert.doesNotMatch(md, /[\u001b\u0007\u202e]/, 'no control characters or bidi overrides');
      assert.ok(unescapeMarkdown(md).includes('\\u001b]8;;http://evil.example\\u0007click'), 'shown as escapes');
      const shown = unescapeMarkdown(md);
      assert.ok(shown.includes(`Evil Harbor ${IMG}`), shown);
      assert.ok(shown.includes(CMD), shown);
      assert.ok(shown.includes('[run](command:workbench.action.quit)'), shown);
    });

    it('in the entity card webview: text nodes only, no link to a command or script', async () => {
      const result = await c.request<EntityCardResult>('entityLens/entityCard', { id: 'evil-harbor' });
      const page = renderCard(result);
      const all = [...page.all()];
      assert.ok(all.some((e) => e.tagName === 'h1' && e.textContent === `Evil Harbor ${IMG}`));
      assert.deepEqual(all.filter((e) => ['img', 'a', 'script', 'iframe'].includes(e.tagName)).map((e) => e.tagName), []);
      assert.ok(page.textContent.includes('[run](command:workbench.action.quit) <script>alert(1)</script>'));
      const targets = allowedTargets(cardView('evil-harbor', result, { lang: 'en', t: format, displayPath: (u) => u }));
      for (const url of targets.urls) assert.match(url, /^https?:/);
      for (const uri of targets.uris) assert.match(uri, /^file:/);
    });

    it('in the terminal: control characters and bidi overrides are shown escaped', () => {
      const r = runCli(['lookup', 'Evil Harbor', '--dataset', path.join(root, 'hostile.entities.yaml'), '--color']);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.includes(IMG) && r.out.includes(CMD));
      assert.ok(!/\u001b\]|\u0007|\u001b\[2J/.test(r.out), 'no escape sequence from the dataset reaches the terminal');
      assert.ok(r.out.includes('\\u001b]8;;http://evil.example\\u0007click'));
      assert.ok(r.out.includes('\\u202eevil') && !r.out.includes('\u202e'), 'a bidi override is shown, not obeyed');
      const file = path.join(root, 'notes', 'rlo.md');
      fs.writeFileSync(file, 'The JJOC has \u202e300\u202c personnel.\n');
      const check = runCli(['check', file]);
      assert.ok(!check.out.includes('\u202e'), check.out);
    });

    it('in the terminal: entity ids, alias-language keys and paths from a dataset are escaped too', () => {
      // An id that fails validation is refused (its error line shows it), and an alias language
      // is any key, shown by `check --mentions` and `lookup`; the error line names the path.
      const dataset = path.join(root, 'ids.entities.yaml');
      fs.writeFileSync(dataset, ['version: 1', 'entities:', '  - id: "x\\u001b[2Jy\\u0007"', '    type: organization', '    labels: {en: Bad Unit}', '  - id: zorglub', '    type: organization', '    labels: {en: Zorglub Unit}', '    aliases: {"e\\u001b]0;title\\u0007n": [Zorglub]}', ''].join('\n'));
      const note = path.join(root, 'notes', 'zorglub.md');
      fs.writeFileSync(note, 'The Zorglub Unit met the Zorglub and the Bad Unit.\n');
      const outputs = [runCli(['check', note, '--dataset', dataset, '--mentions', '--color']), runCli(['lookup', 'Zorglub', '--dataset', dataset, '--color'])];
      for (const r of outputs) {
        assert.ok(r.out.includes('Zorglub'), r.out + r.err);
        assert.ok(!/\u0007|\u001b\[2J|\u001b\]0/.test(r.out + r.err), JSON.stringify(r.out + r.err));
      }
      assert.ok(outputs[0]!.out.includes('\\u001b[2Jy\\u0007'), 'the id is shown escaped');
      assert.ok(!outputs[0]!.out.includes('Bad Unit'), 'the entity with that id is not loaded, so not matched');
      // A path on an error line.
      const missing = runCli(['check', path.join(root, 'no\u001b[2Jsuch\u0007.md')]);
      assert.equal(missing.code, 2);
      assert.ok(missing.err.includes('\\u001b[2Jsuch\\u0007') && !/\u001b|\u0007/.test(missing.err), JSON.stringify(missing.err));
    });
  });

  describe('Restricted Mode ignores the workspace', () => {
    before(() => {
      // The last server's dispose() removed the workspace: a fresh one.
      root = workspace('trust', { 'hostile.entities.yaml': HOSTILE, 'notes/evil.md': NOTE, 'notes/outside.md': 'Outside Harbor.\n' });
    });
    it('no workspace dataset, no dataset named in settings, none added later; the status says so', async () => {
      fs.mkdirSync(path.join(root, 'extra'), { recursive: true });
      fs.writeFileSync(path.join(root, 'extra', 'more.yaml'), HOSTILE.replace(/evil-harbor/g, 'settings-harbor').replace('Evil Harbor]', 'Settings Harbor]'));
      const c = await startServer(root, 'notes/evil.md', { initializationOptions: { trusted: false, locale: 'en' }, settings: { datasets: ['extra/more.yaml'] } });
      try {
        const later = path.join(root, 'later.entities.yaml');
        fs.writeFileSync(later, HOSTILE.replace(/evil-harbor/g, 'later-harbor').replace('Evil Harbor]', 'Later Harbor]'));
        await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(later), type: 1 }] });
        await c.request('entityLens/reloadDatasets', null);
        for (const q of ['Evil Harbor', 'Settings Harbor', 'Later Harbor']) {
          const found = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: q });
          assert.deepEqual(found.entities.filter((e) => e.id.endsWith('harbor')), [], q);
        }
        const status = c.statuses.at(-1)!;
        assert.equal(status.restricted, true);
        assert.match(status.message, /Restricted Mode/);
        assert.ok(status.entities > 40, 'the bundled dataset works');
      } finally {
        await c.dispose();
      }
    });

    it('nothing from a workspace is ever run: no eval, Function, vm, child processes or dynamic require in the engine and the hosts', () => {
      const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      const offenders: string[] = [];
      for (const sub of ['core', 'server', 'cli']) {
        for (const file of walk(path.join(ROOT, 'src', sub))) {
          const text = fs.readFileSync(file, 'utf8');
          for (const m of text.matchAll(/\beval\s*\(|\bnew\s+Function\b|['"](?:node:)?(?:vm|child_process)['"]|\brequire\s*\(\s*[^'")\s]|\bimport\s*\(\s*[^'")\s]/g)) offenders.push(`${path.relative(ROOT, file)}: ${m[0]}`);
        }
      }
      assert.deepEqual(offenders, []);
    });
  });

  describe('no path leads outside the workspace', () => {
    before(() => {
      root = workspace('trust', { 'hostile.entities.yaml': HOSTILE, 'notes/evil.md': NOTE, 'notes/outside.md': 'Outside Harbor.\n' });
    });
    it('a *.entities.yaml link, a settings path through a link, and a note link to outside files are not read', async () => {
      fs.symlinkSync(path.join(outside, 'outside.entities.yaml'), path.join(root, 'link.entities.yaml'));
      fs.symlinkSync(path.join(outside, 'outside.entities.yaml'), path.join(root, 'settings-link.yaml'));
      fs.symlinkSync(outside, path.join(root, 'linked-folder'));
      const c = await startServer(root, 'notes/evil.md', { settings: { datasets: ['settings-link.yaml', 'linked-folder/outside.entities.yaml', '../' + path.basename(outside) + '/outside.entities.yaml'] } });
      try {
        // The link is announced as created, as a file watcher would.
        const link = path.join(root, 'link.entities.yaml');
        await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(link), type: 1 }] });
        const problems = await published(c, link, (d: LspDiagnostic[]) => d.length > 0);
        assert.equal(problems[0]!.code, 'dataset.outside-workspace');
        assert.match(String(problems[0]!.message), /link to a file outside the workspace/);
        const notes = path.join(root, 'notes', 'secret-link.md');
        fs.symlinkSync(path.join(outside, 'secret.md'), notes);
        await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(notes), type: 1 }] });
        await c.request('entityLens/reloadDatasets', null);
        const found = await c.request<SearchEntitiesResult>('entityLens/searchEntities', { query: 'Outside Harbor' });
        assert.deepEqual(found.entities, []);
        const card = await c.request<EntityCardResult>('entityLens/entityCard', { id: 'jjoc' });
        assert.ok(!JSON.stringify(card.mentions).includes('secret-link'), 'the linked note is not indexed');
        assert.equal(c.process.exitCode, null);
      } finally {
        await c.dispose();
      }
    });
  });
});
