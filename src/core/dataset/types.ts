// The loader's intermediate form. Parsing one file cannot always know what a value means: the
// shorthand `240` is a quantity or a year depending on the property's declared type, and the
// property may be declared (or redeclared) in another file. So a parsed file keeps a *draft*:
// what the file said, field by field, with raw values and ranges. Merging works on drafts and
// resolves every value against the merged property declarations.
//
// Drafts are plain data (no yaml nodes, no classes), so they can be cached or sent to a worker.

import type { MessageLang } from '../l10n';
import type {
  Cues,
  DatasetFile,
  DatasetTest,
  LocalizedText,
  Problem,
  PropertyType,
  Qualifiers,
  Range,
  ScalarValue,
  Source,
  SourceRanges,
  SourceSpan,
} from '../model';

export interface LoadOptions {
  /** Language of problem messages; anything but `ja` gives English. */
  lang?: MessageLang;
}

/** One scalar as written: a self-describing full form, or a shorthand the property's type decides. */
export type RawScalar =
  | { form: 'full'; value: ScalarValue; range: Range; text: string }
  | { form: 'short'; value: string | number; range: Range; text: string };

/** A fact's value as written: one scalar, or a YAML sequence of scalars. */
export interface RawValue {
  list: boolean;
  items: RawScalar[];
  range: Range;
  /** Short source text, for messages. */
  text: string;
}

/** A property declaration as one file wrote it; a redeclaration may give only some fields. */
export interface DraftProperty {
  name: string;
  nameRange: Range;
  span: SourceSpan;
  type?: PropertyType;
  /** The file gave a `type` that is not a known type (already reported). */
  typeInvalid?: boolean;
  unit?: string;
  label?: LocalizedText;
  cues?: Cues;
  family?: string;
  multiple?: boolean;
}

export interface DraftFact {
  property: string;
  propertyRange: Range;
  value: RawValue;
  qualifiers: Qualifiers;
  sources: Source[];
  sourceRanges?: Array<SourceRanges | null>;
  span: SourceSpan;
}

export interface DraftAlias {
  text: string;
  lang: string;
  caseSensitive?: boolean;
  needsContext?: boolean;
  span: SourceSpan;
}

/** An entity as one file wrote it; giving an id that exists extends that entity. */
export interface DraftEntity {
  id: string;
  idRange: Range;
  span: SourceSpan;
  type?: string;
  labels: LocalizedText;
  aliases: DraftAlias[];
  readings: LocalizedText;
  description: LocalizedText;
  sameAs: string[];
  facts: DraftFact[];
}

export interface DraftTest extends DatasetTest {
  /** Ranges of `mentions` items, parallel to `mentions`. */
  mentionRanges?: Range[];
  /** Ranges of each conflict's `entity` and `property`, parallel to `conflicts`. */
  conflictRanges?: Array<{ entity: Range; property: Range }>;
}

export interface DatasetDraft {
  file: string;
  version: number;
  properties: DraftProperty[];
  entities: DraftEntity[];
  tests: DraftTest[];
}

/**
 * What `parseDatasetFile` returns. `dataset` is a standalone view of the one file: values whose
 * meaning depends on a property declared elsewhere are provisional there (a best guess), and
 * checks that need every file (unknown properties and entities, values that do not fit their
 * property's type) are left to `mergeDatasetFiles`, which reads `draft`.
 */
export interface ParsedDatasetFile {
  dataset: DatasetFile;
  problems: Problem[];
  draft: DatasetDraft;
}

export interface LoadResult<T> {
  dataset: T;
  problems: Problem[];
}
