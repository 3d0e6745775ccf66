/** Fenced code blocks: the one place a line is tested for opening or closing a fence. */

export interface Fence {
  /** '`' or '~'. */
  ch: string;
  len: number;
}

// Top level (the body's scan for headings and task items): at most three spaces of indent.
const OPEN = /^ {0,3}(`{3,}|~{3,})/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
// Nested (a draft's text): a fence may sit in a list item or a blockquote. One whitespace run
// between markers, so a long line of spaces costs linear time.
const NESTED_OPEN = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})(.*)$/;
const NESTED_CLOSE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*$/;

/**
 * The fence a line opens, if any. `nested`: in list items and blockquotes too, and a backtick
 * fence whose info string holds a backtick is inline code, not a fence (the top-level scan
 * leaves that case to remark).
 */
export function fenceOpens(line: string, nested: boolean): Fence | undefined {
  const m = (nested ? NESTED_OPEN : OPEN).exec(line);
  if (!m || (nested && m[1][0] === '`' && m[2].includes('`'))) return undefined;
  return { ch: m[1][0], len: m[1].length };
}

/** Whether a line closes the fence: the same character, at least as many, nothing after. */
export function fenceCloses(line: string, fence: Fence, nested: boolean): boolean {
  const m = (nested ? NESTED_CLOSE : CLOSE).exec(line);
  return m !== null && m[1][0] === fence.ch && m[1].length >= fence.len;
}
