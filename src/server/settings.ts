// Settings as the server uses them: pulled with `workspace/configuration` (section `entityLens`)
// at start and after every `workspace/didChangeConfiguration`, once for the window and once per
// workspace folder (datasets and file globs are per folder). A client that cannot be asked
// (Neovim 0.7) pushes them instead: in `workspace/didChangeConfiguration` (`settings.entityLens`)
// or in `initializationOptions.settings.entityLens`; the newest push wins, for every folder.
// Each value is checked against its spec in core/config.ts; a wrong type or an out-of-range
// number falls back to the default.

import type { Connection } from 'vscode-languageserver/node';
import { defaultSettings, SETTINGS, type EntityLensSettings, type SettingSpec } from '../core/config';
import type { Logger } from './log';
import { describeError } from './log';

export interface ResolvedSettings {
  /** Window-level settings: languages, severities, debounce, size limit. */
  global: EntityLensSettings;
  /** Per workspace folder URI: `datasets`, `files.*` and anything else set for that folder. */
  byFolder: Map<string, EntityLensSettings>;
}

export function defaultResolvedSettings(): ResolvedSettings {
  return { global: defaultSettings(), byFolder: new Map() };
}

/** Where the settings in force came from, for the log. */
export type SettingsSource = 'workspace/configuration' | 'workspace/didChangeConfiguration' | 'initializationOptions' | 'defaults';

/** The `entityLens` section of what a client pushed (`{ entityLens: {…} }`), if there is one. */
export function entityLensSection(pushed: unknown): unknown {
  return typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>).entityLens : undefined;
}

/** Settings the client pushed, newest first: from `workspace/didChangeConfiguration`, from `initializationOptions`. */
export interface PushedSettings {
  notification?: unknown;
  initialization?: unknown;
}

/**
 * The settings in force: pulled from the client when it can answer, else the newest pushed
 * section, else the defaults.
 */
export async function readSettings(connection: Connection, folderUris: string[], pullable: boolean, pushed: PushedSettings, log: Logger): Promise<{ settings: ResolvedSettings; source: SettingsSource }> {
  const pulled = pullable ? await fetchSettings(connection, folderUris, log) : undefined;
  if (pulled) return { settings: pulled, source: 'workspace/configuration' };
  if (pushed.notification !== undefined) return { settings: { global: sanitizeSettings(pushed.notification), byFolder: new Map() }, source: 'workspace/didChangeConfiguration' };
  if (pushed.initialization !== undefined) return { settings: { global: sanitizeSettings(pushed.initialization), byFolder: new Map() }, source: 'initializationOptions' };
  return { settings: defaultResolvedSettings(), source: 'defaults' };
}

/** Asks the client for the settings (`workspace/configuration`); undefined when it cannot answer. */
async function fetchSettings(connection: Connection, folderUris: string[], log: Logger): Promise<ResolvedSettings | undefined> {
  try {
    const items = [
      { section: 'entityLens' },
      ...folderUris.map((scopeUri) => ({ section: 'entityLens', scopeUri })),
      // The editor's own `files.exclude` applies too, as the setting's description promises.
      ...folderUris.map((scopeUri) => ({ section: 'files.exclude', scopeUri })),
    ];
    const values: unknown[] = await connection.workspace.getConfiguration(items);
    const byFolder = new Map<string, EntityLensSettings>();
    folderUris.forEach((uri, k) => {
      const settings = sanitizeSettings(values[k + 1]);
      settings.files.exclude = [...new Set([...settings.files.exclude, ...enabledGlobs(values[1 + folderUris.length + k])])];
      byFolder.set(uri, settings);
    });
    return { global: sanitizeSettings(values[0]), byFolder };
  } catch (e) {
    log.warn(`Could not ask the client for the entityLens settings: ${describeError(e)}`);
    return undefined;
  }
}

/** `files.exclude` is a map of glob → true/false; the globs set to true. */
function enabledGlobs(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** Settings from any JSON the client sends: every key checked, anything unusable replaced by its default. */
export function sanitizeSettings(raw: unknown): EntityLensSettings {
  const out = defaultSettings() as unknown as Record<string, unknown>;
  for (const spec of SETTINGS) {
    if (spec.key.startsWith('trace.')) continue;
    const value = readPath(raw, spec.key);
    if (value !== undefined && isValid(spec, value)) writePath(out, spec.key, structuredClone(value));
  }
  return out as unknown as EntityLensSettings;
}

function isValid(spec: SettingSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (spec.minimum === undefined || value >= spec.minimum) && (spec.maximum === undefined || value <= spec.maximum);
    case 'string':
      return typeof value === 'string' && (!spec.enum || spec.enum.includes(value));
    case 'array':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** Reads `a.b` from `{ a: { b } }`, or from a flat `{ 'a.b': … }` as some clients send it. */
function readPath(raw: unknown, key: string): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const flat = (raw as Record<string, unknown>)[key];
  if (flat !== undefined) return flat;
  let at: unknown = raw;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function writePath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let at = target;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
  at[parts[parts.length - 1]!] = value;
}
