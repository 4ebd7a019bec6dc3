// Unknown Names as a table: a sentence in, the names it holds that match no entity out
// ("kind:text"). The dataset knows Blue Harbor Command (BHC, 青港司令部) and Kaito Mori (森海斗):
// their mentions, and other spellings of their names, are never listed. The traps are the rows
// that list nothing: a capitalised sentence start, a unit, a roman numeral, 同省, a bare head word.
import { strict as assert } from 'node:assert';
import { findUnknownNames, knownNameKeys, UnknownNameTally, type FoundName } from '../../src/core';
import { serviceWith } from '../helpers';

const DATASET = [
  'version: 1',
  'entities:',
  '  - id: blue-harbor',
  '    type: organization',
  '    labels: {en: Blue Harbor Command, ja: 青港司令部}',
  '    aliases: {en: [BHC]}',
  '  - id: kaito-mori',
  '    type: person',
  '    labels: {en: Kaito Mori, ja: 森海斗}',
  '',
].join('\n');
const { service } = serviceWith([{ file: 'own.entities.yaml', text: DATASET }], { bundled: false });
const known = knownNameKeys(service.dataset);

function unknown(text: string, kind: 'markdown' | 'plaintext' = 'markdown'): string[] {
  const analysis = service.analyze({ file: 'note.md', text, kind })!;
  return findUnknownNames(text, kind, analysis.mentions, (k) => known.has(k)).map((n) => `${n.kind}:${n.text}`);
}

const CASES: Array<[string, string[]]> = [
  // Titled people, as the claim reader finds them.
  ['Lt. Gen. Sora Hoshino visited the port.', ['person:Sora Hoshino']],
  ['Defense Minister Aoi Kanda spoke first.', ['person:Aoi Kanda']],
  ['星野空陸将が視察した。', ['person:星野空']],
  ['会見で神田氏は説明した。', ['person:神田']],
  // An office or a service before a title is no person (the claim reader reads them as names).
  ['国務長官と防衛副大臣、空軍大将が出席した。', []],
  // A known person, by title or not, in either language or another case, is no unknown name.
  ['Gen. Kaito Mori visited the port.', []],
  ['森海斗陸将が視察した。', []],
  // Acronyms: digits and hyphens inside, full width too; words, units and numerals are not.
  ['The JTF-2 and the RIMPACX staff met.', ['acronym:JTF-2', 'acronym:RIMPACX']],
  ['ＱＲＦの隊員が集まった。', ['acronym:ＱＲＦ']],
  ['NOTE: the ship was 30 KM out at 10 AM, in Phase II.', []],
  ['The F-35 and iOS are not acronyms of two capitals.', []],
  ['The BHC and the bhc drill.', []],
  // Organisations ending in a head word, or "of …" after one; a sentence start is left out.
  ['Yesterday the Northern Sea Fleet sailed with the 4th Coastal Brigade.', ['organization:Northern Sea Fleet', 'organization:4th Coastal Brigade']],
  ['He joined the Ministry of Coastal Affairs in 2020.', ['organization:Ministry of Coastal Affairs']],
  ['The Command was busy; its Staff were tired.', []],
  ['The Coastal Ministry’s Port Safety Bureau and CMDR Jones.', ['organization:Port Safety Bureau']],
  ['The Blue Harbor Command and the blue harbor command.', []],
  // A name that overlaps a recognised mention is not listed, though its own key is unknown.
  ['The Blue Harbor Command Staff met.', []],
  // An acronym inside a longer organisation name is one name: the longer.
  ['The RBX Island Force landed.', ['organization:RBX Island Force']],
  // Japanese compounds ending in an organisation suffix; 同省 and a bare 部隊 point back.
  ['北海沿岸方面隊と第７飛行隊が、海洋資源庁とともに訓練した。', ['organization:北海沿岸方面隊', 'organization:第７飛行隊', 'organization:海洋資源庁']],
  ['同省によれば、部隊は移動した。', []],
  ['青港司令部と青港司令部は同じだ。', []],
  // Only prose: code is not read.
  ['```\nCFG-9 Alpha Squadron\n```\n\nText.', []],
];

describe('unknown names', () => {
  for (const [text, expected] of CASES) {
    it(`${JSON.stringify(text)} → ${expected.join(', ') || 'none'}`, () => assert.deepEqual(unknown(text), expected));
  }

  it('leaves out a name the dataset knows where recognition marked none (a language turned off, an index at its budget)', () => {
    const text = 'The BHC met the Blue Harbor Command and 青港司令部, not the QRF.';
    assert.deepEqual(findUnknownNames(text, 'plaintext', [], (k) => known.has(k)).map((n) => n.text), ['QRF']);
  });

  it('keeps at most `limit` names per document, in document order', () => {
    const text = Array.from({ length: 50 }, (_, k) => `The QZ${String.fromCharCode(65 + (k % 26))}${k < 26 ? '' : 'Q'} unit.`).join(' ');
    const names = findUnknownNames(text, 'plaintext', [], () => false, 7);
    assert.equal(names.length, 7);
    assert.deepEqual(names.map((n) => n.text), ['QZA', 'QZB', 'QZC', 'QZD', 'QZE', 'QZF', 'QZG']);
  });

  it('ranks the names of many documents by count, then name, merging spellings that fold alike', () => {
    const tally = new UnknownNameTally<string>({ names: 2, mentionsPerName: 2, distinct: 3 });
    const doc = (file: string, text: string) => tally.add(findUnknownNames(text, 'plaintext', [], () => false), (n: FoundName) => `${file}@${n.start}`);
    doc('a.md', 'The QRF and the JTF-2. The QRF again.');
    doc('b.md', 'The ＱＲＦ and the ZZT and the JTF-2 and the QRF and the YYT.');
    const ranked = tally.ranked();
    assert.deepEqual(
      ranked.map((r) => [r.text, r.count, r.mentions]),
      [
        ['QRF', 4, ['a.md@4', 'a.md@27']],
        ['JTF-2', 2, ['a.md@16', 'b.md@28']],
      ],
    );
    assert.equal(tally.size, 3, 'the distinct budget: ZZT counted, YYT not');
    assert.equal(tally.leftOut, 1);
  });
});
