// textDocument/references: every mention of the entity in every language across the index, and
// its dataset record when the client asks for the declaration. Works from a mention in a note and
// from an entity's record in a dataset file.

import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import { entityAt } from './entityAt';
import { mentionLocation, recordLocation } from './locations';
import type { ServerState } from './state';

export function provideReferences(state: ServerState, params: ReferenceParams): Location[] | null {
  const target = entityAt(state, params.textDocument.uri, params.position);
  if (!target || (target.candidates && target.candidates.length > 1)) return null;
  const locations = state.index.mentionsOf(target.entity.id).map(mentionLocation);
  const record = recordLocation(target.entity);
  if (params.context.includeDeclaration && record) locations.unshift(record);
  return locations;
}
