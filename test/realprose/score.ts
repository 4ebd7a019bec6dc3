// Scores the engine on the realprose corpus (../shared/realprose): mentions against the truth,
// false conflicts on the unedited texts, and value-edited sentences flagged on the right entity
// and property. The same figures feed the test's floors and `npm run realprose`.
import type { EntityService, DocumentAnalysis } from '../../src/core';
import { buildMutations, expectedConflictLines, type MutationCase, type RealproseCorpus } from './mutations';

export interface Ratio {
  hit: number;
  of: number;
}

export interface RealproseScore {
  mentions: Record<'en' | 'ja' | 'all', { strict: Ratio; precision: Ratio }>;
  /** Conflicts on unedited texts that the truth does not expect (text errors and temporal statements may conflict). */
  falseConflicts: string[];
  /** Value-edited claims flagged on the right entity and property, by language and value kind. */
  mutations: Record<string, Ratio>;
  missed: string[];
}

function kindOf(file: string): 'markdown' | 'plaintext' {
  return file.endsWith('.txt') ? 'plaintext' : 'markdown';
}

function conflictsOnLine(a: DocumentAnalysis, line: number): Array<{ entity?: string; property?: string }> {
  return a.diagnostics.filter((d) => d.code === 'fact-conflict' && d.range.start.line === line - 1).map((d) => ({ entity: (d as { entity?: string }).entity, property: (d as { property?: string }).property }));
}

function bump(map: Record<string, Ratio>, key: string, hit: boolean): void {
  map[key] ??= { hit: 0, of: 0 };
  map[key].of++;
  if (hit) map[key].hit++;
}

export function scoreRealprose(service: EntityService, corpus: RealproseCorpus, datasetYaml: string): RealproseScore {
  const family = (p: string | undefined) => (p === undefined ? undefined : (service.dataset.properties.get(p)?.family ?? p));
  const ratio = (): Ratio => ({ hit: 0, of: 0 });
  const mentions = { en: { strict: ratio(), precision: ratio() }, ja: { strict: ratio(), precision: ratio() }, all: { strict: ratio(), precision: ratio() } };
  const allowed = expectedConflictLines(corpus);
  const falseConflicts: string[] = [];
  for (const [file, text] of corpus.texts) {
    const truth = corpus.truth.files[file];
    const lang: 'en' | 'ja' = truth.language === 'ja' ? 'ja' : 'en';
    const a = service.analyze({ file, text, kind: kindOf(file) })!;
    // Mentions: same line, same entity, overlapping span; each truth item used once.
    const items = (truth.mentions as Array<{ line: number; entity: string; kind: string; start: number; end: number }>).map((m) => ({ ...m, used: false }));
    for (const m of a.mentions) {
      const line = m.range.start.line + 1;
      const t = items.find((i) => !i.used && i.line === line && i.entity === m.entity && i.start < m.range.end.character && m.range.start.character < i.end);
      for (const key of [lang, 'all'] as const) {
        mentions[key].precision.of++;
        if (t) mentions[key].precision.hit++;
      }
      if (t) t.used = true;
    }
    for (const i of items.filter((x) => x.kind === 'strict')) {
      for (const key of [lang, 'all'] as const) {
        mentions[key].strict.of++;
        if (i.used) mentions[key].strict.hit++;
      }
    }
    for (const d of a.diagnostics.filter((x) => x.code === 'fact-conflict')) {
      const line = d.range.start.line + 1;
      if (!allowed.has(`${file}:${line}`)) falseConflicts.push(`${file}:${line} ${(d as { entity?: string }).entity}.${(d as { property?: string }).property} "${(d as { found?: string }).found}"`);
    }
  }

  const mutations: Record<string, Ratio> = {};
  const missed: string[] = [];
  const { cases } = buildMutations(corpus, datasetYaml);
  for (const c of cases) {
    const a = service.analyze({ file: `${c.file}#mutation`, text: c.text, kind: kindOf(c.file) })!;
    const hit = conflictsOnLine(a, c.line).some((d) => d.entity === c.entity && family(d.property) === family(c.property));
    for (const key of [`${c.lang} ${c.kind}`, c.lang, 'all']) bump(mutations, key, hit);
    if (!hit) missed.push(describe(c));
  }
  return { mentions, falseConflicts, mutations, missed };
}

function describe(c: MutationCase): string {
  return `${c.file}:${c.line} ${c.entity}.${c.property} [${c.kind}] ${c.from} → ${c.to}`;
}

export function percent(r: Ratio): string {
  return r.of === 0 ? '–' : `${r.hit}/${r.of} (${((100 * r.hit) / r.of).toFixed(1)}%)`;
}

/** A table of the figures, for the test log and `npm run realprose`. */
export function formatScore(s: RealproseScore): string {
  const rows = [
    `mentions, strict recall: en ${percent(s.mentions.en.strict)}, ja ${percent(s.mentions.ja.strict)}, all ${percent(s.mentions.all.strict)}`,
    `mentions, precision: en ${percent(s.mentions.en.precision)}, ja ${percent(s.mentions.ja.precision)}, all ${percent(s.mentions.all.precision)}`,
    `false conflicts on unedited texts: ${s.falseConflicts.length}`,
    'value-edited claims flagged on the right entity and property:',
    ...Object.keys(s.mutations)
      .sort()
      .map((k) => `  ${k.padEnd(20)} ${percent(s.mutations[k]!)}`),
  ];
  return rows.join('\n');
}
