// Which mention is under the cursor.

import type { DocumentMentionsResult } from '../../server/protocol';

export type Mention = DocumentMentionsResult['mentions'][number];
export interface Pos {
  line: number;
  character: number;
}

function compare(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * The mention whose range contains `pos`. The end counts too, so a cursor just after a name still
 * finds it; a mention that strictly contains the position wins over one that only touches it.
 */
export function mentionAt(mentions: readonly Mention[], pos: Pos): Mention | undefined {
  let touching: Mention | undefined;
  for (const m of mentions) {
    const start = compare(m.range.start, pos);
    const end = compare(pos, m.range.end);
    if (start > 0 || end > 0) continue;
    if (end < 0) return m;
    touching ??= m;
  }
  return touching;
}
