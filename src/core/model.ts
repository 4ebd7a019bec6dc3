// Plain data types shared by every part of the engine. Nothing here holds behaviour, so the
// server, the CLI and tests can pass these values around (and serialise them) freely.

/** A BCP 47-ish language tag; the engine knows `en` and `ja`, datasets may add more. */
export type Lang = string;

/** Text per language: `{ en: 'Joint Operations Command', ja: '統合作戦司令部' }`. */
export type LocalizedText = Partial<Record<Lang, string>>;

/** A position as LSP counts it: 0-based line, UTF-16 code units into the line. */
export interface Position {
  line: number;
  character: number;
}

/** An LSP range: end exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** Where something stands in one file: the file's path or URI as the host named it, and a range. */
export interface Location {
  file: string;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * A problem found in a dataset or a document. Bad input becomes one of these, never an
 * exception. Codes are stable and language-neutral; `message` is already localised.
 */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  /** File the problem is in (a dataset file or a document); absent for global problems. */
  file?: string;
  range?: Range;
  /** What the input says (vfile-message's `actual`). */
  actual?: string;
  /** What would be right (vfile-message's `expected`); drives quick fixes. */
  expected?: string[];
  /** Extra structured payload for a code (entity ids, candidates, …). */
  data?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Values

/** How precise a date is: `2025`, `2025-03` or `2025-03-24`. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface QuantityValue {
  kind: 'quantity';
  amount: number;
  /** Unit name as declared by the property (`persons`, `km`, …); absent for a bare count. */
  unit?: string;
}

export interface MoneyValue {
  kind: 'money';
  amount: number;
  /** ISO 4217 code: `JPY`, `USD`, … */
  currency: string;
}

export interface DateValue {
  kind: 'date';
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /**
   * Written without a year (`March 24`, `3月24日`), as news does for dates of its own year: `year`
   * is 0, and it is compared by month and day only; `24日` has no month either and is compared by
   * its day. Only dates found in text have it.
   */
  yearless?: boolean;
}

export interface EntityRefValue {
  kind: 'entity';
  /** The id of another entity in the dataset. */
  id: string;
}

export interface TextValue {
  kind: 'text';
  /** Text per language; the loader turns a plain YAML string into `{ en: … }`. */
  text: LocalizedText;
}

export type ScalarValue = QuantityValue | MoneyValue | DateValue | EntityRefValue | TextValue;

export interface ListValue {
  kind: 'list';
  items: ScalarValue[];
}

export type Value = ScalarValue | ListValue;

/** The value kinds a property may declare. */
export type PropertyType = 'quantity' | 'money' | 'date' | 'entity' | 'text';

// ---------------------------------------------------------------------------------------------
// Dataset

/** Provenance of a fact (Wikidata's reference). */
export interface Source {
  /** A path relative to the dataset file (else to the workspace), or a web source's name. */
  document: string;
  /** Shown instead of `document`. */
  title?: string;
  quote?: string;
  /** A web source's address: its document is not looked up on disk. */
  url?: string;
}

/** Qualifiers of a fact (Wikidata's qualifiers). All optional. */
export interface Qualifiers {
  asOf?: DateValue;
  from?: DateValue;
  until?: DateValue;
  /** `current` (default), `planned`, `former`, `proposed`, `disputed`. */
  status?: string;
  approximate?: boolean;
  /** Free-text context, per language, shown in hovers (`first commander`, …). */
  note?: LocalizedText;
  /** Any other qualifier the dataset gives, kept as written. */
  [key: string]: unknown;
}

/** The span of a dataset item in its file, for problems and go-to-definition. */
export interface SourceSpan {
  file: string;
  range: Range;
}

/** Where a source's `document` and `quote` are written in the dataset file (for provenance problems). */
export interface SourceRanges {
  document: Range;
  quote?: Range;
}

export interface Fact {
  property: string;
  value: Value;
  qualifiers: Qualifiers;
  sources: Source[];
  span?: SourceSpan;
  /** Per source (same order), where it is written in `span.file`; absent for facts built in code. */
  sourceRanges?: Array<SourceRanges | null>;
}

/**
 * How an alias may match. `caseSensitive` defaults to true for all-capital acronyms (MOD is not
 * "mod"); `needsContext` marks short or common forms (a surname) that count only after a fuller
 * mention of the same entity in the document, or next to a title.
 */
export interface Alias {
  text: string;
  lang: Lang;
  caseSensitive?: boolean;
  needsContext?: boolean;
  span?: SourceSpan;
}

export interface Entity {
  id: string;
  type: string;
  labels: LocalizedText;
  aliases: Alias[];
  /** Kana readings and romanisations, per language. */
  readings: LocalizedText;
  description: LocalizedText;
  /** Links to the same thing elsewhere (Wikidata QIDs, URLs). */
  sameAs: string[];
  facts: Fact[];
  span?: SourceSpan;
}

/** Cue words per language that announce a property in a sentence. */
export type Cues = Partial<Record<Lang, string[]>>;

export interface PropertyDecl {
  name: string;
  type: PropertyType;
  /** For quantities: the unit the values are in (`persons`). */
  unit?: string;
  label: LocalizedText;
  cues: Cues;
  /**
   * Properties of one family are compared together: a value that matches any member is no
   * conflict (a planned 280 next to a current 240). Defaults to the property's own name.
   */
  family?: string;
  /**
   * The property may hold several values at once and the dataset need not list them all (an
   * organisation's counterparts, a meeting's participants): another value named in a text is no
   * conflict. Single-valued properties (a commander, a headquarters) conflict on another value.
   */
  multiple?: boolean;
  span?: SourceSpan;
}

/** An inline dataset test (prh's `specs`). */
export interface DatasetTest {
  text: string;
  /** Language of the text; guessed from the script when absent. */
  lang?: Lang;
  /** Entity ids that must be recognised, in order (when given). */
  mentions?: string[];
  /** Conflicts that must be raised; an empty list means none may be raised. */
  conflicts?: Array<{ entity: string; property: string }>;
  span?: SourceSpan;
}

/** One dataset file as loaded, before merging. */
export interface DatasetFile {
  file: string;
  version: number;
  properties: PropertyDecl[];
  entities: Entity[];
  tests: DatasetTest[];
}

/** The merged dataset the engine works with. */
export interface Dataset {
  properties: Map<string, PropertyDecl>;
  entities: Map<string, Entity>;
  tests: DatasetTest[];
  /** Files in merge order. */
  files: string[];
}

// ---------------------------------------------------------------------------------------------
// Analysis results

/** A recognised mention of an entity in a document. */
export interface Mention {
  /** The entity id; for an ambiguous mention, the first candidate. */
  entity: string;
  /** Set when the mention could be several entities; the engine then reports it, never guesses. */
  candidates?: string[];
  /** The text as written in the document. */
  text: string;
  /** UTF-16 offsets into the document, end exclusive. */
  start: number;
  end: number;
  range: Range;
  /** The language of the alias that matched. */
  lang: Lang;
  /** How it was found: the dataset's aliases, or an explicit `[text](entity:ID)` link. */
  via: 'alias' | 'annotation';
}

/** A value as written in a sentence, parsed. */
export interface FoundValue {
  value: ScalarValue;
  /** UTF-16 offsets into the text that was searched, end exclusive. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  approximate: boolean;
}

/** A problem in a document: a conflict, an ambiguous mention, an unknown entity link, … */
export interface Diagnostic extends Problem {
  file: string;
  range: Range;
  /** For `fact-conflict`: the entity and the dataset's property name. */
  entity?: string;
  property?: string;
  /** For `fact-conflict`: the value as written. */
  found?: string;
  /** For `fact-conflict`: text that would replace `found` (document's language and format). */
  replacement?: string;
  /** For `fact-conflict`: where the expected value comes from. */
  sources?: Source[];
}

export interface DocumentAnalysis {
  file: string;
  /** The document's main language, by script: `en`, `ja`. */
  language: Lang;
  mentions: Mention[];
  diagnostics: Diagnostic[];
}
