// Inline data for the client's pure-helper tests.
import type { EntityCardResult, EntitySummary, StatusParams } from '../../src/server/protocol';
import { format, type Translate } from '../../src/extension/pure/lang';

/** Stands in for `vscode.l10n.t`: English text with the placeholders filled. */
export const t: Translate = format;

/** A "translation" that marks every message, to prove a helper sends all its text through `t`. */
export const marked: Translate = (message, ...args) => `«${format(message, ...args)}»`;

export const XSS = '<img src=x onerror=alert(1)>';

export const range = (line: number, character: number, length: number) => ({ start: { line, character }, end: { line, character: character + length } });

export const jjocSummary: EntitySummary = {
  id: 'jjoc',
  type: 'organization',
  labels: { en: 'Japan Joint Operations Command', ja: '統合作戦司令部' },
  aliases: { en: ['JJOC', 'Joint Operations Command', 'Japan Joint Operations Command'], ja: ['統合作戦司令部', '統作司'] },
};

export const cardResult: EntityCardResult = {
  card: {
    id: 'jjoc',
    type: 'organization',
    labels: { en: 'Japan Joint Operations Command', ja: '統合作戦司令部' },
    readings: { ja: 'とうごうさくせんしれいぶ' },
    description: { en: 'Commands the SDF in joint operations.', ja: '自衛隊の統合運用を指揮する。' },
    aliases: { en: ['JJOC', 'Japan Joint Operations Command'], ja: ['統合作戦司令部', '統作司'] },
    sameAs: ['Q123', 'https://example.org/jjoc', 'javascript:alert(1)'],
    facts: [
      {
        property: 'personnel',
        label: { en: 'personnel', ja: '人員' },
        value: { en: '240 persons', ja: '240人' },
        qualifiers: { en: 'as of 2025', ja: '時点 2025年' },
        sources: [
          { document: 'seed-000.txt', quote: 'about 240 personnel', url: 'https://example.org/seed' },
          { document: 'seed-001.txt', url: 'javascript:alert(1)' },
        ],
      },
    ],
  },
  mentions: {
    en: [
      { uri: 'file:///w/notes/b.md', range: range(9, 4, 4), text: 'JJOC', lang: 'en' },
      { uri: 'file:///w/notes/a.md', range: range(3, 0, 4), text: 'JJOC', lang: 'en' },
      { uri: 'file:///w/notes/a.md', range: range(1, 2, 30), text: 'Japan Joint Operations Command', lang: 'en' },
    ],
    ja: [{ uri: 'file:///w/notes/c.md', range: range(0, 0, 7), text: '統合作戦司令部', lang: 'ja' }],
  },
  definition: { uri: 'file:///w/dataset/x.entities.yaml', range: range(40, 4, 10), text: 'id: jjoc', lang: 'en' },
};

export const displayPath = (uri: string) => uri.replace('file:///w/', '');

export function status(over: Partial<StatusParams> = {}): StatusParams {
  return { state: 'ready', entities: 59, datasetProblems: 0, documentProblems: 2, indexedFiles: 8, restricted: false, message: 'Loaded 1 dataset.', ...over };
}
