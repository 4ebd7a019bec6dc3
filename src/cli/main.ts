// `entity-lens`: the command-line shell over the core. It reads files, hands their text to the
// engine and prints what comes back. Exit codes: 0 clean, 1 problems found, 2 usage error or
// unreadable input (one line on stderr says why).

import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { createEntityService, DEFAULT_MAX_DOCUMENT_LENGTH, entityCard, testFailuresAsProblems, type EntityService, type Problem } from '../core';
import { parseArgs, UsageError, USAGE, type ParsedArgs } from './args';
import { bundledDatasetPath, collectDocuments, displayPath, documentKind, fileSize, InputError, readText } from './nodeHost';
import { datasetCacheDir, loadDatasetsCached } from '../node/datasetCache';
import { IS_BUILD, VERSION } from '../node/version';
import { formatJson } from './formatters/json';
import { formatText } from './formatters/text';
import { formatSarif } from './formatters/sarif';
import { countBySeverity, type CheckReport, type FileReport } from './formatters/report';
import { formatCard } from './formatters/card';
import { terminalSafe } from './formatters/safe';
import { datasetNotUtf8, documentNotUtf8, documentTooLarge, documentUnreadable } from '../node/textFiles';
import { runAsWorker } from '../node/workers';
import { checkSourcesOnDisk } from '../node/sourceDocuments';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
};

function messageLang(args: ParsedArgs): 'en' | 'ja' {
  if (args.lang) return args.lang;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.startsWith('ja') ? 'ja' : 'en';
}

/** Loads the bundled dataset and the `--dataset` files; problems are grouped by dataset file. */
function loadService(args: ParsedArgs, io: Io, extra: string[] = []): { service: EntityService; problemsByFile: Map<string, Problem[]> } {
  const service = createEntityService({ lang: messageLang(args) });
  const files = [...(args.bundled ? [bundledDatasetPath()] : []), ...args.datasets, ...extra];
  const inputs: Array<{ file: string; text: string }> = [];
  const encoding: Problem[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    const read = readText(file);
    // A dataset that is not UTF-8 is not loaded (its labels would be mojibake): one error says where.
    if (read.ok) inputs.push({ file: shown, text: read.text });
    else encoding.push(datasetNotUtf8(shown, shown, read.position, messageLang(args)));
  }
  const cacheDir = datasetCacheDir({ noCache: args.noCache, cacheDir: args.cacheDir, built: IS_BUILD });
  // A cache folder that is not the user's alone is not used, and said once (paths escaped).
  const refused = (reason: string) => io.stderr(`entity-lens: ${terminalSafe(reason)}\n`);
  const problems = [...encoding, ...loadDatasetsCached(service, inputs, cacheDir, messageLang(args), refused)];
  // Provenance of the user's datasets (the bundled one cites web pages): each quote must still
  // stand in its document, found next to the dataset or under the working folder.
  const own = new Set(inputs.map((i) => i.file).filter((f) => !args.bundled || f !== displayPath(files[0]!)));
  if (own.size > 0) problems.push(...checkSourcesOnDisk(service.dataset, own, [process.cwd()], messageLang(args)).problems);
  const problemsByFile = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.file ?? '<dataset>';
    const list = problemsByFile.get(key) ?? [];
    list.push(p);
    problemsByFile.set(key, list);
  }
  return { service, problemsByFile };
}

function datasetReports(problemsByFile: Map<string, Problem[]>, lang: string): FileReport[] {
  return [...problemsByFile.entries()].map(([file, diagnostics]) => ({ path: file, language: lang, mentions: [], diagnostics }));
}

function runCheck(args: ParsedArgs, io: Io): number {
  const { service, problemsByFile } = loadService(args, io);
  const paths = args.paths.length > 0 ? args.paths : ['.'];
  const { files, unreadable, skipped } = collectDocuments(paths);
  const report: CheckReport = { files: datasetReports(problemsByFile, messageLang(args)) };
  const texts = new Map<string, string>();
  // What cannot be read is reported with the rest and makes the exit code 2, at the end: one
  // unreadable entry does not hide the report on every other file.
  let failedReads = 0;
  const notRead = (file: string, reason: string) => {
    failedReads++;
    io.stderr(`entity-lens: cannot read ${terminalSafe(displayPath(file))}: ${terminalSafe(reason)}\n`);
    report.files.push({ path: displayPath(file), language: messageLang(args), mentions: [], diagnostics: [documentUnreadable(displayPath(file), reason, messageLang(args))] });
  };
  for (const u of unreadable) notRead(u.path, u.reason);
  for (const k of skipped) io.stderr(`entity-lens: skipped ${terminalSafe(displayPath(k.path))}: ${terminalSafe(k.reason)}\n`);
  for (const file of files) {
    const shown = displayPath(file);
    const size = fileSize(file);
    if (size > DEFAULT_MAX_DOCUMENT_LENGTH * 4) {
      // Far over the limit (a log file, a disk image): not even read, but said.
      report.files.push({ path: shown, language: messageLang(args), mentions: [], diagnostics: [documentTooLarge(shown, size, DEFAULT_MAX_DOCUMENT_LENGTH, messageLang(args))] });
      continue;
    }
    let read: ReturnType<typeof readText>;
    try {
      read = readText(file, { binaryAsText: true });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      notRead(file, e.reason);
      continue;
    }
    if (!read.ok) {
      report.files.push({ path: shown, language: messageLang(args), mentions: [], diagnostics: [documentNotUtf8(shown, shown, read.position, messageLang(args))] });
      continue;
    }
    const text = read.text;
    texts.set(shown, text);
    const analysis = service.analyze({ file: shown, text, kind: documentKind(file) ?? 'plaintext' })!;
    report.files.push({ path: shown, language: analysis.language, mentions: analysis.mentions, diagnostics: analysis.diagnostics });
  }
  if (args.format === 'json') io.stdout(formatJson(report));
  else if (args.format === 'sarif') io.stdout(formatSarif(report, VERSION, (p, line) => (texts.get(p) ?? '').split(/\r\n|\r|\n/)[line] ?? ''));
  else io.stdout(formatText(report, { color: args.color ?? (io.isTTY && !process.env.NO_COLOR), showMentions: args.showMentions }));
  const { errors, warnings } = countBySeverity(report);
  return failedReads > 0 ? 2 : errors + warnings > 0 ? 1 : 0;
}

function runLookup(args: ParsedArgs, io: Io): number {
  const { service } = loadService(args, io);
  const query = args.paths.join(' ');
  const entities = service.findEntities(query, 10);
  const lang = messageLang(args);
  if (args.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, query, entities: entities.map((e) => entityCard(e, service.dataset)) }, null, 2) + '\n');
  } else if (entities.length === 0) {
    io.stdout(lang === 'ja' ? `「${terminalSafe(query)}」に一致するエンティティはありません。\n` : `No entity matches "${terminalSafe(query)}".\n`);
  } else {
    const color = args.color ?? (io.isTTY && !process.env.NO_COLOR);
    io.stdout(entities.map((e) => formatCard(entityCard(e, service.dataset), { color, lang })).join('\n'));
  }
  return entities.length > 0 ? 0 : 1;
}

function runTestDataset(args: ParsedArgs, io: Io): number {
  const files = args.paths.map((p) => path.resolve(p));
  const { service, problemsByFile } = loadService({ ...args, datasets: [] }, io, files);
  const results = service.runDatasetTests();
  const lines: string[] = [];
  let failed = 0;
  for (const r of results) {
    const where = r.test.span ? `${r.test.span.file}:${r.test.span.range.start.line + 1}` : '';
    if (r.passed) lines.push(`  ✔ ${r.test.text}`);
    else {
      failed++;
      lines.push(`  ✖ ${r.test.text}  ${where}`, ...r.failures.map((f) => `      ${f}`));
    }
  }
  // Errors fail the run, and so does a quote that no longer stands in its document; a source
  // document that is not found is said.
  const datasetErrors = [...problemsByFile.values()].flat().filter((p) => p.severity === 'error' || PROVENANCE_CODES.has(p.code));
  for (const p of datasetErrors) lines.push(`  ${p.severity === 'info' ? 'ℹ' : '✖'} ${p.file}:${(p.range?.start.line ?? 0) + 1}:${(p.range?.start.character ?? 0) + 1} ${p.message} (${p.code})`);
  if (args.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, passed: results.length - failed, failed, problems: [...testFailuresAsProblems(results), ...datasetErrors] }, null, 2) + '\n');
  } else {
    io.stdout(lines.map(terminalSafe).join('\n') + '\n');
    io.stdout(`${results.length - failed} passed, ${failed} failed\n`);
  }
  return failed > 0 || datasetErrors.some((p) => p.severity !== 'info') ? 1 : 0;
}

const PROVENANCE_CODES = new Set(['dataset.source-quote-missing', 'dataset.source-missing', 'dataset.source-budget']);

/** Runs one command line; returns the exit code. Never throws for user mistakes. */
export function execute(argv: string[], io: Io = processIo): number {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`entity-lens: ${terminalSafe(e.message)}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  try {
    switch (args.command) {
      case 'help':
        io.stdout(USAGE + '\n');
        return 0;
      case 'version':
        io.stdout(VERSION + '\n');
        return 0;
      case 'check':
        return runCheck(args, io);
      case 'lookup':
        return runLookup(args, io);
      case 'test-dataset':
        return runTestDataset(args, io);
      case 'lsp':
        // The server keeps the process alive on stdin and exits on the client's `exit`.
        // Required here, not imported: the server and its LSP libraries are a third of the
        // program, and `check` does not need them loaded.
        (require('../server/server') as typeof import('../server/server')).startServer();
        return 0;
    }
  } catch (e) {
    // Messages name paths and arguments, which may hold anything: escaped like all shown text.
    if (e instanceof InputError) {
      io.stderr(`entity-lens: ${terminalSafe(e.message)}\n`);
      return 2;
    }
    io.stderr(`entity-lens: internal error: ${String((e as Error).stack ?? e).split('\n').map(terminalSafe).join('\n')}\n`);
    return 2;
  }
}

// The same file runs the language server's worker threads (see node/workers.ts).
if (!runAsWorker() && require.main === module && isMainThread) {
  process.exitCode = execute(process.argv.slice(2));
}
