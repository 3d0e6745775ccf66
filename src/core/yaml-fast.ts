/**
 * A fast reader for the plain YAML most journal front matter is written in, giving exactly what
 * ./yaml.ts's js-yaml load gives (data and position tree), or `undefined` when the text uses
 * anything it does not read: then js-yaml reads it, errors and all (this reader never reports
 * one). Why: js-yaml reads a character at a time and tries every scalar against the schema's
 * regular expressions, most of the engine's time on a large journal (docs/performance.md).
 * Keys, block lists, one-line scalars and `[a, b]` tag lists are read here a line at a time;
 * flow maps, anchors, aliases, tags, block scalars, multi-line or escaped quoted scalars, keys
 * that are not simple words, duplicate keys, tabs, CRs, control characters, document markers
 * and directives make it give up. Spans follow js-yaml's listener as ./yaml.ts records it: a
 * scalar is its text; a key's value starts at the first non-blank after the `:` (a comment,
 * when one comes first); a block collection ends at the last non-blank before the next line
 * not part of it. test/unit/yaml-fast.test.ts checks the two readers agree.
 */
import type { YamlNode } from './yaml';
import { COLON, DASH, DQUOTE, GIVE_UP, HASH, IMPLICIT, type ImplicitType, isKeyChar, isKeyStart, isPlainStart, LBRACE, LBRACKET, LF, NOT_SIMPLE, PLAIN_STOP, readKey, REFUSED, resolvePlain, SPACE, SQUOTE } from './yaml-fast-scalars';

/**
 * The line table, shared by every read (a read runs to its end before the next starts), so
 * reading an entry allocates none. Grown for a longer text, but kept only up to MAX_SHARED_LINES.
 */
const MAX_SHARED_LINES = 1 << 16;
let lineStarts = new Int32Array(256);
let lineIndents = new Int32Array(256);

class Reader {
  /** Offset of each line's start; a last entry at the text's end. */
  private readonly starts: Int32Array;
  /** Per line: the column of its first non-space character, or -1 for a blank or comment line. */
  private readonly indents: Int32Array;
  readonly lineCount: number;
  private readonly depthLimit = 32;

  /**
   * The length of the text js-yaml reads: one more than ours when ours does not end with a line
   * feed (js-yaml appends one, and its positions may point past it). Reading at `text.length`
   * then reads that line feed.
   */
  private readonly len: number;

  constructor(
    private readonly text: string,
    private readonly implicit: readonly ImplicitType[],
  ) {
    const t = text;
    const n = t.length;
    this.len = t.charCodeAt(n - 1) === LF ? n : n + 1;
    let starts = lineStarts;
    let indents = lineIndents;
    let l = 0;
    let s = 0;
    while (s < n) {
      let e = t.indexOf('\n', s);
      if (e < 0) e = n;
      if (l + 1 >= starts.length) {
        const grownStarts = new Int32Array(starts.length * 2);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownIndents = new Int32Array(indents.length * 2);
        grownIndents.set(indents);
        indents = grownIndents;
        if (starts.length <= MAX_SHARED_LINES) {
          lineStarts = starts;
          lineIndents = indents;
        }
      }
      starts[l] = s;
      let i = s;
      while (i < e && t.charCodeAt(i) === SPACE) i++;
      indents[l] = i === e || t.charCodeAt(i) === HASH ? -1 : i - s;
      l++;
      s = e + 1;
    }
    starts[l] = n;
    this.starts = starts;
    this.indents = indents;
    this.lineCount = l;
  }

  /** The first line at or after `l` that has content (not blank, not only a comment). */
  nextContent(l: number): number {
    while (l < this.lineCount && this.indents[l] < 0) l++;
    return l;
  }

  /** Where the line's content starts (after its indentation). */
  contentAt(l: number): number {
    return l < this.lineCount ? this.starts[l] + this.indents[l] : this.len;
  }

  lineEnd(l: number): number {
    const e = this.starts[l + 1];
    return e > this.starts[l] && this.text.charCodeAt(e - 1) === LF ? e - 1 : e;
  }

  /** First non-blank at or after `from`, but not past `to`. */
  trimStart(from: number, to: number): number {
    const t = this.text;
    while (from < to) {
      // Past the text: js-yaml's appended line feed.
      const c = from < t.length ? t.charCodeAt(from) : LF;
      if (c !== SPACE && c !== LF) break;
      from++;
    }
    return from;
  }

  /** Past the last non-blank before `to`, but not before `from`. */
  trimEnd(from: number, to: number): number {
    const t = this.text;
    while (to > from) {
      const c = to - 1 < t.length ? t.charCodeAt(to - 1) : LF;
      if (c !== SPACE && c !== LF) break;
      to--;
    }
    return to;
  }

  /** A node js-yaml opened at `open` and closed at `close`: trimmed of blanks at both ends, as ./yaml.ts does. */
  private collection(open: number, close: number, value: unknown, kids: YamlNode[] | undefined): YamlNode {
    const start = this.trimStart(open, close);
    return { start, end: this.trimEnd(start, close), value, kids };
  }

  document(): YamlNode {
    const l = this.nextContent(0);
    if (l >= this.lineCount || this.indents[l] !== 0) throw GIVE_UP;
    const first = this.contentAt(l);
    const c = this.text.charCodeAt(first);
    if (!isKeyStart(c)) throw GIVE_UP;
    // The root opens at its first key (js-yaml skips leading comments first) and closes at the end.
    const { node, next } = this.map(l, 0, first, first, 1);
    if (next < this.lineCount) throw GIVE_UP;
    return node;
  }

  /**
   * A block mapping whose keys sit at column `indent`; the first key starts at `firstKey` on line
   * `l` (for a compact mapping in a list item, after the `- `). `open` is where js-yaml opened it.
   */
  private map(l: number, indent: number, firstKey: number, open: number, depth: number): { node: YamlNode; next: number } {
    if (depth > this.depthLimit) throw GIVE_UP;
    const t = this.text;
    const value: Record<string, unknown> = {};
    const kids: YamlNode[] = [];
    let keyAt = firstKey;
    for (;;) {
      // key
      let e = keyAt;
      if (!isKeyStart(t.charCodeAt(e))) throw GIVE_UP;
      e++;
      const lineEnd = this.lineEnd(l);
      while (e < lineEnd && isKeyChar(t.charCodeAt(e))) e++;
      if (t.charCodeAt(e) !== COLON) throw GIVE_UP;
      const after = e + 1;
      if (after < lineEnd && t.charCodeAt(after) !== SPACE) throw GIVE_UP;
      const key = readKey(t, keyAt, e, this.implicit);
      const keyText = key.text;
      if (Object.prototype.hasOwnProperty.call(value, keyText)) throw GIVE_UP;
      kids.push({ start: keyAt, end: e, value: key.value, kids: undefined });
      // value
      let v = after;
      while (v < lineEnd && t.charCodeAt(v) === SPACE) v++;
      let valueNode: YamlNode;
      let next: number;
      if (v >= lineEnd || t.charCodeAt(v) === HASH) {
        const r = this.blockValue(l, indent, after, depth);
        valueNode = r.node;
        next = r.next;
      } else {
        valueNode = this.scalar(v, lineEnd);
        next = this.afterScalar(l, indent);
      }
      value[keyText] = valueNode.value;
      kids.push(valueNode);
      // the next key, or the end of this mapping
      if (next >= this.lineCount || this.indents[next] < indent) {
        const close = this.contentAt(next);
        return { node: this.collection(open, close, value, kids), next };
      }
      if (this.indents[next] > indent) throw GIVE_UP;
      l = next;
      keyAt = this.contentAt(l);
    }
  }

  /**
   * The value of a key with nothing after its `:` on the line (but perhaps a comment): a nested
   * mapping or list on the next lines, or null.
   */
  private blockValue(l: number, indent: number, after: number, depth: number): { node: YamlNode; next: number } {
    const n = this.nextContent(l + 1);
    if (n < this.lineCount) {
      const ind = this.indents[n];
      const at = this.contentAt(n);
      const isItem = this.isItem(n);
      if (ind > indent) return isItem ? this.seq(n, ind, after, depth + 1) : this.map(n, ind, at, after, depth + 1);
      // A list may sit at the key's own column.
      if (ind === indent && isItem) return this.seq(n, ind, after, depth + 1);
    }
    // null: js-yaml opens it after the colon and closes it at the next content.
    const close = this.contentAt(n);
    return { node: this.collection(after, close, null, undefined), next: n };
  }

  /** A block list whose `-` marks sit at column `indent`, from line `l`. */
  private seq(l: number, indent: number, open: number, depth: number): { node: YamlNode; next: number } {
    if (depth > this.depthLimit) throw GIVE_UP;
    const t = this.text;
    const value: unknown[] = [];
    const kids: YamlNode[] = [];
    let next: number;
    for (;;) {
      const dash = this.contentAt(l);
      const lineEnd = this.lineEnd(l);
      let v = dash + 1;
      while (v < lineEnd && t.charCodeAt(v) === SPACE) v++;
      // `-` alone, `- # comment`, `- - x`: left to js-yaml.
      if (v >= lineEnd) throw GIVE_UP;
      const c = t.charCodeAt(v);
      if (c === HASH || c === DASH) throw GIVE_UP;
      let item: YamlNode;
      if (isKeyStart(c) && this.startsKey(v, lineEnd)) {
        const r = this.map(l, v - this.starts[l], v, dash + 1, depth + 1);
        item = r.node;
        next = r.next;
      } else {
        item = this.scalar(v, lineEnd);
        next = this.afterScalar(l, indent);
      }
      value.push(item.value);
      kids.push(item);
      if (next >= this.lineCount || this.indents[next] < indent) break;
      if (this.indents[next] > indent) throw GIVE_UP;
      // A line at the list's column that is not an item ends it (a list at its key's column).
      if (!this.isItem(next)) break;
      l = next;
    }
    const close = this.contentAt(next);
    return { node: this.collection(open, close, value, kids), next };
  }

  /** Whether line `l`'s content is a list item: `-` then a space or the line's end. */
  private isItem(l: number): boolean {
    const at = this.contentAt(l);
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.lineEnd(l) || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** Whether the text at `at` is a simple key followed by `:` and a space or the line's end. */
  private startsKey(at: number, lineEnd: number): boolean {
    const t = this.text;
    let e = at + 1;
    while (e < lineEnd && isKeyChar(t.charCodeAt(e))) e++;
    return t.charCodeAt(e) === COLON && (e + 1 >= lineEnd || t.charCodeAt(e + 1) === SPACE);
  }

  /** The next content line after a one-line scalar on line `l` (which must not continue it). */
  private afterScalar(l: number, indent: number): number {
    const n = this.nextContent(l + 1);
    // A more indented line would continue a plain scalar (or be an error): js-yaml's call.
    if (n < this.lineCount && this.indents[n] > indent) throw GIVE_UP;
    return n;
  }

  /** A one-line value at `at`: a plain scalar, a quoted one without escapes, or a flow list or map of plain scalars. */
  private scalar(at: number, lineEnd: number): YamlNode {
    const t = this.text;
    const c = t.charCodeAt(at);
    let end: number;
    let value: unknown;
    let kids: YamlNode[] | undefined;
    if (c === DQUOTE || c === SQUOTE) {
      const close = t.indexOf(c === DQUOTE ? '"' : "'", at + 1);
      if (close < 0 || close >= lineEnd) throw GIVE_UP;
      const inner = t.slice(at + 1, close);
      if (c === DQUOTE && inner.indexOf('\\') >= 0) throw GIVE_UP;
      // '' inside single quotes is an escaped quote: the close found above would be wrong.
      if (c === SQUOTE && t.charCodeAt(close + 1) === SQUOTE) throw GIVE_UP;
      end = close + 1;
      value = inner;
    } else if (c === LBRACKET || c === LBRACE) {
      const r = this.flow(at, lineEnd);
      end = r.end;
      value = r.value;
      kids = r.kids;
    } else {
      if (!isPlainStart(c)) throw GIVE_UP;
      // A plain scalar runs to the line's end or to " #"; ": " or a final ":" would make it a key.
      // A sticky search for the next ":", "#" or line end: no string is cut but the value.
      let e = lineEnd;
      for (let k = at + 1; ; k++) {
        PLAIN_STOP.lastIndex = k;
        PLAIN_STOP.test(t);
        k = PLAIN_STOP.lastIndex;
        if (k >= lineEnd) break;
        if (t.charCodeAt(k) === COLON) {
          if (k + 1 >= lineEnd || t.charCodeAt(k + 1) === SPACE) throw GIVE_UP;
        } else if (t.charCodeAt(k - 1) === SPACE) {
          e = k - 1; // a comment
          break;
        }
      }
      while (t.charCodeAt(e - 1) === SPACE) e--;
      end = e;
      value = resolvePlain(t.slice(at, e), this.implicit);
      return { start: at, end, value, kids: undefined };
    }
    // After a quoted scalar or a flow list: only blanks or a comment.
    let e = end;
    while (e < lineEnd && t.charCodeAt(e) === SPACE) e++;
    if (e < lineEnd && !(t.charCodeAt(e) === HASH && e > end)) throw GIVE_UP;
    return { start: at, end, value, kids };
  }

  /**
   * `[a, b c]` or `{by: 2026-06-03, via: email}` on one line, of plain scalars (and simple
   * keys), or `[]`, `{}`.
   */
  private flow(at: number, lineEnd: number): { end: number; value: unknown; kids: YamlNode[] | undefined } {
    const t = this.text;
    const isMap = t.charCodeAt(at) === LBRACE;
    const close = t.indexOf(isMap ? '}' : ']', at + 1);
    if (close < 0 || close >= lineEnd) throw GIVE_UP;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const kids: YamlNode[] = [];
    let i = at + 1;
    while (i < close && t.charCodeAt(i) === SPACE) i++;
    if (i === close) return { end: close + 1, value: isMap ? map : list, kids: undefined };
    for (;;) {
      while (i < close && t.charCodeAt(i) === SPACE) i++;
      if (isMap) {
        // key: a simple word, then ": "
        const k = i;
        if (!isKeyStart(t.charCodeAt(i))) throw GIVE_UP;
        i++;
        while (i < close && isKeyChar(t.charCodeAt(i))) i++;
        if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
        const key = readKey(t, k, i, this.implicit);
        const keyText = key.text;
        if (Object.prototype.hasOwnProperty.call(map, keyText)) throw GIVE_UP;
        kids.push({ start: k, end: i, value: key.value, kids: undefined });
        i += 2;
        while (i < close && t.charCodeAt(i) === SPACE) i++;
        const v = this.flowScalar(i, close);
        map[keyText] = v.node.value;
        kids.push(v.node);
        i = v.next;
      } else {
        const v = this.flowScalar(i, close);
        list.push(v.node.value);
        kids.push(v.node);
        i = v.next;
      }
      if (i >= close) break;
      i++; // the comma
      while (i < close && t.charCodeAt(i) === SPACE) i++;
      // A trailing comma: left to js-yaml.
      if (i >= close) throw GIVE_UP;
    }
    return { end: close + 1, value: isMap ? map : list, kids };
  }

  /** A plain scalar in a flow collection, from `s` to the next `,` or the collection's end. */
  private flowScalar(s: number, close: number): { node: YamlNode; next: number } {
    const t = this.text;
    if (s >= close || !isPlainStart(t.charCodeAt(s))) throw GIVE_UP;
    let i = s;
    while (i < close) {
      const ch = t.charCodeAt(i);
      if (ch === 44) break;
      // Flow indicators, quotes, comments and ":" belong to js-yaml.
      if (ch === 123 || ch === 125 || ch === 91 || ch === 93 || ch === 34 || ch === 39 || ch === HASH || ch === COLON) throw GIVE_UP;
      i++;
    }
    let e = i;
    while (e > s && t.charCodeAt(e - 1) === SPACE) e--;
    const value = resolvePlain(t.slice(s, e), this.implicit);
    return { node: { start: s, end: e, value, kids: undefined }, next: i };
  }
}

/**
 * The data and position tree js-yaml would give for this YAML (see ./yaml.ts), or undefined
 * when the text is outside what this reader reads. Like js-yaml, a text that does not end with
 * a line feed is read as if it did (without copying it to add one).
 */
export function fastYaml(text: string): YamlNode | undefined {
  if (!IMPLICIT || text.length === 0) return undefined;
  if (NOT_SIMPLE.test(text) && REFUSED.test(text)) return undefined;
  // Document markers (---, ...) and directives (%) need no check: at a line's start they are
  // where a key of the root mapping would be, and are refused there.
  try {
    return new Reader(text, IMPLICIT).document();
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}
