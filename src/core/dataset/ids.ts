// What an entity id and an entity type may be: one place for the dataset loader, the language
// server and the VS Code client (which checks what the user types before asking the server).
// No imports, so that the client can take it without the loader.

export const ENTITY_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** An entity type a command may write: one lower-case word (organization, person, place…). */
export const ENTITY_TYPE = /^[a-z][a-z0-9-]{0,39}$/;

/** An entity id made from a name or a bad id: lower case, runs of other characters as `-` (may be empty). */
export function idFromName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
}
