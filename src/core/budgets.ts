// Every quantity a note, a dataset or a client controls has a ceiling: stated here, once, so that
// the engine, the hosts and the docs (docs/budgets.md) agree. A note of eight megabytes of one
// acronym must not cost gigabytes, nor a note of conflicting sentences a 100 MB message.

/** Mentions kept per document; recognition stops there and an info diagnostic says where. */
export const MAX_MENTIONS_PER_DOCUMENT = 20_000;

/** Diagnostics kept per document; one more, at information level, says that others were left out. */
export const MAX_DIAGNOSTICS_PER_DOCUMENT = 1_000;

/** Mentions a workspace index keeps over all its documents (each costs a few hundred bytes). */
export const MAX_INDEX_MENTIONS = 1_000_000;

/** Locations one answer carries: references, a document's mentions, links in a card. */
export const MAX_LOCATIONS_PER_ANSWER = 10_000;

/** The largest value `entityLens.maxFileSizeKB` takes (64 MB); the default is 8 MB. */
export const MAX_FILE_SIZE_KB = 65_536;
