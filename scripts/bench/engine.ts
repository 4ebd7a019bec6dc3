// What the benchmark measures, bundled by esbuild exactly as the CLI bundles the engine: the
// public service plus the internal stages, so the bench can time them one by one.
export { createEntityService, WorkspaceIndex, LineIndex } from '../../src/core';
export { loadDatasets } from '../../src/core/dataset';
export { buildAliasIndex } from '../../src/core/recognize/aliasIndex';
export { recognizeRange, findMentions, FoundMentions } from '../../src/core/recognize/recognize';
export { normalizeForMatch, foldInto, FoldBuffer } from '../../src/core/text/normalize';
export { KeywordMatcher } from '../../src/core/match/keywordMatcher';
export { extractProse, extractMarkdownProse, extractMarkdownProseIncremental } from '../../src/core/markdown/prose';
export { needsFastMarkdown } from '../../src/core/markdown/fastProse';
export { isSimpleMarkdown } from '../../src/core/markdown/simpleMarkdown';
