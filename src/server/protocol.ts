// Every custom request and notification between the Entity Lens client and server, in one typed
// file. Method names are namespaced `entityLens/…`; payloads are plain JSON. Standard LSP
// requests (hover, definition, references, codeAction, workspace/symbol) are not listed here.

import type { EntityCard } from '../core/card';

//#region To server

/** `entityLens/searchEntities`: entities whose id, label or alias matches, in either language. */
export const SearchEntitiesRequest = 'entityLens/searchEntities';
export interface SearchEntitiesParams {
  query: string;
  limit?: number;
}
export interface EntitySummary {
  id: string;
  type: string;
  /** Labels per language. */
  labels: Record<string, string>;
  /** Every alias, per language, for quick-pick filtering. */
  aliases: Record<string, string[]>;
}
export interface SearchEntitiesResult {
  entities: EntitySummary[];
}

/** `entityLens/entityCard`: everything the entity-card view shows. */
export const EntityCardRequest = 'entityLens/entityCard';
export interface EntityCardParams {
  id: string;
}
export interface MentionLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  lang: string;
}
export interface EntityCardResult {
  card: EntityCard | null;
  /** Mentions across the workspace index, grouped by the language of the name used. */
  mentions: Record<string, MentionLocation[]>;
  /** Where the entity is defined in a dataset file. */
  definition: MentionLocation | null;
}

/** `entityLens/factProposals`: the facts the claim reader finds in a selection, to record one. */
export const FactProposalsRequest = 'entityLens/factProposals';
export interface FactProposalsParams {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface FactProposal {
  entity: string;
  entityLabels: Record<string, string>;
  property: string;
  propertyLabels: Record<string, string>;
  /** The value as the dataset would write it, described in each language. */
  value: Record<string, string>;
  /** `new`: the entity has no fact for the property; `conflict`: the dataset says otherwise; `agree`: it says the same. */
  verdict: 'agree' | 'conflict' | 'new';
}
export interface FactProposalsResult {
  proposals: FactProposal[];
  /** The workspace datasets a fact can be recorded in (never the bundled one). */
  datasets: Array<{ uri: string; name: string }>;
  /** The selected sentence, as it would be quoted; empty when the selection is not one. */
  quote: string;
}

/**
 * `entityLens/recordFact`: the edit that records proposal `proposal` of the selection in the
 * dataset `dataset` (one of `datasets`, or, with `create`, a new `*.entities.yaml` inside a
 * workspace folder). The server recomputes the proposals: it trusts only the index.
 */
export const RecordFactRequest = 'entityLens/recordFact';
export interface RecordFactParams extends FactProposalsParams {
  proposal: number;
  dataset: string;
  create?: boolean;
}
export interface RecordFactResult {
  /** A WorkspaceEdit (LSP JSON), or null with `error` saying why. */
  edit: unknown;
  error?: string;
}

/** `entityLens/newEntityContext`: what New Entity from Selection proposes for a selected name. */
export const NewEntityContextRequest = 'entityLens/newEntityContext';
export interface NewEntityContextResult {
  /** The selected name (empty when the selection is not one short line), and its language. */
  name: string;
  lang: 'en' | 'ja';
  /** A free id made from the name (empty for a name with no Latin letters: the user types one). */
  proposedId: string;
  /** The entity types the datasets use, most used first. */
  types: string[];
  datasets: Array<{ uri: string; name: string }>;
}

/** `entityLens/newEntity`: the edit that adds the selected name as a new entity. */
export const NewEntityRequest = 'entityLens/newEntity';
export interface NewEntityParams extends FactProposalsParams {
  id: string;
  type: string;
  /** The label in the other language, if the user gave one. */
  otherLabel?: string;
  dataset: string;
  create?: boolean;
}

/** `entityLens/unknownNames`: names across the workspace index that match no entity, most frequent first. */
export const UnknownNamesRequest = 'entityLens/unknownNames';
export interface UnknownName {
  /** The spelling seen most often. */
  text: string;
  kind: 'person' | 'organization' | 'acronym';
  /** The language an alias of it would be written in. */
  lang: string;
  /** Every occurrence, also those past `mentions`. */
  count: number;
  /** The first occurrences (at most 50), files in order. */
  mentions: Array<{ uri: string; range: MentionLocation['range'] }>;
}
export interface UnknownNamesResult {
  names: UnknownName[];
  /** Documents read. */
  files: number;
  /** True when a budget stopped the reading: more documents, or more distinct names, than it allows. */
  partial: boolean;
}

/**
 * `entityLens/addUnknownNameAlias`: the edit that adds the unknown name at `range` of `uri` as an
 * alias of `entity`, in the workspace dataset that describes it (else the first). The server
 * finds the name again in its index: a range where it finds none gets no edit.
 */
export const AddUnknownNameAliasRequest = 'entityLens/addUnknownNameAlias';
export interface AddUnknownNameAliasParams {
  entity: string;
  uri: string;
  range: MentionLocation['range'];
}
export interface AddUnknownNameAliasResult {
  /** A WorkspaceEdit (LSP JSON), or null with `error` saying why. */
  edit: unknown;
  /** The dataset file the edit changes. */
  dataset?: string;
  error?: string;
}

/** `entityLens/reloadDatasets`: re-read every dataset file now. */
export const ReloadDatasetsRequest = 'entityLens/reloadDatasets';
export interface ReloadDatasetsResult {
  entities: number;
  problems: number;
}

/** `entityLens/checkWorkspace`: index and check every note in the workspace now. */
export const CheckWorkspaceRequest = 'entityLens/checkWorkspace';
export interface CheckWorkspaceResult {
  files: number;
  mentions: number;
  problems: number;
}

/** `entityLens/documentMentions`: the mentions of one open document (for editor decorations). */
export const DocumentMentionsRequest = 'entityLens/documentMentions';
export interface DocumentMentionsParams {
  uri: string;
}
export interface DocumentMentionsResult {
  mentions: Array<{ entity: string; range: MentionLocation['range'] }>;
}

//#endregion

//#region To client

/** `entityLens/status`: what the server is doing, for the status bar. Sent on every change. */
export const StatusNotification = 'entityLens/status';
export interface StatusParams {
  state: 'loading' | 'ready' | 'datasetErrors' | 'noDataset' | 'indexing';
  entities: number;
  /** Problems in dataset files. */
  datasetProblems: number;
  /** Diagnostics in notes (conflicts, ambiguities). */
  documentProblems: number;
  indexedFiles: number;
  /** Datasets ignored because the workspace is not trusted. */
  restricted: boolean;
  /** One line for the tooltip / output, already localised. */
  message: string;
}

//#endregion

/** What the client sends in `initializationOptions`. */
export interface InitializationOptions {
  /** Absolute path of the bundled dataset file. */
  bundledDataset?: string;
  /** Restricted Mode: workspace datasets and settings naming files are ignored. */
  trusted: boolean;
  /** UI language (`vscode.env.language`), for messages not tied to a document. */
  locale?: string;
  /** Where the server may keep its index cache (the extension's global storage folder). */
  cacheDir?: string;
  /**
   * Settings for a client that cannot answer `workspace/configuration` (Neovim 0.7):
   * `{ entityLens: { languages: ['en', 'ja'], … } }`, the shape of `workspace/didChangeConfiguration`.
   */
  settings?: { entityLens?: unknown };
}
