// textDocument/codeAction. For a fact conflict: replace the value with the dataset's (the
// engine's `replacement`, in the document's format), and silence the line with a directive
// comment. For a selection: add the selected text as an alias of an entity, written into a
// workspace dataset file (never the bundled one), as a reviewable edit of the YAML.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver/node';
import { detectLanguage, LineIndex, normalizeKey, type Entity, type Mention } from '../core';
import { addAliasEdit } from './aliasEdit';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import type { DatasetFile } from './datasets';
import { t } from './localize';
import type { ServerState } from './state';
import { baseName, normalizeUri } from './uris';
import { readSelection, recordReading } from './recordFact';

const MAX_ALIAS_LENGTH = 100;
const MAX_ALIAS_TARGETS = 5;
/** Mentions this many lines around a selection suggest which entity a new name belongs to. */
const NEARBY_LINES = 2;

export function provideCodeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const wants = (kind: string) => !params.context.only || params.context.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...diagnosticFixes(state, params));
  if (wants(CodeActionKind.Refactor)) actions.push(...addAliasActions(state, params), ...recordFactActions(state, params));
  return actions;
}

/**
 * For a selected sentence that states a value for a property its entity has no fact for:
 * "Record … in the dataset", into the workspace dataset that describes the entity (else the first).
 */
function recordFactActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const { start, end } = params.range;
  if (start.line === end.line && start.character === end.character) return [];
  const targets = state.datasetFiles.filter((f) => f.origin !== 'bundled');
  if (targets.length === 0) return [];
  const { readings, notePath } = readSelection(state, { uri: params.textDocument.uri, range: params.range });
  const actions: CodeAction[] = [];
  for (const reading of readings) {
    const p = reading.proposal;
    const entity = state.service.getEntity(p.entity);
    if (p.verdict !== 'new' || !entity) continue;
    const file = datasetFileFor(entity, targets);
    const { edit } = recordReading(state, reading, notePath, file.uri, false);
    if (!edit) continue;
    const label = (m: Record<string, string>) => m[state.lang] ?? m['en'] ?? Object.values(m)[0] ?? '';
    actions.push({
      title: t(state.lang, `Record ${label(p.propertyLabels) || p.property} ${p.value['en']} of ${label(p.entityLabels) || p.entity} in ${baseName(file.uri)}`, `${label(p.entityLabels) || p.entity}の${label(p.propertyLabels) || p.property}「${p.value['ja']}」を${baseName(file.uri)}に記録`),
      kind: CodeActionKind.Refactor,
      edit: edit as CodeAction['edit'],
    });
  }
  return actions;
}

function diagnosticFixes(state: ServerState, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  // Only notes: a dataset file's problems are fixed in YAML, not with an HTML comment.
  if (!state.analysisOf(uri)) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const actions: CodeAction[] = [];
  for (const d of ours) {
    const replacement = d.code === 'fact-conflict' ? (replacementFromAnalysis(state, uri, d) ?? sentReplacement(d)) : undefined;
    if (replacement === undefined) continue;
    actions.push({
      title: t(state.lang, `Replace with ${replacement}`, `${replacement} に置き換える`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      // A human should look at each conflict: never applied by "fix all".
      isPreferred: false,
      edit: { changes: { [uri]: [{ range: d.range, newText: replacement }] } },
    });
  }
  const text = state.textOf(uri);
  if (text === undefined) return actions;
  const lines = new LineIndex(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const seen = new Set<number>();
  for (const d of ours) {
    const line = d.range.start.line;
    if (seen.has(line)) continue;
    seen.add(line);
    const lineStart = lines.offsetAt({ line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
    const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- entity-lens-disable-next-line -->${eol}` };
    actions.push({
      title: t(state.lang, 'Disable Entity Lens checks for this line', 'この行の Entity Lens チェックを無効にする'),
      kind: CodeActionKind.QuickFix,
      diagnostics: ours.filter((o) => o.range.start.line === line),
      edit: { changes: { [uri]: [edit] } },
    });
  }
  return actions;
}

/** Longest replacement taken from a client's `data` (a value: a number, a date, a name). */
const MAX_REPLACEMENT_LENGTH = 200;

/**
 * The replacement the client sent back in `data`, only when it is what the server could have
 * written: a short single-line string. The client's JSON is not trusted to have our types.
 */
function sentReplacement(d: LspDiagnostic): string | undefined {
  const r = (d.data as DiagnosticData | undefined)?.replacement as unknown;
  return typeof r === 'string' && r.length > 0 && r.length <= MAX_REPLACEMENT_LENGTH && !/[\r\n\u2028\u2029]/.test(r) ? r : undefined;
}

/** The replacement of a diagnostic, from the server's own analysis: found again by code and range. */
function replacementFromAnalysis(state: ServerState, uri: string, d: LspDiagnostic): string | undefined {
  const found = state.analysisOf(uri)?.diagnostics.find(
    (x) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character && x.range.end.character === d.range.end.character,
  );
  return found?.replacement;
}

function addAliasActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const { start, end } = params.range;
  if (start.line === end.line && start.character === end.character) return [];
  const targets = state.datasetFiles.filter((f) => f.origin !== 'bundled');
  if (targets.length === 0) return [];
  const located = state.locate(params.textDocument.uri, start);
  if (!located) return [];
  const to = new LineIndex(located.text).offsetAt(end);
  const alias = located.text.slice(located.offset, to).trim();
  if (alias.length === 0 || alias.length > MAX_ALIAS_LENGTH || /[\r\n]/.test(alias)) return [];
  const key = normalizeKey(alias);
  const lang = detectLanguage(alias);
  const actions: CodeAction[] = [];
  for (const entity of suggestEntities(state, located.analysis.mentions, params.range.start.line, params.range.end.line, alias)) {
    if (hasName(entity, key)) continue;
    const file = datasetFileFor(entity, targets);
    const text = state.textOf(file.uri);
    if (text === undefined) continue;
    const change = addAliasEdit(text, entity.id, lang, alias);
    if (!change) continue;
    const lines = new LineIndex(text);
    const label = entity.labels[state.lang] ?? entity.labels.en ?? entity.labels.ja ?? entity.id;
    actions.push({
      title: t(state.lang, `Add '${alias}' as an alias of ${label}`, `「${alias}」を${label}の別名に追加`),
      kind: CodeActionKind.Refactor,
      edit: { changes: { [file.uri]: [{ range: { start: lines.positionAt(change.start), end: lines.positionAt(change.end) }, newText: change.newText }] } },
    });
  }
  return actions;
}

/** Entities mentioned near the selection, closest first; else the best name matches of the selection. */
function suggestEntities(state: ServerState, mentions: readonly Mention[], fromLine: number, toLine: number, alias: string): Entity[] {
  const distance = (line: number) => (line < fromLine ? fromLine - line : line > toLine ? line - toLine : 0);
  const nearby = mentions
    .filter((m) => distance(m.range.start.line) <= NEARBY_LINES)
    .sort((a, b) => distance(a.range.start.line) - distance(b.range.start.line))
    .flatMap((m) => m.candidates ?? [m.entity]);
  const ids = [...new Set(nearby)];
  const entities = ids.length > 0 ? ids.flatMap((id) => state.service.getEntity(id) ?? []) : state.service.findEntities(alias, MAX_ALIAS_TARGETS);
  return entities.slice(0, MAX_ALIAS_TARGETS);
}

export function hasName(entity: Entity, key: string): boolean {
  const names = [...Object.values(entity.labels), ...entity.aliases.map((a) => a.text)];
  return names.some((n) => n !== undefined && normalizeKey(n) === key);
}

/** The workspace dataset that already describes the entity, else the first one (an extension entry goes there). */
export function datasetFileFor(entity: Entity, targets: DatasetFile[]): DatasetFile {
  const files = [entity.span?.file, ...entity.aliases.map((a) => a.span?.file), ...entity.facts.map((f) => f.span?.file)].filter((f): f is string => f !== undefined).map(normalizeUri);
  return targets.find((f) => files.includes(f.uri)) ?? targets[0]!;
}
