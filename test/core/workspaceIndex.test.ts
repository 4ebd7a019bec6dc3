// The workspace index: cross-file questions (mentions of an entity, counts per language) and
// re-analysis after a dataset change, through the public API with inline documents.
import { strict as assert } from 'node:assert';
import { WorkspaceIndex } from '../../src/core';
import { buildAliasIndex } from '../../src/core/recognize/aliasIndex';
import { bundledDatasetText, joinLines, serviceWith } from '../helpers';

const EN = joinLines('# Notes', 'The JJOC has 300 personnel.', 'USFJ works with the JJOC.');
const JA = joinLines('統合作戦司令部の人員は240人。', '在日米軍も。');

function indexWith(options: { languages?: string[] } = {}) {
  const { service } = serviceWith();
  if (options.languages) service.configure({ languages: options.languages });
  const index = new WorkspaceIndex(service);
  index.upsert({ file: 'b-en.md', text: EN });
  index.upsert({ file: 'a-ja.md', text: JA });
  return { service, index };
}

describe('WorkspaceIndex', () => {
  it('lists the mentions of an entity across files: files sorted, document order within a file', () => {
    const { index } = indexWith();
    const found = index.mentionsOf('jjoc').map((m) => `${m.file}:${m.mention.range.start.line}:${m.mention.text}`);
    assert.deepEqual(found, ['a-ja.md:0:統合作戦司令部', 'b-en.md:1:JJOC', 'b-en.md:2:JJOC']);
    assert.deepEqual(index.mentionCounts('jjoc'), { ja: 1, en: 2 });
    assert.deepEqual(index.mentionsOf('no-such-entity'), []);
  });

  it('replaces a file on upsert and forgets it on remove', () => {
    const { index } = indexWith();
    index.upsert({ file: 'b-en.md', text: 'Nothing here.' });
    assert.deepEqual(index.mentionCounts('jjoc'), { ja: 1 });
    assert.equal(index.remove('a-ja.md'), true);
    assert.equal(index.remove('a-ja.md'), false);
    assert.deepEqual(index.mentionsOf('jjoc'), []);
    assert.deepEqual(index.files(), ['b-en.md']);
    assert.equal(index.get('a-ja.md'), undefined);
  });

  it('re-analyses after a dataset change and names the files whose diagnostics changed', () => {
    const { service, index } = indexWith();
    assert.equal(index.get('b-en.md')!.diagnostics.filter((d) => d.code === 'fact-conflict').length, 1);
    const correction = joinLines('version: 1', 'entities:', '  - id: jjoc', '    facts:', '      - property: personnel', '        value: {amount: 300, unit: persons}');
    service.loadDatasets([{ file: 'canonical.entities.yaml', text: bundledDatasetText() }, { file: 'fix.entities.yaml', text: correction }]);
    assert.deepEqual(index.reanalyzeAll(), ['a-ja.md', 'b-en.md'], 'the English conflict is gone, the Japanese 240 is now one');
    assert.deepEqual(index.get('b-en.md')!.diagnostics, []);
    assert.deepEqual(index.reanalyzeAll(), [], 'nothing changes the second time');
    assert.deepEqual(index.stats(), { files: 2, mentions: 5, diagnostics: 1, mentionsLeftOut: 0 });
  });

  it('recognises only the configured languages, while look-up still knows every name', () => {
    const { service, index } = indexWith({ languages: ['en'] });
    assert.deepEqual(index.mentionCounts('jjoc'), { en: 2 });
    assert.equal(service.findEntities('統合作戦司令部', 1)[0]?.id, 'jjoc');
    service.configure({ languages: undefined });
    index.reanalyzeAll();
    assert.deepEqual(index.mentionCounts('jjoc'), { ja: 1, en: 2 });
  });

  it('with every language of the dataset on, the filtered index is the index of every name (so the service builds it once)', () => {
    const { service } = serviceWith();
    const all = buildAliasIndex(service.dataset);
    const filtered = buildAliasIndex(service.dataset, undefined, ['en', 'ja']);
    assert.ok(all.entries.every((e) => e.lang === 'en' || e.lang === 'ja'), 'the bundled dataset is in English and Japanese');
    assert.deepEqual(filtered.entries, all.entries);
    assert.notDeepEqual(buildAliasIndex(service.dataset, undefined, ['en']).entries, all.entries, 'leaving a language out filters');
  });

  it('keeps an alias shared by two languages when only one of them is on', () => {
    const { index } = indexWith({ languages: ['ja'] });
    index.upsert({ file: 'c.md', text: '統合作戦司令部（JJOC）は発足した。' });
    assert.deepEqual(
      index.mentionsOf('jjoc').filter((m) => m.file === 'c.md').map((m) => [m.mention.text, m.mention.lang]),
      [
        ['統合作戦司令部', 'ja'],
        ['JJOC', 'ja'],
      ],
    );
  });
});
