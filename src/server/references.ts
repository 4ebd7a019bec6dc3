// textDocument/references: every mention of the entity in every language across the index, and
// its dataset record when the client asks for the declaration. Works from a mention in a note,
// from an entity id in a dataset file (a record's `id:`, an entity-valued fact), and from
// anywhere else in an entity's record.

import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import { datasetEntityAt } from './datasetRequests';
import { entityAt } from './entityAt';
import { mentionLocation, recordLocation } from './locations';
import type { ServerState } from './state';

export function provideReferences(state: ServerState, params: ReferenceParams): Location[] | null {
  const { uri } = params.textDocument;
  const target = datasetEntityAt(state, uri, params.position) ?? entityAt(state, uri, params.position);
  if (!target || (target.candidates && target.candidates.length > 1)) return null;
  const locations = state.index.mentionsOf(target.entity.id).map(mentionLocation);
  const record = recordLocation(target.entity);
  if (params.context.includeDeclaration && record) locations.unshift(record);
  return locations;
}
