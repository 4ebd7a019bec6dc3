// Generates everything in the extension manifest that follows from SETTINGS (src/core/config.ts):
// `contributes.configuration` and `capabilities.untrustedWorkspaces.restrictedConfigurations` in
// package.json, the `config.*` keys of package.nls.json / package.nls.ja.json, and
// docs/settings.md. Pure: text in, text out. `scripts/gen-manifest.mjs` writes the result;
// test/manifest.test.ts regenerates in memory and fails when the files on disk differ.

import { SETTINGS, type SettingSpec } from '../src/core/config';
import type { Localized } from '../src/core/l10n';

export const SECTION = 'entityLens';
/** nls keys for settings all start with this; the generator owns them. */
export const CONFIG_NLS_PREFIX = 'config.';
const TITLE: Localized = { en: 'Entity Lens', ja: 'Entity Lens' };

export interface ManifestFiles {
  packageJson: string;
  nlsEn: string;
  nlsJa: string;
  settingsDoc: string;
}

export function settingDescriptionKey(s: SettingSpec): string {
  return `${CONFIG_NLS_PREFIX}${s.key}.description`;
}

/** The `contributes.configuration` object, with `%key%` placeholders for the text. */
export function configurationContribution(settings: SettingSpec[] = SETTINGS): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  settings.forEach((s, order) => {
    const p: Record<string, unknown> = { type: s.type };
    if (s.items) p['items'] = { type: s.items };
    if (s.enum) p['enum'] = [...s.enum];
    if (s.minimum !== undefined) p['minimum'] = s.minimum;
    if (s.maximum !== undefined) p['maximum'] = s.maximum;
    p['default'] = structuredClone(s.default);
    p['markdownDescription'] = `%${settingDescriptionKey(s)}%`;
    if (s.scope) p['scope'] = s.scope;
    if (s.tags) p['tags'] = [...s.tags];
    p['order'] = order;
    properties[`${SECTION}.${s.key}`] = p;
  });
  return { title: `%${CONFIG_NLS_PREFIX}title%`, properties };
}

/** Settings that name files: ignored in Restricted Mode. */
export function restrictedConfigurations(settings: SettingSpec[] = SETTINGS): string[] {
  return settings.filter((s) => s.restrictedInUntrusted).map((s) => `${SECTION}.${s.key}`);
}

/** The generated nls entries for one language. */
export function configNls(lang: keyof Localized, settings: SettingSpec[] = SETTINGS): Record<string, string> {
  const out: Record<string, string> = { [`${CONFIG_NLS_PREFIX}title`]: TITLE[lang] };
  for (const s of settings) out[settingDescriptionKey(s)] = s.description[lang];
  return out;
}

function mergeNls(text: string, generated: Record<string, string>): string {
  const current = JSON.parse(text) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (!k.startsWith(CONFIG_NLS_PREFIX)) out[k] = v;
  Object.assign(out, generated);
  return JSON.stringify(out, null, 2) + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function typeText(s: SettingSpec): string {
  if (s.enum) return s.enum.map((e) => `\`${e}\``).join(' | ');
  if (s.type === 'array' && s.items) return `${s.items}[]`;
  return s.type;
}

export function settingsDoc(settings: SettingSpec[] = SETTINGS): string {
  const lines = [
    '# Settings',
    '',
    '<!-- Generated from src/core/config.ts by `npx tsx scripts/gen-manifest.mjs`; do not edit by hand.',
    '     test/manifest.test.ts fails when this file is out of date. -->',
    '',
    'Every setting lives under `entityLens.` in VS Code\'s settings (the language server receives the',
    'same keys). Settings marked *restricted* are ignored in Restricted Mode, because they name files',
    'that Entity Lens would read.',
    '',
    '| Setting | Type | Default | Description |',
    '|---|---|---|---|',
  ];
  for (const s of settings) {
    const notes: string[] = [];
    if (s.minimum !== undefined && s.maximum !== undefined) notes.push(`Range: ${s.minimum}–${s.maximum}.`);
    else if (s.minimum !== undefined) notes.push(`Minimum: ${s.minimum}.`);
    else if (s.maximum !== undefined) notes.push(`Maximum: ${s.maximum}.`);
    if (s.scope) notes.push(`Scope: ${s.scope}.`);
    if (s.restrictedInUntrusted) notes.push('*Restricted*: ignored in Restricted Mode.');
    if (s.tags?.length) notes.push(`Tags: ${s.tags.join(', ')}.`);
    const description = [s.description.en, ...notes].join(' ');
    lines.push(`| \`${SECTION}.${s.key}\` | ${cell(typeText(s))} | ${cell('`' + JSON.stringify(s.default) + '`')} | ${cell(description)} |`);
  }
  return lines.join('\n') + '\n';
}

/** Regenerates the generated parts of the manifest files; everything else is kept as it is. */
export function generate(current: { packageJson: string; nlsEn: string; nlsJa: string }, settings: SettingSpec[] = SETTINGS): ManifestFiles {
  const pkg = JSON.parse(current.packageJson) as Record<string, any>;
  pkg['contributes'] ??= {};
  pkg['contributes']['configuration'] = configurationContribution(settings);
  pkg['capabilities'] ??= {};
  pkg['capabilities']['untrustedWorkspaces'] ??= { supported: 'limited' };
  pkg['capabilities']['untrustedWorkspaces']['restrictedConfigurations'] = restrictedConfigurations(settings);
  return {
    packageJson: JSON.stringify(pkg, null, 2) + '\n',
    nlsEn: mergeNls(current.nlsEn, configNls('en', settings)),
    nlsJa: mergeNls(current.nlsJa, configNls('ja', settings)),
    settingsDoc: settingsDoc(settings),
  };
}

/** Paths of the generated files, relative to the repository root. */
export const FILES = {
  packageJson: 'package.json',
  nlsEn: 'package.nls.json',
  nlsJa: 'package.nls.ja.json',
  settingsDoc: 'docs/settings.md',
} as const;
