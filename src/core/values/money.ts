// Money: an amount with a currency written before it (`$71.2 million`, `USD 71.2 million`,
// `¥10.5 billion`) or after it (`10.5 billion yen`, `105億円`, `7120万ドル`).

import type { MoneyValue } from '../model';
import { readAmount, type Amount } from './amount';
import { isIdentifierContext } from './nonValues';
import { pushText, type Candidate, type Scan } from './scan';
import { isWordStart, matchTable, skipSpaces } from './text';
import type { Segment } from './types';

/** Symbols before the amount, as written. Letter-led ones must start a word. */
const PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD$', 'USD'], ['$', 'USD'], ['＄', 'USD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD$', 'AUD'],
  ['¥', 'JPY'], ['￥', 'JPY'], ['JP¥', 'JPY'], ['CN¥', 'CNY'], ['RMB', 'CNY'],
  ['€', 'EUR'], ['£', 'GBP'], ['￡', 'GBP'], ['₩', 'KRW'], ['￦', 'KRW'],
  ['USD', 'USD'], ['JPY', 'JPY'], ['EUR', 'EUR'], ['AUD', 'AUD'], ['KRW', 'KRW'], ['GBP', 'GBP'], ['CNY', 'CNY'],
];

/** First characters of the currency prefixes, for a quick "could money start here" test. */
export const MONEY_PREFIX_STARTS: ReadonlySet<string> = new Set(PREFIX.map(([p]) => p[0]!));

/** English currency words after the amount, lower case. */
const SUFFIX_EN: ReadonlyArray<readonly [string, string]> = [
  ['yen', 'JPY'], ['japanese yen', 'JPY'],
  ['dollars', 'USD'], ['dollar', 'USD'], ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'],
  ['australian dollars', 'AUD'], ['australian dollar', 'AUD'],
  ['euros', 'EUR'], ['euro', 'EUR'],
  ['won', 'KRW'], ['korean won', 'KRW'], ['south korean won', 'KRW'],
  ['pounds sterling', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['chinese yuan', 'CNY'],
];

const AMBIGUOUS = new Set(['won', 'pounds']);

/** ISO codes after the amount (`71.2 million USD`), capitals only. */
const SUFFIX_CODES: ReadonlyArray<readonly [string, string]> = [
  ['USD', 'USD'], ['JPY', 'JPY'], ['EUR', 'EUR'], ['AUD', 'AUD'], ['KRW', 'KRW'], ['GBP', 'GBP'], ['CNY', 'CNY'],
];

/** Japanese currency words after the amount. */
const SUFFIX_JA: ReadonlyArray<readonly [string, string]> = [
  ['円', 'JPY'], ['ドル', 'USD'], ['米ドル', 'USD'], ['豪ドル', 'AUD'], ['オーストラリアドル', 'AUD'],
  ['ユーロ', 'EUR'], ['ウォン', 'KRW'], ['ポンド', 'GBP'], ['英ポンド', 'GBP'], ['人民元', 'CNY'], ['元', 'CNY'],
];

function candidate(start: number, end: number, amount: Amount, currency: string, segments: Segment[]): Candidate {
  const value: MoneyValue = { kind: 'money', amount: amount.value, currency };
  return {
    kind: 'money',
    start,
    end,
    value,
    segments,
    tolerance: amount.token.decimals > 0 || amount.scaled ? amount.lastUnit / 2 : 0,
    scaled: amount.scaled,
    approximate: false,
  };
}

function amountSegment(scan: Scan, amount: Amount): Segment {
  return { type: 'amount', text: scan.text.slice(amount.start, amount.end), style: amount.style };
}

export function parseMoney(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const prefix = matchTable(text, i, PREFIX, false);
  if (prefix) {
    const lettered = /^[A-Z]/.test(prefix.text);
    if (lettered && !isWordStart(text, i)) return undefined;
    const j = skipSpaces(text, prefix.end, 1);
    const amount = readAmount(scan, j, true);
    if (!amount || amount.token.digits === 'kanji' || amount.token.digits === 'kanjiPositional') return undefined;
    const segments: Segment[] = [];
    pushText(segments, text.slice(i, j));
    segments.push(amountSegment(scan, amount));
    return candidate(i, amount.end, amount, prefix.value, segments);
  }

  const amount = readAmount(scan, i, false);
  if (!amount || isIdentifierContext(text, i)) return undefined;
  const kanji = amount.token.digits === 'kanji' || amount.token.digits === 'kanjiPositional';
  const j = skipSpaces(text, amount.end, 1);
  let suffix = matchTable(text, j, SUFFIX_JA, false);
  if (!suffix && !kanji && j > amount.end) suffix = matchTable(text, j, SUFFIX_EN, true) ?? matchTable(text, j, SUFFIX_CODES, false);
  if (!suffix) return undefined;
  // `won` and `pounds` are common words (`in 2019 won`, `5 pounds`): money only with a scale.
  if (AMBIGUOUS.has(suffix.text.toLowerCase()) && !amount.scaled) return undefined;
  const segments: Segment[] = [amountSegment(scan, amount)];
  pushText(segments, text.slice(amount.end, suffix.end));
  return candidate(i, suffix.end, amount, suffix.value, segments);
}
