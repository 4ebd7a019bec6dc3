// The engine's one entry point. Hosts (CLI, language server, tests) hand it dataset texts and
// document texts; it hands back plain data. It never reads files and never throws on bad input.

import type { Dataset, Diagnostic, DocumentAnalysis, Entity, Mention, Position, Problem } from './model';
import { loadDatasets } from './dataset';
import { buildAliasIndex, type AliasIndex } from './recognize/aliasIndex';
import { recognizeRange, type RecognizeState } from './recognize/recognize';
import { withLaterContext } from './recognize/laterContext';
import { RecordingSet } from './recognize/recordingSet';
import { numberedEdition, ownedByAnotherCountry } from './recognize/foreignOwner';
import { companionNearby } from './recognize/companions';
import { dateCloseness, dateNearby } from './recognize/eventDate';
import { WrittenYears } from './recognize/writtenYears';
import { extractProse, type DocumentKind, type ProseChunkCache, type ProseView } from './markdown/prose';
import { Suppressions } from './markdown/directives';
import { splitSentences, withJapaneseCommas } from './claims/sentences';
import { CueIndex } from './claims/cueIndex';
import { checkSentence, type ClaimReading } from './claims/checkClaims';
import { copyDiscourse, discourseKey, newDiscourse, type Discourse } from './claims/discourse';
import { datelineRange, documentDate } from './claims/documentDate';
import { normalizedValue } from './claims/describeValue';
import { titleAfterRows } from './claims/leadTitle';
import { moveFamilyNamed } from './claims/relocation';
import { postsTitledIn } from './claims/bareTitle';
import { quakeDaysTold as quakeDaysToldIn } from './claims/quakeDay';
import { quakeYearsOff as quakeYearsOffIn } from './claims/quakeYear';
import { LineIndex } from './text/lineIndex';
import { MAX_DIAGNOSTICS_PER_DOCUMENT, MAX_MENTIONS_PER_DOCUMENT } from './budgets';
import { pick } from './l10n';
import { detectLanguage } from './text/detectLanguage';
import { EntityLookup } from './lookup';
import { runDatasetTests, type DatasetTestResult } from './datasetTests';
import { compileDataset, restoreCompiled, type CompiledDataset } from './compiled';

export interface DatasetInput {
  file: string;
  text: string;
}

export interface TextDocument {
  /** Path or URI, as the host names it; echoed in results. */
  file: string;
  text: string;
  /** Markdown unless said otherwise; `.txt` files are `plaintext`. */
  kind?: DocumentKind;
  /** Bump on every edit; the result for an unchanged version comes from the cache. */
  version?: number;
}

/** LSP's cancellation token, structurally. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface EntityServiceOptions {
  /** Language of messages about datasets (documents get messages in their own language). */
  lang?: 'en' | 'ja';
  /** Documents longer than this (UTF-16 code units) are not checked; a diagnostic says so. */
  maxDocumentLength?: number;
  /** Languages whose labels and aliases are recognised in documents; all when absent. Look-up by name ignores it. */
  languages?: string[];
}

/** The options a running service can change (the language server's settings). */
export type RecognitionOptions = Pick<EntityServiceOptions, 'maxDocumentLength' | 'languages'>;

export interface EntityService {
  /** Replaces the datasets (in merge order) and rebuilds the matchers. Returns every problem. */
  loadDatasets(inputs: DatasetInput[]): Problem[];
  readonly dataset: Dataset;
  readonly datasetProblems: readonly Problem[];
  /** Increases on every `loadDatasets` and `configure`; cached analyses of older versions are recomputed. */
  readonly datasetVersion: number;
  /** Mentions and diagnostics of one document; `undefined` only when cancelled. */
  analyze(doc: TextDocument, token?: CancellationToken): DocumentAnalysis | undefined;
  /**
   * Every claim the fact check reads in a document, agreeing with the dataset or not, in
   * document order: what a conflict is judged from, for tests and explanations. Not cached.
   */
  readClaims(doc: TextDocument): ClaimReading[];
  /** Drops a document from the cache (closed or deleted). */
  forget(file: string): void;
  /** Entities whose id, label or alias matches `query` in either language, best first. */
  findEntities(query: string, limit?: number): Entity[];
  getEntity(id: string): Entity | undefined;
  /** The mention at an offset of an analysed document, if any. */
  mentionAt(analysis: DocumentAnalysis, offset: number, text: string): Mention | undefined;
  /** Runs the datasets' inline tests. */
  runDatasetTests(): DatasetTestResult[];
  /** Changes the recognition options; the next `analyze` of each document recomputes it. */
  configure(options: RecognitionOptions): void;
  /**
   * The loaded datasets, their problems and the built matcher as plain data (typed arrays and
   * strings), for a host to keep between runs; `undefined` when some value would not come back
   * exactly. Hosts key it by the dataset texts they loaded (see compiled.ts).
   */
  exportCompiled(): CompiledDataset | undefined;
  /**
   * Replaces the datasets with a state `exportCompiled` made (in a service with the same message
   * language) and returns its problems, exactly as `loadDatasets` returned them; `undefined`, and
   * nothing changed, when `data` is not such a state. Never throws.
   */
  importCompiled(data: unknown): Problem[] | undefined;
}

export const DEFAULT_MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

export function createEntityService(options: EntityServiceOptions = {}): EntityService {
  let maxLength = options.maxDocumentLength ?? DEFAULT_MAX_DOCUMENT_LENGTH;
  let languages = options.languages;
  let dataset: Dataset = { properties: new Map(), entities: new Map(), tests: [], files: [] };
  let problems: Problem[] = [];
  let loadProblems: Problem[] = [];
  let aliasIndex: AliasIndex = buildAliasIndex(dataset);
  /** The index over every name (look-up, problems, compiling); `aliasIndex` unless `languages` filters. */
  let allNames: AliasIndex = aliasIndex;
  let cues = CueIndex.build(dataset);
  let lookup = new EntityLookup(aliasIndex, dataset);
  let version = 0;
  let lastInputs: DatasetInput[] | undefined;
  const cache = new Map<string, { text: string; version: number | undefined; datasetVersion: number; analysis: DocumentAnalysis }>();
  /**
   * Per edited document (one analysed with a `version`: an open editor), the Markdown chunks of
   * its last analysis, so that the next one re-parses only the chunks an edit touched.
   */
  const proseChunks = new Map<string, ProseChunkCache>();
  /** Likewise, the claim diagnostics of each prose block (lines relative to the block's). */
  const blockClaims = new Map<string, { datasetVersion: number; blocks: Map<string, { diagnostics: Diagnostic[]; discourse: Discourse }> }>();
  /** Likewise, the mentions of each prose block of its last analysis, by block text. */
  const blockMentions = new Map<string, { datasetVersion: number; blocks: Map<string, BlockMentions> }>();
  /** Likewise, the blocks read again for the short forms of names given in full only later (laterContext.ts). */
  const laterBlockMentions = new Map<string, { datasetVersion: number; blocks: Map<string, BlockMentions> }>();

  /**
   * Recognition block by block, reusing the blocks of the last analysis that still hold. False
   * when cancelled. At the mention budget it stops and sets `budget.cutAt` to the offset read up to.
   */
  function recognizeBlocks(doc: TextDocument, view: ProseView, state: RecognizeState, positionAt: (o: number) => Position, found: Mention[], budget: { cutAt?: number }, years: WrittenYears, token?: CancellationToken): boolean {
    const read = blockReader(doc, view, positionAt, years, blockMentions);
    const seen = new RecordingSet(state.seen);
    const blockState: RecognizeState = { seen, confirms: state.confirms, closeness: state.closeness };
    for (const block of view.blocks) {
      if (token?.isCancellationRequested) return false;
      if (!read(block, blockState, found)) {
        budget.cutAt = found.length > 0 ? found[found.length - 1]!.end : block.start;
        break;
      }
    }
    for (const id of seen) state.seen.add(id);
    read.done();
    return true;
  }

  /**
   * Reads one block's mentions into `found` with `state` (its `seen` a RecordingSet), reusing the
   * block from the last analysis kept in `store` when its text and what it asked of `seen` are
   * unchanged. False at the mention budget. `done()` keeps this analysis's blocks for the next.
   */
  function blockReader(doc: TextDocument, view: ProseView, positionAt: (o: number) => Position, years: WrittenYears, store: Map<string, { datasetVersion: number; blocks: Map<string, BlockMentions> }>) {
    const keep = doc.version !== undefined;
    const previous = keep ? store.get(doc.file) : undefined;
    const before = previous && previous.datasetVersion === version ? previous.blocks : undefined;
    const next = new Map<string, BlockMentions>();
    const read = (block: { start: number; end: number }, state: RecognizeState, found: Mention[]): boolean => {
      const seen = state.seen as RecordingSet;
      // Keyed by what recognition reads: the prose, and (where markup was blanked) the original,
      // since no mention may span a blank that stands for markup.
      const masked = view.masked.slice(block.start, block.end);
      const source = doc.text.slice(block.start, block.end);
      // The year written last before the block is read too (a date without a year beside an event's name).
      // Keyed only where blocks are kept: finding the years costs a scan of the text.
      const key = keep ? `${years.before(block.start) ?? ''}\u0000${masked === source ? masked : `${masked}\u0000${source}`}` : '';
      const known = before?.get(key) ?? next.get(key);
      if (known && found.length + known.mentions.length <= MAX_MENTIONS_PER_DOCUMENT && known.reads.every(([id, had]) => seen.has(id) === had)) {
        for (const m of known.mentions) {
          const start = m.start + block.start;
          const end = m.end + block.start;
          found.push({ ...m, start, end, range: { start: positionAt(start), end: positionAt(end) } });
        }
        for (const id of known.adds) seen.add(id);
        if (keep) next.set(key, known);
        return true;
      }
      seen.startRecording();
      const from = found.length;
      const whole = recognizeRange(view.masked, block.start, block.end, aliasIndex, state, positionAt, found, doc.text, MAX_MENTIONS_PER_DOCUMENT);
      const recorded = seen.stopRecording();
      if (!whole) return false;
      if (keep) {
        const mentions = found.slice(from).map((m) => ({ ...m, start: m.start - block.start, end: m.end - block.start }));
        next.set(key, { mentions, reads: recorded.reads, adds: recorded.adds });
      }
      return true;
    };
    return Object.assign(read, { done: () => void (keep && store.set(doc.file, { datasetVersion: version, blocks: next })) });
  }

  function proseOf(doc: TextDocument): ProseView {
    const kind = doc.kind ?? 'markdown';
    if (doc.version === undefined) return extractProse(doc.text, kind);
    const next: ProseChunkCache = new Map();
    const view = extractProse(doc.text, kind, proseChunks.get(doc.file), next);
    proseChunks.set(doc.file, next);
    return view;
  }

  function analyzeUncached(doc: TextDocument, token?: CancellationToken, readings?: ClaimReading[]): DocumentAnalysis | undefined {
    const text = doc.text;
    const lines = new LineIndex(text);
    const positionAt = (o: number) => lines.positionAt(o);
    const skipped = refuseToCheck(doc, maxLength, options.lang);
    if (skipped) return { file: doc.file, language: 'en', mentions: [], diagnostics: [skipped] };

    const view = proseOf(doc);
    const language = detectLanguage(view.masked);
    const mentions: Mention[] = [];
    const diagnostics: Diagnostic[] = [];
    // Years written in the prose, read only if a date without a year needs one (built once per analysis).
    const years = new WrittenYears(view.masked);
    const state: RecognizeState = {
      seen: new Set(),
      // An event by a date of its own beside its general name; a person's short name by a companion's full name beside it.
      confirms: (entity, t, from, to, strict) => dateNearby(dataset, entity, t, from, to, strict, t === view.masked ? years : undefined) || (!strict && companionNearby(dataset, entity, t, from, to)),
      closeness: (entity, t, from, to) => dateCloseness(dataset, entity, t, from, to, false, t === view.masked ? years : undefined),
    };

    // Explicit annotations first: they pin mentions and the matcher stays out of them.
    for (const a of view.annotations) {
      const range = { start: positionAt(a.start), end: positionAt(a.end) };
      if (dataset.entities.has(a.id)) {
        mentions.push({ entity: a.id, text: a.text, start: a.start, end: a.end, range, lang: language, via: 'annotation' });
        state.seen.add(a.id);
      } else {
        diagnostics.push({
          code: 'unknown-entity-link',
          severity: 'warning',
          message: pick({ en: `No entity with the id "${a.id}" in the dataset.`, ja: `データセットにID「${a.id}」のエンティティはありません。` }, language),
          file: doc.file,
          range,
          actual: a.id,
        });
      }
    }
    const pinned = [...view.annotations].sort((a, b) => a.start - b.start);
    const read: Mention[] = [];
    const budget: { cutAt?: number } = {};
    if (!recognizeBlocks(doc, view, state, positionAt, read, budget, years, token)) return undefined;
    // The blocks read again knowing entities named in full later are kept apart from the first reading's.
    const again = blockReader(doc, view, positionAt, years, laterBlockMentions);
    const found = withLaterContext(view.blocks, read, aliasIndex, state.confirms, again);
    again.done();
    // (「英国の常設統合司令部」: another country's body of the same name.)
    // (Its short form in brackets right after, 「（PJHQ）」, is that body's too.)
    let foreignEnd = -1;
    for (const m of found) {
      if (overlapsPinned(pinned, m)) continue;
      // (「第1次防衛力整備計画」, "the First Defense Buildup Plan": a numbered edition of a document's series is another document.)
      if (ownedByAnotherCountry(text, m) || (dataset.entities.get(m.entity)?.type === 'document' && numberedEdition(text, m)) || (foreignEnd >= 0 && /^\s*[（(]\s*$/.test(text.slice(foreignEnd, m.start)))) {
        foreignEnd = m.end;
        continue;
      }
      mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start);
    // Past the mention budget nothing is read: no mentions, no claims (a sentence there would
    // be judged without its names).
    const readUpTo = budget.cutAt ?? text.length;
    if (budget.cutAt !== undefined) diagnostics.push(mentionsLeftOut(doc.file, positionAt(budget.cutAt), language));

    for (const m of mentions) {
      if (!m.candidates) continue;
      const names = m.candidates.map((id) => `${dataset.entities.get(id)?.labels[language] ?? dataset.entities.get(id)?.labels.en ?? id} (${id})`);
      diagnostics.push({
        code: 'ambiguous-mention',
        severity: 'info',
        message: pick(
          { en: `"${m.text}" could be ${names.join(' or ')}; write the full name once, or link it as [${m.text}](entity:ID).`, ja: `「${m.text}」は${names.join('または')}のどれか判別できません。一度正式名称で書くか、[${m.text}](entity:ID) とリンクしてください。` },
          language,
        ),
        file: doc.file,
        range: m.range,
        actual: m.text,
        expected: m.candidates,
        data: { candidates: m.candidates },
      });
    }

    // Claims, sentence by sentence; mentions are sorted (and never overlap), so a moving cursor
    // finds each block's and each sentence's. For an edited document, a block whose text, column,
    // language and mentions are as in the last analysis gets its diagnostics from there (the
    // 40 code units before a block are part of its key: a cue looks that far back).
    const written = documentDate(doc.text);
    // What earlier sentences were about: checkSentence updates it; a block taken from the last
    // analysis puts back what it left.
    // A headline's move is read against the places the whole document names (relocation.ts).
    const moveNamed = moveFamilyNamed(dataset, mentions);
    // So is a headline's bare title (「山田大臣」) against the full titles the whole document writes (bareTitle.ts).
    const postsTitled = postsTitledIn(view.masked, dataset);
    // And an unnamed earthquake's day against the day the document gives it where it names it (quakeDay.ts).
    const quakeDaysTold = quakeDaysToldIn(view.masked, mentions, dataset);
    // And a year alone one off a named earthquake's, written nowhere else (quakeYear.ts).
    const quakeYearsOff = quakeYearsOffIn(mentions, dataset, (y) => years.count(y), quakeDaysTold);
    const ctx = { dataset, cues, file: doc.file, lang: language, positionAt, readings, discourse: newDiscourse(), documentDate: written, dateline: written && datelineRange(doc.text), moveNamed: new Set(moveNamed), postsTitled: new Set(postsTitled), quakeDaysTold, quakeYearsOff, blockMentions: [] as readonly Mention[] };
    const keepClaims = doc.version !== undefined && readings === undefined;
    const previousClaims = keepClaims ? blockClaims.get(doc.file) : undefined;
    const claimsBefore = previousClaims && previousClaims.datasetVersion === version ? previousClaims.blocks : undefined;
    const claimsNext = new Map<string, { diagnostics: Diagnostic[]; discourse: Discourse }>();
    let cursor = 0;
    let claimsStopped = false;
    const claimText = withJapaneseCommas(view.masked);
    // An infobox above the lead that names the page's subject: the rows are that subject's.
    const leadTitle = titleAfterRows(claimText, mentions);
    if (leadTitle) ctx.discourse.title = leadTitle;
    for (const block of view.blocks) {
      if (token?.isCancellationRequested) return undefined;
      // Far over the diagnostics budget, the rest would only be left out: stop reading claims.
      if (block.start >= readUpTo) break;
      if (diagnostics.length > 2 * MAX_DIAGNOSTICS_PER_DOCUMENT) {
        claimsStopped = true;
        break;
      }
      while (cursor < mentions.length && mentions[cursor]!.end <= block.start) cursor++;
      // The block's names: its cache key's signature, and what a description before its name may stand for (cataphor).
      let blockEnd = cursor;
      while (blockEnd < mentions.length && mentions[blockEnd]!.start < block.end) blockEnd++;
      let key: string | undefined;
      let blockLine = 0;
      if (keepClaims) {
        const at = positionAt(block.start);
        blockLine = at.line;
        let signature = '';
        for (let k = cursor; k < blockEnd; k++) {
          const m = mentions[k]!;
          signature += `${m.entity}\u0001${m.start - block.start}\u0001${m.end - block.start}\u0001${m.text}\u0001${m.via}\u0001${m.lang}\u0001${m.candidates?.join(',') ?? ''}\u0002`;
        }
        // What earlier sentences were about is read by this block's: part of its key too.
        key = `${language}\u0000${at.character}\u0000${written ? normalizedValue(written) : ''}\u0000${moveNamed.join(',')}\u0000${postsTitled.join(',')}\u0000${quakeDaysTold.join(',')}\u0000${quakeYearsOff.join(',')}\u0000${discourseKey(ctx.discourse)}\u0000${view.masked.slice(Math.max(0, block.start - 40), block.end)}\u0000${signature}`;
        const known = claimsBefore?.get(key) ?? claimsNext.get(key);
        if (known) {
          for (const d of known.diagnostics) diagnostics.push(shiftLines(d, blockLine));
          ctx.discourse = copyDiscourse(known.discourse);
          claimsNext.set(key, known);
          continue;
        }
      }
      const from = diagnostics.length;
      let c = cursor;
      ctx.blockMentions = mentions.slice(cursor, blockEnd);
      for (const sentence of splitSentences(claimText, block.start, Math.min(block.end, readUpTo))) {
        while (c < mentions.length && mentions[c]!.end <= sentence.start) c++;
        let k = c;
        const inSentence: Mention[] = [];
        while (k < mentions.length && mentions[k]!.start < sentence.end) inSentence.push(mentions[k++]!);
        // A sentence without names may still speak of an earlier one ("It has 240 staff.") or
        // name a title's holder the dataset does not know ("Defense Minister Taro Yamada").
        checkSentence(claimText, sentence, inSentence, ctx, diagnostics);
      }
      if (key !== undefined) claimsNext.set(key, { diagnostics: diagnostics.slice(from).map((d) => shiftLines(d, -blockLine)), discourse: copyDiscourse(ctx.discourse) });
    }
    if (keepClaims) blockClaims.set(doc.file, { datasetVersion: version, blocks: claimsNext });

    const suppressions = new Suppressions(view.directives, (o) => lines.positionAt(o).line);
    const kept = diagnostics.filter((d) => !suppressions.isSuppressed(d.code, d.range.start.line));
    kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file: doc.file, language, mentions, diagnostics: withinBudget(kept, doc.file, language, claimsStopped) };
  }

  /**
   * The matcher honours `languages`; look-up by name always knows every name. When `languages`
   * leaves out no name (the default, English and Japanese, over a dataset in those two), the
   * index of every name is that matcher too: no second build.
   */
  function rebuildMatchers(all?: AliasIndex): void {
    allNames = all ?? buildAliasIndex(dataset, options.lang);
    const filters = languages !== undefined && allNames.entries.some((e) => !languages!.includes(e.lang));
    aliasIndex = filters ? buildAliasIndex(dataset, options.lang, languages) : allNames;
    lookup = new EntityLookup(allNames, dataset);
    problems = [...loadProblems, ...allNames.problems];
    version++;
  }

  const service: EntityService = {
    loadDatasets(inputs) {
      // The same files with the same texts as last time (a save that changed nothing, a reload
      // asked for twice): the dataset and its matchers stand; only the version moves on.
      if (lastInputs && inputs.length === lastInputs.length && inputs.every((d, k) => d.file === lastInputs![k]!.file && d.text === lastInputs![k]!.text)) {
        version++;
        return problems;
      }
      lastInputs = inputs.map((d) => ({ file: d.file, text: d.text }));
      const loaded = loadDatasets(inputs, { lang: options.lang });
      dataset = loaded.dataset;
      loadProblems = loaded.problems;
      cues = CueIndex.build(dataset);
      rebuildMatchers();
      return problems;
    },
    exportCompiled() {
      return compileDataset(dataset, loadProblems, allNames, options.lang);
    },
    importCompiled(data) {
      const restored = restoreCompiled(data, options.lang);
      if (!restored) return undefined;
      lastInputs = undefined;
      dataset = restored.dataset;
      loadProblems = restored.loadProblems;
      cues = CueIndex.build(dataset);
      rebuildMatchers(restored.index);
      return problems;
    },
    configure(next) {
      if (next.maxDocumentLength !== undefined) maxLength = next.maxDocumentLength;
      if ('languages' in next) languages = next.languages;
      rebuildMatchers();
    },
    get dataset() {
      return dataset;
    },
    get datasetProblems() {
      return problems;
    },
    get datasetVersion() {
      return version;
    },
    readClaims(doc) {
      const readings: ClaimReading[] = [];
      analyzeUncached({ ...doc, version: undefined }, undefined, readings);
      return readings;
    },
    analyze(doc, token) {
      const hit = cache.get(doc.file);
      if (hit && hit.datasetVersion === version && hit.text === doc.text && (doc.version === undefined || hit.version === doc.version)) return hit.analysis;
      const analysis = analyzeUncached(doc, token);
      if (analysis) cache.set(doc.file, { text: doc.text, version: doc.version, datasetVersion: version, analysis });
      return analysis;
    },
    forget(file) {
      cache.delete(file);
      proseChunks.delete(file);
      blockMentions.delete(file);
      laterBlockMentions.delete(file);
      blockClaims.delete(file);
    },
    findEntities(query, limit = 20) {
      return lookup.find(query, limit);
    },
    getEntity(id) {
      return dataset.entities.get(id);
    },
    mentionAt(analysis, offset) {
      return analysis.mentions.find((m) => m.start <= offset && offset <= m.end);
    },
    runDatasetTests() {
      return runDatasetTests(dataset, (doc) => analyzeUncached(doc)!);
    },
  };
  return service;
}

/** A diagnostic moved down by `lines` lines (a block's diagnostics, reused where the block now is). */
function shiftLines(d: Diagnostic, lines: number): Diagnostic {
  return { ...d, range: { start: { line: d.range.start.line + lines, character: d.range.start.character }, end: { line: d.range.end.line + lines, character: d.range.end.character } } };
}

/** A block's mentions (block-relative offsets) and what recognising it read from and added to `seen`. */
interface BlockMentions {
  mentions: Mention[];
  reads: Array<[string, boolean]>;
  adds: string[];
}

/**
 * Does `m` overlap one of the annotations (sorted by start; links never overlap)? Only the last
 * one starting before `m` ends can: a binary search, not a scan per mention (a note with
 * 50,000 `entity:` links and as many mentions took minutes).
 */
function overlapsPinned(pinned: ReadonlyArray<{ start: number; end: number }>, m: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = pinned.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pinned[mid]!.start < m.end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && pinned[last]!.end > m.start;
}

/** The info diagnostic at the point where recognition stopped for the mention budget. */
function mentionsLeftOut(file: string, at: Position, lang: string | undefined): Diagnostic {
  const n = MAX_MENTIONS_PER_DOCUMENT.toLocaleString('en');
  return {
    code: 'mentions-left-out',
    severity: 'info',
    message: pick(
      { en: `Read up to here: the document has more than ${n} mentions. Mentions and facts after this point are not checked.`, ja: `ここまで読み取りました：この文書には言及が${n}件を超えてあります。これより後の言及と事実はチェックしていません。` },
      lang,
    ),
    file,
    range: { start: at, end: at },
  };
}

/**
 * At most MAX_DIAGNOSTICS_PER_DOCUMENT of `sorted`, and then one info diagnostic, where the
 * first one left out was, saying that more were left out (also when the claims were not all
 * read, `stopped`, though suppressions left fewer).
 */
function withinBudget(sorted: Diagnostic[], file: string, lang: string | undefined, stopped: boolean): Diagnostic[] {
  if (sorted.length <= MAX_DIAGNOSTICS_PER_DOCUMENT && !stopped) return sorted;
  const at = (sorted[MAX_DIAGNOSTICS_PER_DOCUMENT] ?? sorted[sorted.length - 1])?.range.end ?? { line: 0, character: 0 };
  const n = MAX_DIAGNOSTICS_PER_DOCUMENT.toLocaleString('en');
  const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_DOCUMENT);
  kept.push({
    code: 'diagnostics-left-out',
    severity: 'info',
    message: pick(
      { en: `More than ${n} problems in this document: only the first ${n} are shown, up to here.`, ja: `この文書の問題は${n}件を超えています。ここまでの最初の${n}件だけを表示しています。` },
      lang,
    ),
    file,
    range: { start: at, end: at },
  });
  return kept;
}

/** Documents the engine will not read: too large, or binary. Returns the diagnostic saying so. */
function refuseToCheck(doc: TextDocument, maxLength: number, lang: string | undefined): Diagnostic | undefined {
  const start = { line: 0, character: 0 };
  const range = { start, end: start };
  if (doc.text.length > maxLength) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      code: 'document-too-large',
      severity: 'info',
      message: pick(
        { en: `Not checked: the document is ${mb(doc.text.length)} MB, over the ${mb(maxLength)} MB limit.`, ja: `未チェック：文書が${mb(doc.text.length)} MBで、上限の${mb(maxLength)} MBを超えています。` },
        lang,
      ),
      file: doc.file,
      range,
    };
  }
  if (doc.text.slice(0, 8192).includes('\u0000')) {
    return {
      code: 'document-binary',
      severity: 'info',
      message: pick({ en: 'Not checked: the file looks binary (it contains NUL bytes).', ja: '未チェック：バイナリファイルのようです（NULバイトを含みます）。' }, lang),
      file: doc.file,
      range,
    };
  }
  return undefined;
}
