// A scraped encyclopedia page may open with its infobox's rows ("Formed | 9 January 2007 |",
// "Headquarters 5-1 Ichigaya-honmuracho, …") and name its subject only in the lead after them
// ("The Ministry of Defense (防衛省) is …", 「防衛省（ぼうえいしょう）は、…」). The lead's opening
// name is then the page's title, and the rows above it are its facts.

import type { Mention } from '../model';

/** How far into a document the rows and the lead may stand. */
const MAX_REACH = 3000;
/** An infobox has a few rows at least: one or two short lines are a headline and a byline. */
const MIN_ROWS = 3;

/** After the lead's opening name: a gloss in brackets, then "is" or 「は」. */
const EN_LEAD_AFTER_NAME = /^\s*(?:\([^()\n]{0,80}\)\s*)?(?:is|was)\s+(?:a|an|the)\s/;
const JA_LEAD_AFTER_NAME = /^\s*(?:[（(][^（）()\n]{0,80}[）)])?\s*は/;

/** A line that ends a sentence: the lead, not a row (a long row, "• 247,154 SDF personnel (…)[2]", ends with none). */
const SENTENCE_END = /[.。](?:\[\d+\])?\s*$/;

/**
 * The entity a page's lead names first, when infobox rows stand above the lead and no title
 * does; undefined for any other opening (a headline, a byline, prose from the first line).
 */
export function titleAfterRows(text: string, mentions: readonly Mention[]): string | undefined {
  let rows = 0;
  let at = 0;
  const reach = Math.min(text.length, MAX_REACH);
  while (at < reach) {
    const nl = text.indexOf('\n', at);
    // A line longer than the reach is no row: its end need not be read.
    const end = nl < 0 || nl > reach ? reach : nl;
    const raw = text.slice(at, end);
    const line = raw.trim();
    if (line.length > 40 && SENTENCE_END.test(line)) {
      if (rows < MIN_ROWS) return undefined;
      const lead = at + raw.length - raw.trimStart().length;
      const opening = /^The\s+/.exec(text.slice(lead, lead + 4))?.[0].length ?? 0;
      // A name that stays ambiguous (a general event name) titles nothing.
      const name = mentions.find((m) => m.start === lead + opening && !m.candidates);
      if (!name) return undefined;
      const after = text.slice(name.end, name.end + 100);
      return EN_LEAD_AFTER_NAME.test(after) || JA_LEAD_AFTER_NAME.test(after) ? name.entity : undefined;
    }
    if (line.length > 0) rows++;
    at = end + 1;
  }
  return undefined;
}
