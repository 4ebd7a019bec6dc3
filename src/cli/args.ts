// Command-line parsing for `entity-lens`. Small on purpose: four commands and a few options,
// with a clear message for anything else (exit code 2).

export type Format = 'text' | 'json' | 'sarif';

export interface ParsedArgs {
  command: 'check' | 'lookup' | 'test-dataset' | 'lsp' | 'help' | 'version';
  paths: string[];
  datasets: string[];
  format: Format;
  bundled: boolean;
  lang?: 'en' | 'ja';
  color?: boolean;
  showMentions: boolean;
  /** `--no-cache`: load the datasets from their YAML, and keep nothing. */
  noCache: boolean;
  /** `--cache-dir DIR`: where compiled datasets are kept. */
  cacheDir?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  entity-lens check [PATH...] [--dataset FILE]... [--format text|json|sarif]
  entity-lens lookup QUERY [--dataset FILE]... [--format text|json]
  entity-lens test-dataset [FILE...]
  entity-lens lsp --stdio       run the language server, speaking LSP over stdin/stdout
Options:
  --dataset FILE        load a dataset on top of the bundled one (repeatable)
  --no-bundled-dataset  do not load the bundled dataset
  --format FORMAT       text (default), json or sarif
  --mentions            text format: list every mention, not only a summary
  --lang en|ja          language of messages about datasets (default: from LANG)
  --color, --no-color   force colours on or off (default: on for a terminal)
  --no-cache            do not use or write the compiled-dataset cache
  --cache-dir DIR       keep compiled datasets in DIR (default: $ENTITY_LENS_CACHE_DIR,
                        else entity-lens in the user's cache folder, e.g. ~/.cache)
  -h, --help            this help;  -v, --version  the version`;

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { command: 'help', paths: [], datasets: [], format: 'text', bundled: true, showMentions: false, noCache: false };
  const rest = [...argv];
  const first = rest[0];
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return out;
  if (first === '-v' || first === '--version') return { ...out, command: 'version' };
  if (first === 'lsp') return parseLspArgs(rest.slice(1), out);
  if (first !== 'check' && first !== 'lookup' && first !== 'test-dataset') throw new UsageError(`unknown command "${first}"`);
  out.command = first;
  rest.shift();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${arg.split('=')[0]} needs a value`);
      return v;
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    switch (name) {
      case '--dataset':
        out.datasets.push(value());
        break;
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
        out.format = f;
        break;
      }
      case '--lang': {
        const l = value();
        if (l !== 'en' && l !== 'ja') throw new UsageError(`unknown language "${l}" (en or ja)`);
        out.lang = l;
        break;
      }
      case '--no-bundled-dataset':
        out.bundled = false;
        break;
      case '--no-cache':
        out.noCache = true;
        break;
      case '--cache-dir':
        out.cacheDir = value();
        break;
      case '--mentions':
        out.showMentions = true;
        break;
      case '--color':
        out.color = true;
        break;
      case '--no-color':
        out.color = false;
        break;
      case '-h':
      case '--help':
        return { ...out, command: 'help' };
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        out.paths.push(arg);
    }
  }
  if (out.command === 'lookup' && out.paths.length === 0) throw new UsageError('lookup needs a QUERY');
  return out;
}

/**
 * `lsp --stdio`: the language server reads its transport from the command line itself, so only
 * the transport flag is checked here (and `--clientProcessId`, which LSP clients may add).
 */
function parseLspArgs(rest: string[], out: ParsedArgs): ParsedArgs {
  let stdio = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--stdio') stdio = true;
    else if (arg === '--clientProcessId') i++;
    else if (!arg.startsWith('--clientProcessId=')) throw new UsageError(`unknown option "${arg}" for lsp (only --stdio is supported)`);
  }
  if (!stdio) throw new UsageError('lsp needs --stdio');
  return { ...out, command: 'lsp' };
}
