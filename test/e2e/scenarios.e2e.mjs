// The end-to-end scenarios: each drives the packaged extension in code-server like a user and
// asserts what the user sees (DOM), never the extension's internals. Run by scripts/e2e/run.mjs,
// in this order; scenarios of one profile share one code-server and one browser page, and the
// workspace state they leave (a fixed note, an edited dataset) is what the next one starts from.
//
// Each scenario gets `ctx`: { wb (Workbench), workspace (folder path), userDataDir, shot() to
// take the scenario's screenshot at its most telling moment, log(), japaneseVsix }.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, poll } from './workbench.e2e.mjs';

const STAFFING = 'jjoc-staffing.md'; // says the JJOC has 300 personnel (the dataset: 240)
const FACTS = 'jjoc-facts.md'; // correct facts, and the workspace-only Blue Harbor Unit (BHU)
const JA_NOTE = '統合作戦司令部メモ.md'; // Japanese: 統合作戦司令部, 在日米軍
const DATASET = 'notes.entities.yaml';
const REPORT = 'harbor-report.md'; // the source of the Blue Harbor Unit's facts
const HARBOR = 'harbor-notes.md'; // says the unit has 70 personnel; the report says 50
const READY = /Entity Lens: \d+ entities/;

/** The (1-based) line and column where `needle` starts or ends on some line of a file. */
function cursorOnWord(file, cursor, needle) {
  const line = readFileSync(file, 'utf8').split('\n')[cursor.line - 1] ?? '';
  const at = line.indexOf(needle);
  return at >= 0 && (cursor.col === at + 1 || cursor.col === at + 1 + needle.length);
}

export const scenarios = [
  {
    id: 1,
    name: 'mentions-and-hover',
    title: 'English note: mentions underlined; hovering JJOC shows the card (統合作戦司令部, 240, a source)',
    profile: 'main',
    async run({ wb, shot }) {
      await wb.openFile(FACTS);
      await wb.waitForEntityLensStatus(READY, 60_000);
      // BHU exists only in the workspace's dataset: underlined means that file was loaded.
      await wb.waitForMarked(['JJOC', 'Blue Harbor Unit', 'BHU']);
      await wb.openFile(STAFFING);
      const marked = await wb.waitForMarked(['JJOC', 'Ministry of Defense']);
      assert(!marked.includes('300'), 'plain words are not underlined');
      const card = await wb.hover('JJOC', { inLine: 'has 300' }, ['統合作戦司令部', '240']);
      assert(/Joint Operations Command \(Japan\), Wikipedia/.test(card), `the card cites a source by its title: ${card.slice(0, 300)}`);
      assert(/Joint Operations Command/.test(card), 'the card shows the English label');
      await shot();
    },
  },
  {
    id: 2,
    name: 'definition-across-languages',
    title: 'F12 on JJOC opens the Japanese note at 統合作戦司令部; F12 there comes back',
    profile: 'main',
    async run({ wb, shot, workspace, log }) {
      await wb.openFile(STAFFING);
      await wb.waitForMarked(['JJOC']);
      await wb.clickText('JJOC', { inLine: 'has 300' });
      const there = await wb.goToDefinition(JA_NOTE, (r) => r.includes(`in ${JA_NOTE} on line`), { beforePick: shot });
      log(`F12 on JJOC: ${there.via === 'peek' ? `peek view with ${there.locations} locations` : 'jumped'}`);
      await poll('the cursor at 統合作戦司令部 in the Japanese note', async () => {
        const at = await wb.cursor();
        return at && cursorOnWord(join(workspace, JA_NOTE), at, '統合作戦司令部') ? at : undefined;
      });
      await wb.waitForMarked(['統合作戦司令部']);

      await wb.clickText('統合作戦司令部', { inLine: '発足' });
      const back = await wb.goToDefinition(STAFFING, (r) => r.includes(`in ${STAFFING} on line 5`));
      log(`F12 on 統合作戦司令部: ${back.via === 'peek' ? `peek view with ${back.locations} locations` : 'jumped'}`);
      await poll('the cursor at JJOC in the English note', async () => {
        const at = await wb.cursor();
        return at && at.line === 5 && cursorOnWord(join(workspace, STAFFING), at, 'JJOC') ? at : undefined;
      });
      if (there.via === 'jump') await shot();
    },
  },
  {
    id: 3,
    name: 'quick-fix',
    title: 'A 300-personnel claim shows a warning; the quick fix "Replace with 240" fixes the text and the warning goes',
    profile: 'main',
    async run({ wb, shot, workspace, log }) {
      await wb.openFile(STAFFING);
      const rows = await wb.waitForProblems('the personnel conflict', (r) => r.some((x) => /Warning: .*"300 personnel".*240/.test(x.label)));
      const row = rows.find((x) => /"300 personnel"/.test(x.label));
      assert(/line 5/.test(row.label) && /Ln 5, Col 14/.test(row.text), `the warning is at line 5, column 14: ${row.text}`);
      await poll('a warning squiggle in the editor', async () => (await wb.squiggles()).includes('squiggly-warning'));

      await wb.clickText('300', { inLine: 'has 300' });
      const menu = await wb.openQuickFix();
      assert(menu.some((m) => m.startsWith('Replace with 240')), `the quick-fix menu offers "Replace with 240": ${JSON.stringify(menu)}`);
      await wb.chooseQuickFix('Replace with 240');
      await poll('the text to say 240', async () => (await wb.editorLines()).some((l) => l.includes('The JJOC has 240 personnel.')));
      await wb.page.keyboard.press('Control+S');
      await poll('the file to be saved with 240', () => readFileSync(join(workspace, STAFFING), 'utf8').includes('The JJOC has 240 personnel.'));
      await wb.waitForProblems('no problems', (r) => r.length === 0);
      await poll('the squiggle to go', async () => !(await wb.squiggles()).includes('squiggly-warning'));
      const problems = await wb.statusItem('status.problems');
      assert(problems?.label === 'No Problems', `the status bar says No Problems: ${problems?.label}`);
      const t0 = Date.now();
      await wb.waitForEntityLensStatus(/· 0 problems/, 15_000);
      log(`Entity Lens's status bar reached "0 problems" ${Date.now() - t0} ms after the Problems panel emptied`);
      await shot();
    },
  },
  {
    id: 4,
    name: 'find-entity',
    title: 'Command palette "Entity Lens: Find Entity…", USFJ → 在日米軍 → the entity card opens',
    profile: 'main',
    async run({ wb, shot }) {
      await wb.openFile(FACTS);
      await wb.runCommand('Entity Lens: Find Entity…');
      const input = wb.page.locator('.quick-input-widget input');
      await poll('the Find Entity quick pick', async () => (await input.isVisible()) && !(await input.inputValue()).startsWith('>'));
      await input.fill('USFJ');
      const pick = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: '在日米軍' }).first();
      await pick.waitFor({ state: 'visible', timeout: 15_000 });
      await pick.click();
      const tab = await wb.waitForActiveTab('Entity: ');
      assert(/United States Forces Japan|在日米軍/.test(tab), `the card's tab names the entity: ${tab}`);
      const text = await poll('the card webview to show 在日米軍 and its id', async () => (await wb.frameTexts()).find((t) => t.includes('在日米軍') && t.includes('usfj')));
      assert(/United States Forces Japan/.test(text), 'the card shows the English label too');
      await shot();
    },
  },
  {
    id: 5,
    name: 'dataset-edit',
    title: 'Editing the workspace dataset (JJOC personnel 240 → 250) and saving flags the correct note without reopening it',
    profile: 'main',
    async run({ wb, shot, workspace }) {
      await wb.openFile(FACTS);
      await wb.waitForMarked(['JJOC']);
      let rows = await wb.problems();
      assert(!rows.some((r) => r.label.includes(FACTS)), `${FACTS} starts without problems: ${JSON.stringify(rows)}`);

      await wb.openFile(DATASET);
      await wb.page.keyboard.press('Control+End');
      // One line of flow-style YAML: typed text with newlines would be auto-indented.
      await wb.page.keyboard.insertText('  - {id: jjoc, facts: [{property: personnel, value: {amount: 250, unit: persons}}]}');
      await poll('the typed entry in the editor', async () => (await wb.editorLines()).some((l) => l.includes('amount: 250')));
      await wb.page.keyboard.press('Control+S');
      await poll('the dataset saved', () => readFileSync(join(workspace, DATASET), 'utf8').includes('amount: 250'));

      // The note's tab stays open in the background; its warning appears without reopening it.
      rows = await wb.waitForProblems(`a warning for ${FACTS}`, (r) => r.some((x) => x.label.includes(`file ${FACTS}`)) && r.some((x) => /"240 personnel".*250/.test(x.label) && x.label.includes('line 3')), 30_000);
      assert(!rows.some((r) => /dataset\./.test(r.text)), `the edited dataset has no problems: ${JSON.stringify(rows.filter((r) => /dataset\./.test(r.text)))}`);
      await wb.page.locator('.tab', { hasText: FACTS }).first().click();
      await wb.waitForActiveTab(FACTS);
      await poll('a warning squiggle in the correct note', async () => (await wb.squiggles()).includes('squiggly-warning'));
      await shot();
    },
  },
  {
    id: 6,
    name: 'broken-dataset',
    title: 'A dataset file with a YAML syntax error: a problem at its line, mentions still underlined, the status bar says so',
    profile: 'main',
    async run({ wb, shot, workspace }) {
      const file = join(workspace, 'broken.entities.yaml');
      writeFileSync(
        file,
        ['# A dataset file with a YAML syntax error on line 7 (written by the end-to-end test).', 'version: 1', '', 'entities:', '  - id: broken-unit', '    type: organization', '    labels: en: Broken Unit', ''].join('\n'),
      );
      try {
        await wb.waitForEntityLensStatus(/dataset errors \(1\)/, 30_000);
        await wb.openFile('broken.entities.yaml');
        const rows = await wb.waitForProblems('the YAML syntax error at line 7', (r) => r.some((x) => /YAML syntax error/.test(x.text) && /Ln 7, Col 13/.test(x.text)));
        assert(rows.some((r) => /broken\.entities\.yaml/.test(r.label)), 'the problem is filed under broken.entities.yaml');
        await poll('an error squiggle in the dataset file', async () => (await wb.squiggles()).includes('squiggly-error'));
        await wb.openFile(STAFFING);
        await wb.waitForMarked(['JJOC', 'Ministry of Defense']);
        const status = await wb.waitForEntityLensStatus(/dataset errors \(1\)/);
        assert(/Entity Lens: dataset errors \(1\)/.test(status), status);
        await wb.page.locator('.tab', { hasText: 'broken.entities.yaml' }).first().click();
        await wb.showProblems();
        await shot();
      } finally {
        rmSync(file, { force: true });
      }
    },
  },
  {
    id: 9,
    name: 'source-link',
    title: 'The hover cites the workspace source of a fact; clicking it opens the source with the quote selected',
    profile: 'main',
    async run({ wb, shot, log }) {
      await wb.openFile(FACTS);
      await wb.waitForMarked(['Blue Harbor Unit']);
      await wb.hover('Blue Harbor Unit', { inLine: 'fictional' }, ['2019', REPORT]);
      await shot();
      const link = wb.page.locator('.monaco-hover a', { hasText: REPORT }).first();
      await link.click();
      await wb.waitForActiveTab(REPORT);
      // The quote, selected: VS Code shows "(40 selected)" next to the cursor position.
      const at = await poll('the quote selected in the source', async () => {
        const c = await wb.cursor();
        return c && /\(40 selected\)/.test(c.text) ? c : undefined;
      });
      log(`selection: ${at.text}`);
      assert(at.line === 3, `the selection is on line 3: ${at.text}`);
    },
  },
  {
    id: 10,
    name: 'record-fact',
    title: 'Record Fact from Selection in a source: the dataset gains the fact with its source, and a note that says otherwise gets a warning',
    profile: 'main',
    async run({ wb, shot, workspace }) {
      await wb.openFile(HARBOR);
      await wb.waitForMarked(['Blue Harbor Unit']);
      let rows = await wb.problems();
      assert(!rows.some((r) => r.label.includes(HARBOR)), `${HARBOR} starts without problems: ${JSON.stringify(rows)}`);
      await wb.openFile(REPORT);
      // The whole line selected, as the status bar shows it (keys pressed before the editor has
      // focus are lost: retried); the command is offered only with a selection.
      const selectLine = () => poll('the sentence selected', async () => {
        await wb.clickText('Blue Harbor Unit', { inLine: '50 personnel' });
        await wb.page.keyboard.press('Home');
        await wb.page.keyboard.press('Shift+End');
        const at = await wb.cursor();
        return at && /\(65 selected\)/.test(at.text) ? at : undefined;
      }, { timeout: 15_000, interval: 500 });
      await selectLine();
      // (Selected again before each try of the palette: a try's Escape may have reached the editor.)
      await wb.runCommand('Entity Lens: Record Fact from Selection', 30_000, async () => {
        const at = await wb.cursor();
        if (!at || !/\(65 selected\)/.test(at.text)) await selectLine();
      });
      // One fact is read ("50 persons"); the dataset is chosen from the workspace's.
      const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: DATASET }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await row.click();
      const saved = await poll('the fact recorded and saved in the dataset', () => {
        const text = readFileSync(join(workspace, DATASET), 'utf8');
        return /property: personnel/.test(text) && /amount: 50, unit: persons/.test(text) && text.includes(`document: ${REPORT}`) ? text : undefined;
      }, { timeout: 20_000 });
      assert(saved.includes('quote: "The Blue Harbor Unit had 50 personnel at the end of the exercise."'), `the sentence is the quote: ${saved}`);
      // The note that says 70 was not reopened: its warning comes from the dataset's reload.
      rows = await wb.waitForProblems(`a warning for ${HARBOR}`, (r) => r.some((x) => x.label.includes(`file ${HARBOR}`)) && r.some((x) => /"70 personnel".*50/.test(x.label)), 30_000);
      await wb.showProblems();
      await shot();
    },
  },
  {
    id: 7,
    name: 'restricted-mode',
    title: 'Restricted Mode (untrusted folder): the workspace dataset is ignored and the status bar says so',
    profile: 'restricted',
    async run({ wb, shot }) {
      await wb.openFile(FACTS);
      const status = await wb.waitForEntityLensStatus(/Restricted Mode/, 60_000);
      assert(READY.test(status), `the bundled dataset still loads: ${status}`);
      const trust = await wb.waitForStatusItem('status.workspaceTrust', /Restricted Mode/);
      assert(/Restricted Mode/.test(trust?.label ?? ''), `VS Code shows the folder as untrusted: ${JSON.stringify(trust)}`);
      // Bundled entities are underlined; BHU (only in the workspace dataset) is not.
      const marked = await wb.waitForMarked(['JJOC']);
      await wb.openFile(STAFFING);
      await wb.waitForMarked(['JJOC', 'Ministry of Defense']);
      await wb.openFile(FACTS);
      const again = await wb.waitForMarked(['JJOC']);
      assert(!marked.includes('BHU') && !again.includes('BHU') && !again.includes('Blue Harbor Unit'), `BHU is not underlined in Restricted Mode: ${JSON.stringify(again)}`);
      await shot();
    },
  },
  {
    id: 8,
    name: 'japanese-ui',
    title: 'Japanese UI (locale ja + a test language pack installed from the UI): status bar, commands and hover in Japanese',
    profile: 'ja',
    timeoutMs: 150_000,
    async run({ wb, shot, userDataDir, japaneseVsix, log }) {
      // Without a language pack code-server ignores the locale: the UI starts in English. The
      // pack is installed the way a user would: Extensions: Install from VSIX…, type its path.
      const registered = () => existsSync(join(userDataDir, 'languagepacks.json')) && /"ja"/.test(readFileSync(join(userDataDir, 'languagepacks.json'), 'utf8'));
      const input = wb.page.locator('.quick-input-widget input');
      await poll('the language pack to be installed from the UI', async () => {
        await wb.runCommand('Extensions: Install from VSIX');
        // The file dialog fills in a start folder asynchronously; typing before that is lost.
        await poll('the file dialog to list its start folder', async () => (await input.isVisible()) && (await input.inputValue()).startsWith('/') && (await wb.page.locator('.quick-input-widget .monaco-list-row[aria-label=".."]').count()) > 0, { timeout: 15_000 });
        await input.fill(japaneseVsix);
        // Accepting while the dialog still lists the typed folder is ignored: wait until it shows
        // the file, then press its Install button.
        const file = japaneseVsix.split('/').pop();
        await poll('the dialog to show the path and the file', async () => (await input.inputValue()) === japaneseVsix && (await wb.page.locator(`.quick-input-widget .monaco-list-row[aria-label="${file}"]`).isVisible()), { timeout: 10_000 });
        await wb.page.locator('.quick-input-widget .monaco-button', { hasText: 'Install' }).first().click();
        // VS Code records installed language packs in languagepacks.json; the next load uses it.
        return poll('VS Code to register the language pack', registered, { timeout: 20_000 }).catch(() => false);
      }, { timeout: 90_000, interval: 500 });
      log('language pack installed; reloading the window');
      await wb.reload();

      await wb.openFile(STAFFING);
      const status = await wb.waitForEntityLensStatus(/Entity Lens: \d+ 件のエンティティ/, 60_000);
      log(`status bar: ${status}`);
      const card = await wb.hover('JJOC', { inLine: 'has 300' }, ['統合作戦司令部', 'ワークスペースでの言及']);
      assert(card.includes('240'), 'the card in Japanese UI still shows the facts');
      await wb.page.mouse.move(5, 5);
      const rows = await wb.paletteRows('Entity Lens');
      assert(rows.some((r) => r.startsWith('Entity Lens: エンティティを検索…')), `the commands are in Japanese: ${JSON.stringify(rows)}`);
      await shot();
      await wb.dismissQuickInput();
    },
  },
];
