// The engine's public surface. Hosts import from here only.

export * from './model';
export { createEntityService, DEFAULT_MAX_DOCUMENT_LENGTH } from './service';
export * from './budgets';
export type { EntityService, EntityServiceOptions, RecognitionOptions, DatasetInput, TextDocument, CancellationToken } from './service';
export { WorkspaceIndex } from './workspaceIndex';
export type { IndexedMention, IndexStats } from './workspaceIndex';
export type { DocumentKind } from './markdown/prose';
export { entityCard } from './card';
export type { EntityCard, CardFact } from './card';
export { testFailuresAsProblems } from './datasetTests';
export type { DatasetTestResult } from './datasetTests';
export { describeValue, normalizedValue } from './claims/describeValue';
export { documentDate } from './claims/documentDate';
export type { ClaimReading } from './claims/checkClaims';
export { LineIndex } from './text/lineIndex';
export { normalizeKey } from './text/normalize';
export { detectLanguage } from './text/detectLanguage';
export { checkProvenance, FoldedDocument, isWebSource, MAX_PROVENANCE_CHARACTERS, MAX_PROVENANCE_DOCUMENTS, type ReadSourceDocument, type QuoteSpan } from './provenance';
export { findUnknownNames, knownNameKeys, MAX_UNKNOWN_NAMES_PER_DOCUMENT, type FoundName, type UnknownNameKind } from './names/unknownNames';
export { UnknownNameTally, UNKNOWN_NAME_LIMITS, type RankedName, type RankLimits } from './names/rankNames';
