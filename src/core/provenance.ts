// Provenance: does each fact's quote still stand in the document it cites? A source names a
// document (a path, resolved by the host) and a quote; the quote is sought in the document after
// folding width, case and whitespace as recognition does, so a re-wrapped paragraph or a
// full-width digit still counts. A web source (`url`) is the web's to keep: not looked up.
// Pure: the host reads the documents (within its budgets) and hands their text in.

import type { Dataset, Problem, Range, Source } from './model';
import { pick, type Localized } from './l10n';
import { codesToString, normalizeForMatch, normalizeKey } from './text/normalize';

/** Distinct documents one check reads at most, and characters in all; the rest are not checked (said once). */
export const MAX_PROVENANCE_DOCUMENTS = 500;
export const MAX_PROVENANCE_CHARACTERS = 32 * 1024 * 1024;

/**
 * The host's side: the text of `document` as cited from the dataset file `datasetFile`, `null`
 * when there is no such document (or it may not be read), `undefined` past the host's budget.
 */
export type ReadSourceDocument = (datasetFile: string, document: string) => string | null | undefined;

/** Where a quote stands in a document: offsets in the original text. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** A folded document, ready for any number of quotes. */
export class FoldedDocument {
  private readonly folded: ReturnType<typeof normalizeForMatch>;
  private readonly flat: string;

  constructor(readonly text: string) {
    this.folded = normalizeForMatch(text);
    this.flat = codesToString(this.folded.codes, 0, this.folded.length);
  }

  /** The first place the quote stands, folded as recognition folds; undefined when it does not. */
  find(quote: string): QuoteSpan | undefined {
    const key = normalizeKey(quote);
    if (key === '') return undefined;
    const at = this.flat.indexOf(key);
    if (at < 0) return undefined;
    return { start: this.folded.srcStart[at]!, end: this.folded.srcEnd[at + key.length - 1]! };
  }
}

/** Is this source on the web (its document a title, not a file to look up)? */
export function isWebSource(s: Source): boolean {
  return typeof s.url === 'string' && /^https?:\/\//i.test(s.url);
}

/**
 * `dataset.source-missing` (information) at a source whose document cannot be found, and
 * `dataset.source-quote-missing` (warning) at a quote its document does not contain, for every
 * fact read from one of the dataset `files` (the user's; not the bundled one). Each document is read and folded once; `found` hears where
 * each quote that does stand is.
 */
export function checkProvenance(dataset: Dataset, files: ReadonlySet<string>, read: ReadSourceDocument, lang?: string, found?: (source: Source, datasetFile: string, at: QuoteSpan) => void): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map<string, FoldedDocument | null>();
  let overBudget = false;
  let characters = 0;
  const documentOf = (file: string, document: string): FoldedDocument | null | undefined => {
    const key = `${file}\u0000${document}`;
    if (documents.has(key)) return documents.get(key)!;
    if (documents.size >= MAX_PROVENANCE_DOCUMENTS || characters >= MAX_PROVENANCE_CHARACTERS) {
      overBudget = true;
      return undefined;
    }
    const text = read(file, document);
    if (text === undefined) return undefined;
    characters += text?.length ?? 0;
    const folded = text === null ? null : new FoldedDocument(text);
    documents.set(key, folded);
    return folded;
  };
  const say = (code: string, severity: Problem['severity'], message: Localized, file: string, range: Range, actual: string) =>
    problems.push({ code, severity, message: pick(message, lang), file, range, actual });

  for (const entity of dataset.entities.values()) {
    for (const fact of entity.facts) {
      const file = fact.span?.file;
      if (file === undefined || !files.has(file)) continue;
      fact.sources.forEach((source, k) => {
        const at = fact.sourceRanges?.[k];
        if (!at || isWebSource(source)) return;
        const doc = documentOf(file, source.document);
        if (doc === null) {
          say('dataset.source-missing', 'info', missingDocument(source.document), file, at.document, source.document);
        } else if (doc && source.quote !== undefined && at.quote) {
          const where = doc.find(source.quote);
          if (!where) say('dataset.source-quote-missing', 'warning', missingQuote(source.document), file, at.quote, source.quote);
          else found?.(source, file, where);
        }
      });
    }
  }
  const first = [...files][0];
  if (overBudget && first !== undefined) {
    const start = { line: 0, character: 0 };
    problems.push({
      code: 'dataset.source-budget',
      severity: 'info',
      message: pick({ en: `Only the first ${documents.size} source documents were checked for their quotes (at most ${MAX_PROVENANCE_DOCUMENTS}, and 32 M characters in all).`, ja: `引用を確認した出典文書は最初の${documents.size}件だけです（最大${MAX_PROVENANCE_DOCUMENTS}件、合計3,200万字まで）。` }, lang),
      file: first,
      range: { start, end: start },
    });
  }
  return problems;
}

function missingDocument(document: string): Localized {
  return {
    en: `The source document "${document}" is not found next to the dataset or in the workspace; its quotes are not checked.`,
    ja: `出典文書「${document}」がデータセットの隣にもワークスペースにも見つかりません。引用は確認していません。`,
  };
}

function missingQuote(document: string): Localized {
  return {
    en: `This quote does not stand in "${document}" (compared ignoring width, case and spacing): the document changed, or the quote has a typo.`,
    ja: `この引用は「${document}」に見当たりません（全角・半角、大文字・小文字、空白の違いは無視して比較）。文書が変わったか、引用に誤りがあります。`,
  };
}
