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

/**
 * Answers "is this code silenced at this line?" for one document's directives, in logarithmic
 * time: a document with thousands of directives and diagnostics stays linear overall.
 */
export class Suppressions {
  /** Line → codes silenced on it by `-line` / `-next-line` directives ('' = all). */
  private readonly single = new Map<number, string[]>();
  /** Code ('' = all) → disjoint line ranges silenced by disable … enable, sorted. */
  private readonly spans = new Map<string, Array<[number, number]>>();

  constructor(directives: Directive[], lineOf: (offset: number) => number) {
    const open = new Map<string, number>(); // code ('' = all) → line where disabled
    const sorted = [...directives].sort((a, b) => a.start - b.start);
    const silenceLine = (line: number, codes: string[]) => {
      const list = this.single.get(line) ?? [];
      list.push(...(codes.length > 0 ? codes : ['']));
      this.single.set(line, list);
    };
    const span = (code: string, from: number, to: number) => {
      const list = this.spans.get(code) ?? [];
      list.push([from, to]);
      this.spans.set(code, list);
    };
    for (const d of sorted) {
      const line = lineOf(d.start);
      const codes = d.codes.length > 0 ? d.codes : [''];
      if (d.kind === 'disable-line') silenceLine(line, d.codes);
      else if (d.kind === 'disable-next-line') silenceLine(lineOf(d.end) + 1, d.codes);
      else if (d.kind === 'disable') {
        for (const c of codes) if (!open.has(c)) open.set(c, line);
      } else {
        // A bare enable closes everything open; a listed one closes just those codes.
        for (const c of d.codes.length > 0 ? d.codes : [...open.keys()]) {
          const from = open.get(c);
          if (from !== undefined) {
            span(c, from, line);
            open.delete(c);
          }
        }
      }
    }
    for (const [c, from] of open) span(c, from, Number.MAX_SAFE_INTEGER);
    // Directives come in document order, so each code's spans are already sorted and disjoint.
  }

  isSuppressed(code: string, line: number): boolean {
    const codes = this.single.get(line);
    if (codes && (codes.includes('') || codes.includes(code))) return true;
    return inSpans(this.spans.get(''), line) || inSpans(this.spans.get(code), line);
  }
}

function inSpans(spans: Array<[number, number]> | undefined, line: number): boolean {
  if (!spans) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid]!;
    if (line < from) hi = mid - 1;
    else if (line > to) lo = mid + 1;
    else return true;
  }
  return false;
}
