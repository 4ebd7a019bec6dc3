// Entity Lens settings, defined once. The VS Code manifest's `contributes.configuration`, the
// language server's defaults and the settings table in the README are generated from or checked
// against this list (test/manifest.test.ts), so they cannot drift apart.

import type { Localized } from './l10n';
import { MAX_FILE_SIZE_KB } from './budgets';

export type SettingType = 'boolean' | 'number' | 'string' | 'array' | 'object';

export interface SettingSpec {
  /** Key under `entityLens.`. */
  key: string;
  type: SettingType;
  default: unknown;
  description: Localized;
  /** For arrays: the item type. */
  items?: 'string';
  enum?: string[];
  minimum?: number;
  maximum?: number;
  /**
   * Workspace values ignored in Restricted Mode: settings that name files to read or widen
   * what is read (a hostile repository could otherwise load its own dataset, or raise budgets).
   */
  restrictedInUntrusted?: boolean;
  scope?: 'resource' | 'window' | 'machine-overridable';
  tags?: string[];
}

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'ignore';
const LEVELS = ['error', 'warning', 'information', 'hint', 'ignore'];

export const SETTINGS: SettingSpec[] = [
  {
    key: 'datasets',
    type: 'array',
    items: 'string',
    default: [],
    restrictedInUntrusted: true,
    scope: 'resource',
    description: {
      en: 'Extra dataset files (YAML), relative to the workspace folder. They load on top of the bundled dataset and the workspace\'s `*.entities.yaml` files, in this order.',
      ja: '追加のデータセットファイル（YAML）。ワークスペースフォルダーからの相対パスです。同梱データセットとワークスペース内の `*.entities.yaml` の後に、この順で読み込まれます。',
    },
  },
  {
    key: 'useBundledDataset',
    type: 'boolean',
    default: true,
    description: { en: 'Load the dataset that ships with Entity Lens (Japan\'s Joint Operations Command and the U.S. Forces Japan upgrade).', ja: 'Entity Lens に同梱のデータセット（統合作戦司令部と在日米軍のアップグレード）を読み込みます。' },
  },
  {
    key: 'files.include',
    type: 'array',
    items: 'string',
    default: ['**/*.md', '**/*.markdown', '**/*.txt'],
    restrictedInUntrusted: true,
    scope: 'resource',
    description: { en: 'Glob patterns of the notes to index and check.', ja: '索引・チェックの対象とするノートの glob パターン。' },
  },
  {
    key: 'files.exclude',
    type: 'array',
    items: 'string',
    default: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'],
    scope: 'resource',
    description: { en: 'Glob patterns to leave out of the workspace index (VS Code\'s `files.exclude` applies too).', ja: 'ワークスペース索引から除外する glob パターン（VS Code の `files.exclude` も適用されます）。' },
  },
  {
    key: 'languages',
    type: 'array',
    items: 'string',
    default: ['en', 'ja'],
    description: { en: 'Languages whose labels and aliases are recognised. Remove one to stop matching names in that language.', ja: '認識するラベル・別名の言語。外すとその言語の名前は照合されません。' },
  },
  {
    key: 'severity.factConflict',
    type: 'string',
    enum: LEVELS,
    default: 'warning',
    description: { en: 'How a sentence that contradicts the dataset is reported.', ja: 'データセットと矛盾する文の報告レベル。' },
  },
  {
    key: 'severity.ambiguousMention',
    type: 'string',
    enum: LEVELS,
    default: 'information',
    description: { en: 'How a name that fits several entities is reported.', ja: '複数のエンティティに当てはまる名前の報告レベル。' },
  },
  {
    key: 'severity.unknownEntityLink',
    type: 'string',
    enum: LEVELS,
    default: 'warning',
    description: { en: 'How an `entity:` link to an unknown id is reported.', ja: '存在しないIDへの `entity:` リンクの報告レベル。' },
  },
  {
    key: 'severity.dataset',
    type: 'string',
    enum: LEVELS,
    default: 'error',
    description: { en: 'How problems in dataset files are reported (warnings in the dataset stay warnings).', ja: 'データセットファイルの問題の報告レベル（データセットの警告は警告のまま）。' },
  },
  {
    key: 'debounceMs',
    type: 'number',
    default: 300,
    minimum: 0,
    maximum: 5000,
    description: { en: 'Milliseconds to wait after typing stops before re-checking a document.', ja: '入力が止まってから文書を再チェックするまでの待ち時間（ミリ秒）。' },
  },
  {
    key: 'maxFileSizeKB',
    type: 'number',
    default: 8192,
    minimum: 1,
    maximum: MAX_FILE_SIZE_KB,
    restrictedInUntrusted: true,
    description: { en: 'Documents larger than this (in KB) are not checked; the status bar and a diagnostic say so.', ja: 'これより大きい文書（KB）はチェックしません。ステータスバーと診断でお知らせします。' },
  },
  {
    key: 'indexInParallel',
    type: 'boolean',
    default: true,
    description: {
      en: 'Index large workspaces (200 notes or more) on worker threads, one per core (at most four), each holding a copy of the datasets. Turn off to use less memory.',
      ja: '大きなワークスペース（200 ノート以上）をワーカースレッドで索引します（コアごとに 1 つ、最大 4 つ。各スレッドがデータセットの複製を持ちます）。メモリを節約するにはオフにします。',
    },
  },
  {
    key: 'markMentions',
    type: 'boolean',
    default: true,
    description: { en: 'Underline recognised mentions in the editor.', ja: 'エディターで認識された言及に下線を引きます。' },
  },
  {
    key: 'trace.server',
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    tags: ['advanced'],
    description: { en: 'Traces the communication between VS Code and the Entity Lens language server (for bug reports).', ja: 'VS Code と Entity Lens 言語サーバー間の通信をトレースします（不具合報告用）。' },
  },
];

/** Settings as the language server receives them (`entityLens.*`, nested by dots). */
export interface EntityLensSettings {
  datasets: string[];
  useBundledDataset: boolean;
  files: { include: string[]; exclude: string[] };
  languages: string[];
  severity: { factConflict: DiagnosticLevel; ambiguousMention: DiagnosticLevel; unknownEntityLink: DiagnosticLevel; dataset: DiagnosticLevel };
  debounceMs: number;
  maxFileSizeKB: number;
  indexInParallel: boolean;
  markMentions: boolean;
}

/** The defaults, nested, built from SETTINGS. */
export function defaultSettings(): EntityLensSettings {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    if (s.key.startsWith('trace.')) continue;
    const parts = s.key.split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]!] = structuredClone(s.default);
  }
  return out as unknown as EntityLensSettings;
}
