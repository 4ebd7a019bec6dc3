// textDocument/definition on a mention. The point of Entity Lens is crossing languages, so the
// answer is the same entity's mentions written in the other language(s) across the index, plus
// its record in the dataset. With no such mentions: the record and the same-language mentions
// in other files. An ambiguous mention goes to each candidate's record. In a dataset file, an
// entity id goes to its record and a property name to its declaration (datasetRequests.ts).

import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import { datasetDefinition } from './datasetRequests';
import { entityAt } from './entityAt';
import { mentionLocation, recordLocation } from './locations';
import type { ServerState } from './state';

export function provideDefinition(state: ServerState, params: DefinitionParams): Location[] | null {
  const inDataset = datasetDefinition(state, params.textDocument.uri, params.position);
  if (inDataset !== undefined) return inDataset;
  const target = entityAt(state, params.textDocument.uri, params.position);
  if (!target?.mention || !target.analysis) return null;
  if (target.candidates && target.candidates.length > 1) return target.candidates.flatMap((e) => recordLocation(e) ?? []);
  const here = target.analysis.file;
  const lang = target.mention.lang;
  const mentions = state.index.mentionsOf(target.entity.id);
  const record = recordLocation(target.entity);
  const otherLanguage = mentions.filter((m) => m.mention.lang !== lang);
  if (otherLanguage.length > 0) return [...otherLanguage.map(mentionLocation), ...(record ? [record] : [])];
  const sameLanguageElsewhere = mentions.filter((m) => m.mention.lang === lang && m.file !== here);
  return [...(record ? [record] : []), ...sameLanguageElsewhere.map(mentionLocation)];
}
