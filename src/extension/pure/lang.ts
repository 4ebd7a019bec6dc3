// UI language and message formatting for the client's pure helpers. Nothing in src/extension/pure
// imports `vscode`, so these run (and are tested) in plain Node; the VS Code layer passes
// `vscode.l10n.t` in as the `Translate` function.

export type UiLang = 'en' | 'ja';

/** `vscode.l10n.t`'s shape: an English message with `{0}` placeholders, and its arguments. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}` … with the arguments: the English fallback, and a stand-in for tests. */
export const format: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));

/** The UI language Entity Lens speaks: Japanese for any `ja*` locale, otherwise English. */
export function uiLang(locale: string | undefined): UiLang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function otherLang(lang: UiLang): UiLang {
  return lang === 'ja' ? 'en' : 'ja';
}

/** The text in `lang`, else the other language's, else any language's, else `fallback`. */
export function pickText(texts: Partial<Record<string, string>> | undefined, lang: UiLang, fallback = ''): string {
  if (!texts) return fallback;
  return texts[lang] || texts[otherLang(lang)] || Object.values(texts).find((v) => !!v) || fallback;
}

/** The name of a language as the UI shows it (group headings in the card). */
export function languageName(code: string, t: Translate): string {
  switch (code) {
    case 'en':
      return t('English');
    case 'ja':
      return t('Japanese');
    default:
      return code;
  }
}
