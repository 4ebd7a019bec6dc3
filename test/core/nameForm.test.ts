// Which names read as romanised Japanese: the check's evidence that a title with no country
// written ("Defence Minister X") is Japan's post or another country's.
import { strict as assert } from 'node:assert';
import { romanisedJapanese } from '../../src/core/claims/nameForm';

describe('romanised Japanese names', () => {
  for (const name of ['Gen Nakatani', 'Minoru Kihara', 'Kenichiro Nagumo', 'Yoshihide Yoshida', 'Shinjiro Koizumi', 'Itsunori Onodera', 'Masahisa Sato', 'Ken-ichiro Hattori', 'Kōno Tarō', 'Taro Yamada'])
    it(`${name}: yes`, () => assert.equal(romanisedJapanese(name), true));
  for (const name of ['Richard Marles', 'John Healey', 'Kim Yong-hyun', 'Lloyd J. Austin', 'Pete Hegseth', 'Mike Kitcher', 'Samuel Paparo', ''])
    it(`${JSON.stringify(name)}: no`, () => assert.equal(romanisedJapanese(name), false));
});
