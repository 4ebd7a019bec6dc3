// `--format text`: reads like eslint's "stylish" output; colour only on a terminal (or when
// forced), never when NO_COLOR is set.

import type { CheckReport } from './report';
import { countBySeverity } from './report';
import { terminalSafe } from './safe';

export interface TextOptions {
  color: boolean;
  showMentions: boolean;
}

export function formatText(report: CheckReport, options: TextOptions): string {
  const c = (code: string) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const dim = c('2');
  const underline = c('4');
  const red = c('31');
  const yellow = c('33');
  const blue = c('34');
  const lines: string[] = [];
  let mentionCount = 0;
  for (const f of report.files) {
    mentionCount += f.mentions.length;
    if (f.diagnostics.length === 0 && f.mentions.length === 0) continue;
    lines.push(underline(terminalSafe(f.path)));
    const counts = new Map<string, number>();
    for (const m of f.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (f.mentions.length > 0) {
      const summary = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => `${terminalSafe(id)} ×${n}`).join(', ');
      lines.push(dim(`  ${f.mentions.length} mentions: ${summary}`));
    }
    if (options.showMentions) {
      for (const m of f.mentions) lines.push(dim(`  ${m.range.start.line + 1}:${m.range.start.character + 1}  ${terminalSafe(m.text)}  → ${terminalSafe(m.candidates ? m.candidates.join(' | ') : m.entity)}`));
    }
    for (const d of f.diagnostics) {
      const at = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '0:0';
      const sev = d.severity === 'error' ? red('error') : d.severity === 'warning' ? yellow('warning') : blue(d.severity);
      lines.push(`  ${dim(at.padEnd(7))} ${sev.padEnd(options.color ? 16 : 7)}  ${terminalSafe(d.message)}  ${dim(terminalSafe(d.code))}`);
    }
    lines.push('');
  }
  const { errors, warnings, infos } = countBySeverity(report);
  const total = errors + warnings + infos;
  const files = report.files.length;
  const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) · ${mentionCount} mention${mentionCount === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  lines.push(errors + warnings > 0 ? (errors > 0 ? red(`✖ ${summary}`) : yellow(`⚠ ${summary}`)) : `✔ ${summary}`);
  return lines.join('\n') + '\n';
}
