// Messages are written in English and Japanese side by side, so a message can never exist in
// one language only. Codes stay language-neutral; only the text is localised.

export type MessageLang = 'en' | 'ja';

export interface Localized {
  en: string;
  ja: string;
}

/** Picks the message for a language; anything that is not Japanese gets English. */
export function pick(message: Localized, lang: string | undefined): string {
  return lang === 'ja' ? message.ja : message.en;
}
