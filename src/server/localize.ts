// The server's own words (status line, hover headings, code action titles) in the UI language
// the client names in `initializationOptions.locale`. Messages about a document's content come
// from the engine, already in the document's language.

import { pick } from '../core/l10n';

export type UiLang = 'en' | 'ja';

export function uiLang(locale: string | undefined): UiLang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function t(lang: UiLang, en: string, ja: string): string {
  return pick({ en, ja }, lang);
}

/** A language tag as a word: `en` → English / 英語. */
export function languageName(tag: string, lang: UiLang): string {
  if (tag === 'en') return t(lang, 'English', '英語');
  if (tag === 'ja') return t(lang, 'Japanese', '日本語');
  return tag;
}
