/** Offsets to line/character positions over a document's text (CRLF, LF and lone CR all end a line). */
import type { Position, Range } from './types';

/** Line starts being found (the constructor runs to completion before another can start). */
const SCRATCH: number[] = [0];

export class LineIndex {
  /** Offset of each line's start: a typed array of exactly the line count (a pushed array keeps up to half again as much spare room). */
  private readonly starts: Uint32Array;

  /** The text's length, kept when the text is released (positions never need more). */
  private readonly length: number;

  constructor(public text: string) {
    this.length = text.length;
    // Found into one reused scratch array, then copied to an array of the exact size.
    const starts = SCRATCH;
    let n = 1;
    if (text.indexOf('\r') < 0) {
      // The common case: LF only, found with indexOf rather than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts[n++] = i + 1;
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts[n++] = i + 1;
        }
      }
    }
    const out = new Uint32Array(n);
    for (let k = 1; k < n; k++) out[k] = starts[k];
    this.starts = out;
    if (starts.length > 65536) starts.length = 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  /** The line of an offset: `positionAt(offset).line`, without making the position. */
  lineAt(offset: number): number {
    return this.lineOf(Math.max(0, Math.min(offset, this.length)));
  }

  private lineOf(o: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  offsetAt(p: Position): number {
    return Math.min(this.lineStart(p.line) + p.character, this.lineEnd(p.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /**
   * Lets the text go: positions (and lazy ranges) still work, reading the text (lineText,
   * lineEnd, lineRange, offsetAt) does not. For a one-shot analysis that keeps only what the
   * rules read (Journal's `keepText: false`).
   */
  releaseText(): void {
    this.text = '';
  }

  /**
   * A range whose line and character are worked out only when read. The parser keeps one for
   * every key, item and value a rule might point at; most are never read.
   */
  lazyRange(start: number, end: number): Range {
    return new LazyRange(this, start, end);
  }

  /** The whole content of a line, as a range. */
  lineRange(line: number): Range {
    return { start: { line, character: 0 }, end: { line, character: this.lineEnd(line) - this.lineStart(line) } };
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** Two offsets; the positions are looked up (a binary search) on each read, not kept: most are never read, and the entries stay smaller. */
class LazyRange implements Range {
  constructor(
    private readonly lines: LineIndex,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): Position {
    return this.lines.positionAt(this.from);
  }

  get end(): Position {
    return this.lines.positionAt(this.to);
  }
}

/** A plain {start, end} copy of a range (diagnostics carry plain data). */
export function plainRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function normalizeName(name: string): string {
  // The common case in one pass, without the regular expressions: ASCII with no blank to trim
  // or squeeze (only single spaces between words). The same result as the general case.
  const n = name.length;
  let upper = false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 32) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i - 1) === 32) return normalizeAny(name);
    } else if (c >= 128 || (c >= 9 && c <= 13)) return normalizeAny(name);
  }
  return upper ? name.toLowerCase() : name;
}

function normalizeAny(name: string): string {
  // NFKC, and the typographic apostrophes as the plain one: O’Neil is O'Neil.
  const n = ASCII.test(name) ? name : name.normalize('NFKC').replace(/[\u2018\u2019\u02BC\u2032]/g, "'");
  return n.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Legal forms folded away at the end of a company name ("Acme Inc.", "ACME, Inc." are Acme). */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'as', 'pty', 'kk', 'lp', 'llp']);

/**
 * The key that makes one company of its spellings: normalised as a name, punctuation folded to
 * spaces, and trailing legal forms dropped ("Acme", "Acme Inc." and "ACME, Inc." are one). A name
 * that is nothing but a legal form keeps it.
 */
export function companyKeyOf(name: string): string {
  const n = normalizeName(name);
  const words = n.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim().split(' ');
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1])) end--;
  // "S.A." and "B.V." come apart at their dots: fold their letters back together.
  while (end > 2 && LEGAL_FORMS.has(words[end - 2] + words[end - 1])) end -= 2;
  const key = words.slice(0, end).join(' ');
  return key || n;
}

/**
 * The same string, made flat: a message built from template parts is a tree of V8 cons strings
 * (about 32 bytes a part, kept for as long as the message is). Converting it to a number makes
 * V8 flatten it in place, the trick of the flatstr package; the value is unchanged.
 */
export function flatten(s: string): string {
  void Number(s);
  return s;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 makes a cut of 13
 * characters or more a slice that keeps its whole parent alive (one kept e-mail address would
 * keep a file's front matter); concatenating and slicing makes V8 flatten it into a new string.
 */
export function own(s: string): string;
export function own(s: string | undefined): string | undefined;
export function own(s: string | undefined): string | undefined {
  return s === undefined || s.length < 13 ? s : (' ' + s).slice(1);
}
