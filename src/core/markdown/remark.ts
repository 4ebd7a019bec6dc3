// remark and its plugins, in a module of their own: prose.ts requires it the first time a note
// needs remark, so a program that only meets plain notes (see simpleMarkdown.ts) never loads
// or initialises the parser (a third of the CLI's start-up on a one-line note).

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

/** CommonMark + GFM + front matter: how notes are read. */
export function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
}

/** Without GFM, for input whose nesting overflows GFM's autolink pass. */
export function createPlainProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
}

/** GFM without front matter, for the chunks after a document's first. */
export function createGfmProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}
