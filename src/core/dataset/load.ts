import type { Dataset, Problem } from '../model';
import { mergeDatasetFiles } from './merge';
import { parseDatasetFile } from './parse';
import type { LoadOptions, LoadResult } from './types';

/**
 * Parses each file and merges them in the order given (bundled dataset first, then workspace
 * files sorted by path, then files from settings). Problems come sorted by file (in that order),
 * then position. Never throws.
 */
export function loadDatasets(
  inputs: ReadonlyArray<{ file: string; text: string }>,
  options: LoadOptions = {},
): LoadResult<Dataset> {
  const list = Array.isArray(inputs) ? inputs : [];
  const parsed = list.map((i) => parseDatasetFile(i?.file ?? '', i?.text ?? '', options));
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
