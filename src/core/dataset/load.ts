import type { Dataset, Problem } from '../model';
import { mergeDatasetFiles } from './merge';
import { parseDatasetFile } from './parse';
import type { DatasetDraft, LoadOptions, LoadResult, ParsedDatasetFile } from './types';

/** A dataset file's text; `parsed`, when a host already parsed it (in a worker thread), is used instead. */
export interface DatasetSource {
  file: string;
  text: string;
  parsed?: { draft: DatasetDraft; problems: Problem[] };
}

/** The host's parse of this very file, if it handed one in (plain data, as `parseDatasetFile` made it). */
function preParsed(i: DatasetSource | null | undefined): ParsedDatasetFile | undefined {
  const p = i?.parsed;
  if (!p || typeof p !== 'object' || !p.draft || p.draft.file !== i.file || !Array.isArray(p.problems) || !Array.isArray(p.draft.entities)) return undefined;
  // Merging reads only the draft; the standalone view is not needed.
  return { dataset: { file: i.file, version: p.draft.version, properties: [], entities: [], tests: [] }, problems: p.problems, draft: p.draft };
}

/**
 * Parses each file and merges them in the order given (bundled dataset first, then workspace
 * files sorted by path, then files from settings). Problems come sorted by file (in that order),
 * then position. Never throws.
 */
export function loadDatasets(
  inputs: ReadonlyArray<DatasetSource>,
  options: LoadOptions = {},
): LoadResult<Dataset> {
  const list = Array.isArray(inputs) ? inputs : [];
  const parsed = list.map((i) => preParsed(i) ?? parseDatasetFile(i?.file ?? '', i?.text ?? '', options));
  const merged = mergeDatasetFiles(parsed, options);
  const problems = sortProblems(
    [...parsed.flatMap((p) => p.problems), ...merged.problems],
    list.map((i) => i?.file ?? ''),
  );
  return { dataset: merged.dataset, problems };
}

/** Sorts problems by file (in the given order, unknown files last), then start position.
 *  Stable: problems at the same place keep their order. */
export function sortProblems(problems: Problem[], files: readonly string[]): Problem[] {
  const order = new Map<string, number>();
  files.forEach((f, i) => {
    if (!order.has(f)) order.set(f, i);
  });
  const key = (p: Problem) => order.get(p.file ?? '') ?? files.length;
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        key(a.p) - key(b.p) ||
        (a.p.range?.start.line ?? 0) - (b.p.range?.start.line ?? 0) ||
        (a.p.range?.start.character ?? 0) - (b.p.range?.start.character ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
