/**
 * Where the cursor is in the front matter (a key, a value, a list item, a comment) and what a
 * completion there replaces, read with the tolerant outline of outline.ts; never throws.
 */
import { boundsOf, commentAt, Outliner, type Bounds, type LineInfo, type Lines, type Seg } from './outline';

/** What the cursor is on, or where it types. */
export interface Cursor {
  region: 'front' | 'body' | 'delimiter';
  /** key: a key of the map `path`; value: the value of `key` in `path`; item: a new or typed item of the list `path`. */
  kind?: 'key' | 'value' | 'item';
  path: string[];
  key?: string;
  line: number;
  /** The columns a completion replaces (the word or value being typed). */
  start: number;
  end: number;
  /** The text from `start` to the cursor. */
  typed: string;
  /** The segment under the cursor, when there is one. */
  seg?: Seg;
  /** The item path (`contacts/#2`) of an item being typed. */
  itemPath?: string[];
  /** A `- ` is already written before the item (block style), or the item is in `[...]`. */
  dashed: boolean;
  /** Right after a `-` or a key's `:` (no space yet): what is inserted there needs one. */
  needsSpace?: boolean;
  inFlow: boolean;
  indent: number;
  bounds?: Bounds;
  infos: LineInfo[];
}

/** Where the cursor is, read from the front matter around it; never throws. */
export function cursorAt(lines: Lines, line: number, character: number): Cursor {
  const b = boundsOf(lines);
  const base: Cursor = { region: 'body', path: [], line, start: character, end: character, typed: '', dashed: false, inFlow: false, indent: 0, bounds: b, infos: [] };
  if (!b || line > b.close || (line === b.close && b.closed)) return base;
  if (line === b.open) return { ...base, region: 'delimiter' };
  if (line === b.close) return base;
  const o = new Outliner();
  const infos: LineInfo[] = [];
  let probe: { path: string[]; seq: boolean } | undefined;
  let info: LineInfo | undefined;
  for (let i = b.open + 1; i < b.close; i++) {
    if (i === line) probe = o.probe(character);
    const li = o.feed(i, lines.line(i));
    infos.push(li);
    if (i === line) info = li;
  }
  const text = lines.line(line);
  const cur: Cursor = { ...base, region: 'front', infos, indent: info?.indent ?? 0 };
  const before = text.slice(0, character);
  if (!info || /^[ \t]*$/.test(before)) {
    const p = probe ?? { path: [], seq: false };
    return { ...cur, kind: p.seq ? 'item' : 'key', path: p.path };
  }
  // In a comment: nothing to offer.
  if (info.blank || character > commentAt(text, info.indent)) return { ...cur, kind: undefined };
  // The innermost segment around the cursor.
  let best: Seg | undefined;
  for (const s of info.segs) {
    const from = s.keyStart;
    if (character < from || character > s.end) continue;
    if (s.flow && s.colon >= 0 && character > s.colon) {
      const f = info.flows.find((x) => x.start === s.vStart);
      if (f && character > f.start && character <= f.end) continue;
    }
    if (!best || from >= best.keyStart) best = s;
  }
  const flowHere = info.flows.filter((f) => character > f.start && character <= f.end).sort((a, b2) => b2.start - a.start)[0];
  if (best && !(flowHere && flowHere.start > best.keyStart && !best.flow)) {
    const s = best;
    if (s.colon >= 0 && character > s.colon) {
      // Between the colon and the value (`to:| Jason`): the completion goes at the cursor.
      const start = Math.min(s.vStart, character);
      return { ...cur, kind: 'value', path: s.path, key: s.key, seg: s, start, end: Math.max(s.vEnd, start), typed: text.slice(start, Math.max(character, start)), inFlow: !!flowHere, needsSpace: start === s.colon + 1 };
    }
    // On an opening quote: the whole quoted word, quotes included, is replaced.
    const onQuote = s.colon < 0 && character < s.vStart;
    const start = s.colon >= 0 ? s.keyStart : onQuote ? character : s.vStart;
    const end = s.colon >= 0 ? s.keyEnd : onQuote && s.quote && text[s.vEnd] === s.quote ? s.vEnd + 1 : s.vEnd;
    const typed = text.slice(start, Math.max(start, character));
    const last = s.path[s.path.length - 1];
    if (s.item && last !== undefined && last[0] === '#') {
      return { ...cur, kind: 'item', path: s.path.slice(0, -1), itemPath: s.path, seg: s, start, end, typed, dashed: true, inFlow: !!flowHere };
    }
    return { ...cur, kind: 'key', path: s.path, seg: s, start, end, typed, inFlow: !!flowHere };
  }
  if (flowHere) {
    return flowHere.kind === 'map' ? { ...cur, kind: 'key', path: flowHere.path, inFlow: true } : { ...cur, kind: 'item', path: flowHere.path, dashed: true, inFlow: true };
  }
  // After a `- ` with nothing typed yet.
  if (info.dashes.length && character > info.dashes[info.dashes.length - 1]) {
    const item = info.items[info.items.length - 1];
    return { ...cur, kind: 'item', path: item.slice(0, -1), itemPath: item, dashed: true, needsSpace: text[character - 1] === '-' };
  }
  return { ...cur, kind: 'key', path: probe?.path ?? [] };
}
