// Two renderings of a dataset value: a normalised string for machines (the CLI's `expected`),
// and a phrase for people in English or Japanese (messages, hovers, the CLI's card).

import type { Dataset, ScalarValue, Value } from '../model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `240`, `10500000000 JPY`, `2025-03-24`, `kenichiro-nagumo`, `General`. */
export function normalizedValue(v: ScalarValue): string {
  switch (v.kind) {
    case 'quantity':
      return String(v.amount);
    case 'money':
      return `${v.amount} ${v.currency}`;
    case 'date':
      return v.precision === 'year' ? String(v.year) : v.precision === 'month' ? `${v.year}-${pad(v.month ?? 1)}` : `${v.year}-${pad(v.month ?? 1)}-${pad(v.day ?? 1)}`;
    case 'entity':
      return v.id;
    case 'text':
      return v.text.en ?? Object.values(v.text)[0] ?? '';
  }
}

const UNIT_NAMES: Record<string, { en: string; ja: string }> = {
  persons: { en: 'persons', ja: '人' },
  minutes: { en: 'minutes', ja: '分' },
  hours: { en: 'hours', ja: '時間' },
  percent: { en: '%', ja: '%' },
};

function money(amount: number, currency: string, ja: boolean): string {
  if (ja && amount >= 1e8 && amount % 1e6 === 0) return `${amount / 1e8}億${currency === 'JPY' ? '円' : ` ${currency}`}`;
  if (ja && amount >= 1e4 && amount % 100 === 0) return `${amount / 1e4}万${currency === 'JPY' ? '円' : currency === 'USD' ? 'ドル' : ` ${currency}`}`;
  if (!ja && amount >= 1e9) return `${+(amount / 1e9).toFixed(3)} billion ${currency}`;
  if (!ja && amount >= 1e6) return `${+(amount / 1e6).toFixed(3)} million ${currency}`;
  return `${amount.toLocaleString('en-US')} ${currency}`;
}

/** A phrase for people: `240 persons` / `240人`, `March 24, 2025` / `2025年3月24日`. */
export function describeValue(v: Value, dataset: Dataset, lang: string): string {
  const ja = lang === 'ja';
  if (v.kind === 'list') return v.items.map((i) => describeValue(i, dataset, lang)).join(ja ? '、' : ', ');
  switch (v.kind) {
    case 'quantity': {
      const unit = v.unit ? UNIT_NAMES[v.unit] : undefined;
      if (!v.unit) return String(v.amount);
      return ja ? `${v.amount}${unit?.ja ?? v.unit}` : `${v.amount} ${unit?.en ?? v.unit}`;
    }
    case 'money':
      return money(v.amount, v.currency, ja);
    case 'date':
      if (ja) return `${v.year}年${v.month ? `${v.month}月` : ''}${v.day && v.precision === 'day' ? `${v.day}日` : ''}`;
      if (v.precision === 'year') return String(v.year);
      if (v.precision === 'month') return `${MONTHS[(v.month ?? 1) - 1]} ${v.year}`;
      return `${MONTHS[(v.month ?? 1) - 1]} ${v.day}, ${v.year}`;
    case 'entity': {
      const e = dataset.entities.get(v.id);
      return e ? (e.labels[lang] ?? e.labels.en ?? e.labels.ja ?? v.id) : v.id;
    }
    case 'text':
      return v.text[lang] ?? v.text.en ?? Object.values(v.text)[0] ?? '';
  }
}
