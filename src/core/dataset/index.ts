// Dataset loading: YAML text → typed, merged dataset + problems. Pure (no I/O): hosts read the
// files and hand in their text. See docs/dataset-format.md for the format and problem codes.

export { parseDatasetFile } from './parse';
export { mergeDatasetFiles } from './merge';
export { loadDatasets, sortProblems } from './load';
export type { DatasetSource } from './load';
export { ENTITY_ID, idFromName, PROPERTY_TYPES, parseDateText } from './values';
export { STATUSES } from './parse';
export type {
  DatasetDraft,
  DraftAlias,
  DraftEntity,
  DraftFact,
  DraftProperty,
  DraftTest,
  LoadOptions,
  LoadResult,
  ParsedDatasetFile,
  RawScalar,
  RawValue,
} from './types';
