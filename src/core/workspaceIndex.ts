// The analyses of every document a host has indexed (a workspace's notes, open editors), so that
// questions spanning files can be answered without re-reading them: where else is this entity
// mentioned, in which languages, and which files' diagnostics changed after a dataset reload.
// Pure: the host reads the files and hands their text in.

import type { CancellationToken, EntityService, TextDocument } from './service';
import type { Diagnostic, DocumentAnalysis, Lang, Mention } from './model';
import { MAX_INDEX_MENTIONS, MAX_LOCATIONS_PER_ANSWER } from './budgets';

/** A mention together with the file it is in. */
export interface IndexedMention {
  file: string;
  mention: Mention;
}

export interface IndexStats {
  files: number;
  mentions: number;
  diagnostics: number;
  /** Mentions not kept because the index was at its budget (MAX_INDEX_MENTIONS). */
  mentionsLeftOut: number;
}

interface Entry {
  doc: TextDocument;
  analysis: DocumentAnalysis;
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  /** entity id → files with at least one (unambiguous) mention of it. */
  private readonly filesByEntity = new Map<string, Set<string>>();
  /** Mentions kept over all entries, and those left out for the budget. */
  private mentionTotal = 0;
  private leftOut = new Map<string, number>();

  constructor(
    private readonly service: EntityService,
    private readonly maxMentions = MAX_INDEX_MENTIONS,
  ) {}

  /** Analyses `doc` and records the result; `undefined` (and no change) when cancelled. */
  upsert(doc: TextDocument, token?: CancellationToken): DocumentAnalysis | undefined {
    const analysis = this.service.analyze(doc, token);
    if (!analysis) return undefined;
    this.store(doc, analysis);
    return analysis;
  }

  /**
   * Records an analysis made elsewhere (on a worker thread, by an engine loaded with the same
   * datasets and options) as the analysis of `doc`.
   */
  adopt(doc: TextDocument, analysis: DocumentAnalysis): void {
    this.store(doc, analysis);
  }

  /** Drops a file (deleted, or no longer included); true if it was indexed. */
  remove(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) return false;
    this.unlinkMentions(file, entry.analysis);
    this.mentionTotal -= entry.analysis.mentions.length;
    this.leftOut.delete(file);
    this.entries.delete(file);
    this.service.forget(file);
    return true;
  }

  get(file: string): DocumentAnalysis | undefined {
    return this.entries.get(file)?.analysis;
  }

  /** The document as last indexed (its text and kind). */
  document(file: string): TextDocument | undefined {
    return this.entries.get(file)?.doc;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** Indexed files, sorted, so every answer built from them has a stable order. */
  files(): string[] {
    return [...this.entries.keys()].sort();
  }

  /**
   * The unambiguous mentions of an entity, files sorted, mentions in document order: the first
   * `limit` of them (an answer's budget; a note of one acronym repeated has a million).
   */
  mentionsOf(entity: string, limit = MAX_LOCATIONS_PER_ANSWER): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (const found of this.eachMentionOf(entity)) {
      if (out.length >= limit) break;
      out.push(found);
    }
    return out;
  }

  /** How often an entity is mentioned, per language of the name used (`{ en: 3, ja: 2 }`). */
  mentionCounts(entity: string): Record<Lang, number> {
    const counts: Record<Lang, number> = {};
    for (const { mention } of this.eachMentionOf(entity)) counts[mention.lang] = (counts[mention.lang] ?? 0) + 1;
    return counts;
  }

  private *eachMentionOf(entity: string): Generator<IndexedMention> {
    const files = [...(this.filesByEntity.get(entity) ?? [])].sort();
    for (const file of files) {
      for (const mention of this.entries.get(file)?.analysis.mentions ?? []) {
        if (mention.entity === entity && !mention.candidates) yield { file, mention };
      }
    }
  }

  /**
   * Re-analyses one file against the service's current dataset and options. Returns true when
   * its diagnostics changed (the host then re-publishes them).
   */
  reanalyze(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) return false;
    const before = diagnosticsKey(entry.analysis.diagnostics);
    const analysis = this.service.analyze(entry.doc);
    if (!analysis) return false;
    this.store(entry.doc, analysis);
    return diagnosticsKey(analysis.diagnostics) !== before;
  }

  /** Re-analyses every file after a dataset change; returns the files whose diagnostics changed. */
  reanalyzeAll(): string[] {
    return this.files().filter((file) => this.reanalyze(file));
  }

  stats(): IndexStats {
    let diagnostics = 0;
    for (const { analysis } of this.entries.values()) diagnostics += analysis.diagnostics.length;
    let mentionsLeftOut = 0;
    for (const n of this.leftOut.values()) mentionsLeftOut += n;
    return { files: this.entries.size, mentions: this.mentionTotal, diagnostics, mentionsLeftOut };
  }

  private store(doc: TextDocument, given: DocumentAnalysis): void {
    const previous = this.entries.get(doc.file);
    if (previous) {
      this.unlinkMentions(doc.file, previous.analysis);
      this.mentionTotal -= previous.analysis.mentions.length;
    }
    // At the budget, the document keeps the mentions that still fit (its diagnostics all stay).
    const room = Math.max(0, this.maxMentions - this.mentionTotal);
    const analysis = given.mentions.length <= room ? given : { ...given, mentions: given.mentions.slice(0, room) };
    if (analysis === given) this.leftOut.delete(doc.file);
    else this.leftOut.set(doc.file, given.mentions.length - room);
    this.mentionTotal += analysis.mentions.length;
    this.entries.set(doc.file, { doc, analysis });
    for (const m of analysis.mentions) {
      if (m.candidates) continue;
      let files = this.filesByEntity.get(m.entity);
      if (!files) this.filesByEntity.set(m.entity, (files = new Set()));
      files.add(doc.file);
    }
  }

  private unlinkMentions(file: string, analysis: DocumentAnalysis): void {
    for (const m of analysis.mentions) {
      const files = this.filesByEntity.get(m.entity);
      if (!files) continue;
      files.delete(file);
      if (files.size === 0) this.filesByEntity.delete(m.entity);
    }
  }
}

/** Diagnostics compared by content: messages, ranges and payloads. */
function diagnosticsKey(diagnostics: Diagnostic[]): string {
  return JSON.stringify(diagnostics);
}
