// Guesses a document's main language from its script. Japanese needs far fewer characters than
// English for the same content, so a quarter as many Japanese characters as Latin letters is
// already a Japanese document. Samples at most 64k code units: the answer does not need more.

import { isJapanese } from './scripts';

const SAMPLE = 65536;

export function detectLanguage(text: string): 'en' | 'ja' {
  let ja = 0;
  let latin = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (isJapanese(c)) ja++;
  }
  return ja > 0 && ja * 4 >= latin ? 'ja' : 'en';
}
