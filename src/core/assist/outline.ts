/**
 * A tolerant reading of front matter, line by line, for the editor's assistance: every key and
 * value with its columns and the path of the map or list it belongs to. It works on half-typed
 * and broken YAML (that is when people type), reads only the front matter of one file, and
 * never throws. Item paths carry the item's number (`contacts/#2`), so the keys of one item can
 * be told from the next one's.
 */

/** The lines of a document, as the editor holds them (no line breaks). */
export interface Lines {
  readonly count: number;
  line(i: number): string;
}

export function linesOf(text: string): Lines {
  const ls = text.split(/\r\n|\r|\n/);
  return { count: ls.length, line: (i) => ls[i] ?? '' };
}

/** Where the front matter is: the opening `---` line and the closing one (`count` when unclosed). */
export interface Bounds {
  open: number;
  close: number;
  closed: boolean;
}

/** Front matter longer than this is not read by the assistance (the validation still reports it). */
const MAX_FRONT_MATTER_LINES = 5000;

export function boundsOf(lines: Lines): Bounds | undefined {
  if (lines.count === 0 || !/^\uFEFF?---[ \t]*$/.test(lines.line(0))) return undefined;
  const last = Math.min(lines.count, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < last; i++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines.line(i))) return { open: 0, close: i, closed: true };
  return { open: 0, close: last, closed: false };
}

/** One key/value pair, or one scalar (a list item, or a key still being typed), on a line. */
export interface Seg {
  line: number;
  /** The map or list the segment belongs to: keys, and `#n` for the n-th item of a list. */
  path: string[];
  key?: string;
  keyStart: number;
  keyEnd: number;
  /** Column of the key's colon (-1 for a scalar). */
  colon: number;
  /** The value, unquoted and trimmed ('' when none). */
  value: string;
  /** The value's columns (inside its quotes when quoted). */
  vStart: number;
  vEnd: number;
  /** Where the segment's text ends: the next `,`, closing bracket, comment or the line's end. */
  end: number;
  quote?: '"' | "'";
  /** The value is a flow collection (its contents are segments of their own). */
  flow?: 'map' | 'seq';
  /** A scalar that is a list item (after `- ` or in `[...]`), not a key being typed. */
  item?: boolean;
}

/** A `{...}` or `[...]` on a line. */
export interface Flow {
  path: string[];
  kind: 'map' | 'seq';
  start: number;
  /** Column of the closing bracket, or the line's length when it is not closed on the line. */
  end: number;
}

export interface LineInfo {
  line: number;
  indent: number;
  blank: boolean;
  /** Columns of the `-` of list items on the line, and the path of each item. */
  dashes: number[];
  items: string[][];
  segs: Seg[];
  flows: Flow[];
}

interface Frame {
  col: number;
  path: string[];
  seq: boolean;
  count: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** Where a comment starts (` #`), outside quotes, from `from`; the line's length when none. */
export function commentAt(text: string, from: number): number {
  let q: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = undefined;
    } else if (c === '"' || c === "'") {
      if (i === from || isSpace(text[i - 1]) || text[i - 1] === ':') q = c;
    } else if (c === '#' && (i === from || isSpace(text[i - 1]))) return i;
  }
  return text.length;
}

function unquote(raw: string): { text: string; quote?: '"' | "'" } {
  if (raw.length >= 1 && (raw[0] === '"' || raw[0] === "'")) {
    const q = raw[0] as '"' | "'";
    const inner = raw.endsWith(q) && raw.length >= 2 ? raw.slice(1, -1) : raw.slice(1);
    return { text: q === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"'), quote: q };
  }
  return { text: raw };
}

/** Reads front matter lines in order, keeping the open maps and lists. */
export class Outliner {
  private stack: Frame[] = [{ col: 0, path: [], seq: false, count: 0 }];
  /** A key with no value on the last content line: its children may follow. */
  private pending: string[] | undefined;

  feed(line: number, text: string): LineInfo {
    let indent = 0;
    while (isSpace(text[indent])) indent++;
    const info: LineInfo = { line, indent, blank: false, dashes: [], items: [], segs: [], flows: [] };
    if (indent >= text.length || text[indent] === '#') {
      info.blank = true;
      return info;
    }
    let col = indent;
    for (let guard = 0; guard < 100; guard++) {
      const dash = text[col] === '-' && (col + 1 >= text.length || isSpace(text[col + 1]));
      this.settle(col, dash);
      const top = this.stack[this.stack.length - 1];
      if (!dash) {
        this.content(text, col, top.path, info, false);
        return info;
      }
      let seq = top;
      if (!(top.seq && top.col === col)) {
        seq = { col, path: top.path, seq: true, count: 0 };
        this.stack.push(seq);
      }
      const itemPath = [...seq.path, `#${seq.count++}`];
      info.dashes.push(col);
      info.items.push(itemPath);
      let next = col + 1;
      while (isSpace(text[next])) next++;
      const itemCol = next >= text.length ? col + 2 : next;
      this.stack.push({ col: itemCol, path: itemPath, seq: false, count: 0 });
      if (next >= text.length || text[next] === '#') return info;
      if (text[next] === '-' && (next + 1 >= text.length || isSpace(text[next + 1]))) {
        col = next;
        continue;
      }
      this.content(text, next, itemPath, info, true);
      return info;
    }
    return info;
  }

  /** The container a key typed at `col` on a blank line would belong to; `seq` when a new list item goes there. */
  probe(col: number): { path: string[]; seq: boolean } {
    const stack = [...this.stack];
    const top = () => stack[stack.length - 1];
    if (this.pending && col > top().col) return { path: this.pending, seq: false };
    while (stack.length > 1 && top().col > col) stack.pop();
    const t = top();
    return { path: t.path, seq: t.seq && t.col === col };
  }

  private settle(col: number, dash: boolean): void {
    const s = this.stack;
    if (this.pending) {
      const t = s[s.length - 1];
      if (col > t.col || (dash && col === t.col && !t.seq)) s.push({ col, path: this.pending, seq: dash, count: 0 });
      this.pending = undefined;
    }
    while (s.length > 1) {
      const t = s[s.length - 1];
      if (t.col > col || (t.col === col && t.seq && !dash)) s.pop();
      else break;
    }
  }

  /** A block line's content from `col`: a pair, a scalar or a flow collection. */
  private content(text: string, col: number, path: string[], info: LineInfo, item: boolean): void {
    const stop = commentAt(text, col);
    if (text[col] === '{' || text[col] === '[') {
      flow(text, col, path, info);
      return;
    }
    const colon = findColon(text, col, stop, false);
    if (colon < 0) {
      info.segs.push(scalar(text, info.line, path, col, stop, item));
      return;
    }
    const seg = pair(text, info.line, path, col, colon, stop);
    info.segs.push(seg);
    if (seg.flow) flow(text, seg.vStart, [...path, seg.key!], info);
    else if (seg.value === '' && !seg.quote) this.pending = [...path, seg.key!];
  }
}

/** The first `:` that ends a key (followed by a blank, the end, or in flow a `,`/`}`/`]`), outside quotes; -1 when none. */
function findColon(text: string, from: number, stop: number, inFlow: boolean): number {
  let i = from;
  if (text[i] === '"' || text[i] === "'") {
    const q = text[i];
    const close = text.indexOf(q, i + 1);
    i = close < 0 || close >= stop ? stop : close + 1;
  }
  for (; i < stop; i++) {
    const c = text[i];
    if (inFlow && (c === ',' || c === '}' || c === ']' || c === '{' || c === '[')) return -1;
    if (c === ':') {
      const n = text[i + 1];
      if (i + 1 >= stop || isSpace(n) || (inFlow && (n === ',' || n === '}' || n === ']'))) return i;
    }
  }
  return -1;
}

function scalar(text: string, line: number, path: string[], start: number, stop: number, item: boolean): Seg {
  let end = stop;
  while (end > start && isSpace(text[end - 1])) end--;
  const u = unquote(text.slice(start, end));
  const q = u.quote ? 1 : 0;
  const vEnd = u.quote && end - start >= 2 && text[end - 1] === u.quote ? end - 1 : end;
  return { line, path, keyStart: start, keyEnd: start, colon: -1, value: u.text.trim(), vStart: start + q, vEnd, end: stop, quote: u.quote, item };
}

function pair(text: string, line: number, path: string[], start: number, colon: number, stop: number): Seg {
  let kEnd = colon;
  while (kEnd > start && isSpace(text[kEnd - 1])) kEnd--;
  const key = unquote(text.slice(start, kEnd)).text;
  let v = colon + 1;
  while (v < stop && isSpace(text[v])) v++;
  const seg = scalar(text, line, path, v, stop, false);
  seg.key = key;
  seg.keyStart = start;
  seg.keyEnd = kEnd;
  seg.colon = colon;
  if (text[v] === '{') seg.flow = 'map';
  else if (text[v] === '[') seg.flow = 'seq';
  if (seg.flow) {
    seg.value = '';
    seg.vStart = seg.vEnd = v;
  }
  return seg;
}

/**
 * A flow collection from its opening bracket at `at`, to its closing one or the line's end. Its
 * segments and nested collections are added to `info`; returns the column after it.
 */
function flow(text: string, at: number, path: string[], info: LineInfo, depth = 0): number {
  const kind = text[at] === '{' ? 'map' : 'seq';
  const close = kind === 'map' ? '}' : ']';
  const f: Flow = { path, kind, start: at, end: text.length };
  info.flows.push(f);
  let i = at + 1;
  let n = 0;
  while (i < text.length) {
    while (isSpace(text[i])) i++;
    if (i >= text.length) break;
    const c = text[i];
    if (c === close) {
      f.end = i;
      return i + 1;
    }
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '#' && isSpace(text[i - 1])) break;
    if (c === '}' || c === ']') {
      // A closer of the wrong kind: the collection ends here (broken YAML).
      f.end = i;
      return i + 1;
    }
    const itemPath = kind === 'seq' ? [...path, `#${n++}`] : path;
    if ((c === '{' || c === '[') && depth < 20) {
      i = flow(text, i, itemPath, info, depth + 1);
      continue;
    }
    const stop = flowStop(text, i);
    const colon = kind === 'map' || text[i] !== '"' ? findColon(text, i, stop, true) : -1;
    if (colon < 0) {
      info.segs.push(scalar(text, info.line, itemPath, i, stop, kind === 'seq'));
      i = stop;
      continue;
    }
    let v = colon + 1;
    while (isSpace(text[v])) v++;
    if ((text[v] === '{' || text[v] === '[') && depth < 20) {
      const seg = pair(text, info.line, itemPath, i, colon, v + 1);
      seg.end = v;
      info.segs.push(seg);
      const after = flow(text, v, [...itemPath, seg.key!], info, depth + 1);
      seg.end = after;
      i = after;
      continue;
    }
    const vStop = flowStop(text, v);
    info.segs.push(pair(text, info.line, itemPath, i, colon, vStop));
    i = vStop;
  }
  return text.length;
}

/** Where a flow scalar ends: the next `,`, `}`, `]` or comment outside quotes. */
function flowStop(text: string, from: number): number {
  let i = from;
  if (text[i] === '"' || text[i] === "'") {
    const q = text[i];
    for (i++; i < text.length; i++) {
      if (text[i] === q) {
        if (q === "'" && text[i + 1] === "'") {
          i++;
          continue;
        }
        if (q === '"' && text[i - 1] === '\\') continue;
        i++;
        break;
      }
    }
  }
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === '}' || c === ']') return i;
    if (c === '#' && isSpace(text[i - 1])) return i;
  }
  return text.length;
}

/** Every line of the front matter, read in order. */
export function outline(lines: Lines, b: Bounds): LineInfo[] {
  const o = new Outliner();
  const out: LineInfo[] = [];
  for (let i = b.open + 1; i < b.close; i++) out.push(o.feed(i, lines.line(i)));
  return out;
}

/** A path without item numbers: `contacts/#2/to` reads `contacts/#/to`. */
export function shape(path: readonly string[]): string {
  return path.map((p) => (p[0] === '#' ? '#' : p)).join('/');
}

export const pathKey = (path: readonly string[]): string => path.join('/');

/** The keys present in a map (`path` exactly), across the front matter. */
export function keysIn(infos: readonly LineInfo[], path: readonly string[]): Set<string> {
  const k = pathKey(path);
  const out = new Set<string>();
  for (const li of infos) for (const s of li.segs) if (s.key !== undefined && s.colon >= 0 && pathKey(s.path) === k) out.add(s.key);
  return out;
}

/** The first segment with this key in this map. */
export function segOf(infos: readonly LineInfo[], path: readonly string[], key: string): Seg | undefined {
  const k = pathKey(path);
  for (const li of infos) for (const s of li.segs) if (s.key === key && pathKey(s.path) === k) return s;
  return undefined;
}
