// Claim checking as a table: a sentence in, the conflicts it must raise out ("entity.property
// found→replacement"). English and Japanese side by side; the traps are the rows with no conflict.
import { strict as assert } from 'node:assert';
import { serviceWith } from '../helpers';

const { service } = serviceWith();

function conflicts(text: string): string[] {
  const a = service.analyze({ file: 'x.md', text, kind: 'markdown' })!;
  return a.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => `${d.entity}.${d.property} ${d.found}→${d.replacement}`);
}

const CASES: Array<[string, string[]]> = [
  ['The JJOC has 300 personnel.', ['jjoc.personnel 300→240']],
  ['The JJOC has 240 personnel.', []],
  ['The JJOC has about 250 personnel.', []],
  ['The JJOC has more than 200 personnel.', []],
  // A fix never keeps a bound it would make false: the whole phrase is replaced.
  ['The JJOC has more than 300 personnel.', ['jjoc.personnel more than 300 personnel→240 personnel']],
  ['The JJOC does not have 300 personnel.', []],
  ['Does the JJOC have 300 personnel?', []],
  ['NHK says plans would take the JJOC to 280 personnel.', []],
  ['統合作戦司令部の人員は三百人だ。', ['jjoc.personnel 三百→二百四十']],
  ['統合作戦司令部は約240人体制で発足した。', []],
  ['統合作戦司令部の人員は２４０人。', []],
  ['The JJOC was established on March 24, 2025.', []],
  ['The JJOC was established on 24 March 2025.', []],
  ['The JJOC was established on 2025-03-31.', ['jjoc.established 2025-03-31→2025-03-24']],
  ['The JJOC was set up in 2024.', ['jjoc.established 2024→2025']],
  ['統合作戦司令部は令和7年3月に発足した。', []],
  ['統合作戦司令部は令和6年3月24日に発足した。', ['jjoc.established 令和6年3月24日→令和7年3月24日']],
  ['発足から半年たった2025年9月、統合作戦司令部は訓練を行った。', []],
  ['Setting up the JJOC cost 10.5 billion yen.', []],
  ['The JJOC cost 105億円.', []],
  ['統合作戦司令部の関連経費は120億円だった。', ['jjoc.cost 120億→105億']],
  ['The JJOC budget was $80 million.', ['jjoc.cost 80 million→71.2 million']],
  ['The JJOC is commanded by Kenichiro Nagumo.', []],
  ['The JJOC is commanded by Tateki Tawara.', ['jjoc.commander Tateki Tawara→Kenichiro Nagumo']],
  ['Tateki Tawara is the deputy commander of the JJOC.', []],
  ['統合作戦司令部の司令官は俵千城海将だ。', ['jjoc.commander 俵千城→南雲憲一郎']],
  ['The JJOC commands the Self-Defense Fleet and the JSDF branches.', []],
  ['ＪＪＯＣの創設経費は105億円（2024年度予算の要求額）。', []],
  ['The JJOC stood up in fiscal 2024 with a budget of 10.5 billion yen.', []],
  ['統合作戦司令部の人員が三百人に達したとの一部報道は誤りで、実際は約240人である。', []],
  ['Reports that the JJOC has 300 personnel are wrong.', []],
  ['The JJOC has 300 personnel, not the 240 often cited.', []],
  ['JJOC personnel costs reached $90 million.', ['jjoc.cost 90 million→71.2 million']],
  ['Kenichiro Nagumo of the Japan Air Self-Defense Force became the commander of the JJOC.', []],
];

describe('claims', () => {
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.length ? expected.join(', ') : 'no conflict'}`, () => assert.deepEqual(conflicts(text), expected));
  }

  it('carries sources, expected values and a message in the document language', () => {
    const [d] = service.analyze({ file: 'ja.md', text: '統合作戦司令部の人員は300人である。' })!.diagnostics;
    assert.ok(d);
    assert.deepEqual(d.expected, ['240']);
    assert.ok(d.sources!.some((s) => s.document.startsWith('000_')));
    assert.match(d.message, /データセットでは240人です/);
  });
});
