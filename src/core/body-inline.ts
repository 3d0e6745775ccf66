/** A body's plain text without remark: the inline reader of simple paragraphs, paragraphs, word counts. */

/** The characters body.ts's INLINE_SYNTAX finds, all of them. */
const INLINE_SYNTAX_ALL = /[\\`*_[\]<>&#~\0]/g;
/** `[text](destination)`: text without syntax characters or line breaks, not starting or ending with a blank; a plain URL. */
const LINK = /\[(?<t>[^\s\\`*_[\]<>&#~\0](?:[^\\`*_[\]<>&#~\0\r\n]*[^\s\\`*_[\]<>&#~\0])?)\]\([A-Za-z0-9\-._~:/?#@!$+,;=%]+\)/y;
/** `*text*` or `**text**`: text as in a link, starting and ending with a letter or a digit; no `*` right after. */
const STAR = /(\*\*?)(?<t>[\p{L}\p{N}](?:[^\\`*_[\]<>&#~\0\r\n]*[\p{L}\p{N}])?)\1(?!\*)/uy;
/** `_text_` or `__text__` likewise, followed by a blank, a line break or the end (and preceded by one, checked by the caller). */
const UNDERSCORE = /(__?)(?<t>[\p{L}\p{N}](?:[^\\`*_[\]<>&#~\0\r\n]*[\p{L}\p{N}])?)\1(?![^ \t\r\n])/uy;
/** `` `code` ``: one backtick each side, content on one line, not starting or ending with whitespace. */
const CODE = /`(?<t>[^`\s\0](?:[^`\r\n\0]*[^`\s\0])?)`(?!`)/y;

/**
 * remark's text of one paragraph whose only markup is links, emphasis and code spans of the
 * simplest kinds, or undefined for anything else (remark reads it). The paragraph has no hard
 * break and no line that starts a block (the callers check). Why the result is remark's:
 * - `[t](u)` with a plain URL (no blank, parenthesis, `<` or backslash) is always an inline link,
 *   whatever else is defined; t has no brackets, so no link can nest or overlap it.
 * - Each `*` or `_` run is exactly one opener and one closer around text that has neither:
 *   openers are followed by a letter or digit (left-flanking), closers preceded by one
 *   (right-flanking); `_` needs a blank or line edge outside, so it can open and close. Reading
 *   left to right, each closer's nearest opener is its own (all before are matched), and the
 *   two lengths add up to 2 or 4, never a multiple of 3: every pair becomes emphasis or strong.
 * - A code span's backticks are single and paired in order, its content is kept as it is (no
 *   space to strip at the edges, no line break to turn into a space).
 * Only the markers go: the text is the source's with them removed (blanks at a line end, which
 * remark drops, stay; the callers count words or fold blanks, which ignores them).
 */
export function inlineText(src: string): string | undefined {
  let out = '';
  let at = 0;
  for (;;) {
    INLINE_SYNTAX_ALL.lastIndex = at;
    const m = INLINE_SYNTAX_ALL.exec(src);
    if (!m) return out + src.slice(at);
    const i = m.index;
    let re: RegExp;
    switch (src.charCodeAt(i)) {
      case 91: // [
        if (src.charCodeAt(i - 1) === 33) return undefined; // ![ is an image
        re = LINK;
        break;
      case 42: // *
        re = STAR;
        break;
      case 95: { // _
        const b = src.charCodeAt(i - 1);
        if (i > 0 && b !== 32 && b !== 9 && b !== 10 && b !== 13) return undefined;
        re = UNDERSCORE;
        break;
      }
      case 96: // `
        re = CODE;
        break;
      default:
        return undefined;
    }
    re.lastIndex = i;
    const p = re.exec(src);
    if (!p) return undefined;
    out += src.slice(at, i) + p.groups!.t;
    at = re.lastIndex;
  }
}

/** The runs of non-blank lines (blank: only spaces and tabs), joined with LF. */
export function paragraphs(content: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const line of content.split(/\r\n|\r|\n/)) {
    if (/^[ \t]*$/.test(line)) {
      if (run.length) out.push(run.join('\n'));
      run = [];
    } else run.push(line);
  }
  if (run.length) out.push(run.join('\n'));
  return out;
}

/** Words with a letter or a digit, as the draft rules count them. */
export function countWords(plain: string): number {
  let n = 0;
  for (const w of plain.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}
