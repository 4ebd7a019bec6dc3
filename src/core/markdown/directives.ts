// `<!-- entity-lens-disable [codes] -->` comments. They let a writer silence checks for a stretch
// of text, a line or the next line, without touching the dataset.

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Diagnostic codes it applies to; empty means all. */
  codes: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /^<!--\s*entity-lens-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->\s*$/;

export function parseDirective(html: string, start: number, end: number): Directive | undefined {
  const m = DIRECTIVE.exec(html.trim());
  if (!m) return undefined;
  const codes = m[2]!.split(/[\s,]+/).filter((c) => c.length > 0);
  return { kind: m[1] as DirectiveKind, codes, start, end };
}

/** Answers "is this code silenced at this line?" for one document's directives. */
export class Suppressions {
  private readonly ranges: Array<{ fromLine: number; toLine: number; codes: string[] }> = [];

  constructor(directives: Directive[], lineOf: (offset: number) => number) {
    const open = new Map<string, number>(); // code ('' = all) → line where disabled
    const sorted = [...directives].sort((a, b) => a.start - b.start);
    for (const d of sorted) {
      const line = lineOf(d.start);
      const codes = d.codes.length > 0 ? d.codes : [''];
      if (d.kind === 'disable-line') this.ranges.push({ fromLine: line, toLine: line, codes: d.codes });
      else if (d.kind === 'disable-next-line') {
        const next = lineOf(d.end) + 1;
        this.ranges.push({ fromLine: next, toLine: next, codes: d.codes });
      } else if (d.kind === 'disable') {
        for (const c of codes) if (!open.has(c)) open.set(c, line);
      } else {
        // A bare enable closes everything open; a listed one closes just those codes.
        for (const c of d.codes.length > 0 ? d.codes : [...open.keys()]) {
          const from = open.get(c);
          if (from !== undefined) {
            this.ranges.push({ fromLine: from, toLine: line, codes: c ? [c] : [] });
            open.delete(c);
          }
        }
      }
    }
    for (const [c, from] of open) this.ranges.push({ fromLine: from, toLine: Number.MAX_SAFE_INTEGER, codes: c ? [c] : [] });
  }

  isSuppressed(code: string, line: number): boolean {
    return this.ranges.some((r) => line >= r.fromLine && line <= r.toLine && (r.codes.length === 0 || r.codes.includes(code)));
  }
}
