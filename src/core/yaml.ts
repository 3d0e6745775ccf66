/**
 * YAML front matter with positions, in one pass.
 *
 * js-yaml's `listener` reports every node's open and close offsets while it loads. We keep
 * those offsets in a light tree beside the data, so any key, list item or value can be pointed
 * at exactly without a second parser (the `yaml` package's document API costs about 4.7 times
 * as much; see docs/performance.md). The schema is js-yaml's CORE schema: no timestamps (dates
 * stay the strings the user wrote, never shifted through UTC), no custom tags, nothing executed.
 */
import { CORE_SCHEMA, load, type State, YAMLException } from 'js-yaml';
import { fastYaml } from './yaml-fast';

/** A node's span in the YAML text: [start, end) offsets, trimmed of surrounding blanks. */
export interface YamlNode {
  start: number;
  end: number;
  value: unknown;
  /** Mapping: [key0, value0, key1, value1, ...]. Sequence: the items. Scalars: none. */
  kids: YamlNode[] | undefined;
}

export type YamlLoad =
  | { ok: true; data: unknown; root: YamlNode | undefined }
  | { ok: false; message: string; offset: number };

/** Nesting deeper than this is refused before js-yaml recurses (a 5,000-deep document would overflow the stack). */
export const MAX_DEPTH = 200;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function loadYaml(input: string): YamlLoad {
  // Plain front matter (almost all of it) is read by the fast reader, which gives the same data
  // and tree or gives up (./yaml-fast.ts); js-yaml reads the rest.
  const root = fastYaml(input);
  if (root) return { ok: true, data: root.value, root };
  return loadYamlWithJsYaml(input);
}

/** js-yaml's load with its position events: what loadYaml gives, always by js-yaml (the reference the fast reader is tested against). */
export function loadYamlWithJsYaml(input: string): YamlLoad {
  const text = input.endsWith('\n') ? input : `${input}\n`;
  // Parallel stacks: the open offset of each node being read, and its children (allocated
  // only when a child closes; most nodes are scalars).
  const starts: number[] = [0];
  const kidsStack: (YamlNode[] | undefined)[] = [undefined];
  // The children of every list and map, by value: an alias (*name) is the anchored value itself.
  const kidsOf = new Map<object, YamlNode[]>();
  let tooDeep = -1;
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      if (starts.length > MAX_DEPTH && tooDeep < 0) {
        tooDeep = state.position;
        throw new RangeError('too deep');
      }
      starts.push(state.position);
      kidsStack.push(undefined);
      return;
    }
    if (starts.length <= 1) return;
    let s = starts.pop()!;
    let kids = kidsStack.pop();
    let e = state.position;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    const value = (state as unknown as { result: unknown }).result;
    const top = kidsStack.length - 1;
    const parent = kidsStack[top] ?? (kidsStack[top] = []);
    // js-yaml opens the same node twice when it first tries to read it as a mapping key
    // ("- Jason Lee"): collapse a node whose only child is the same value.
    if (kids && kids.length === 1 && kids[0].value === value) {
      parent.push(kids[0]);
      return;
    }
    if (kids && kids.length === 0) kids = undefined;
    if (typeof value === 'object' && value !== null) {
      // An alias has no children of its own: lend it the anchored node's, so its items have
      // positions (at the anchor) instead of being skipped by the validation.
      const lent = kids ? undefined : kidsOf.get(value);
      // An empty item (`-` alone, a half-typed line) has no node of its own: give it one at its
      // dash, so one bad item never moves the positions of the items after it.
      if (!lent && Array.isArray(value) && value.length > (kids?.length ?? 0)) kids = withEmptyItems(kids ?? [], value, s, text);
      if (lent) kids = lent;
      else if (kids) kidsOf.set(value, kids);
    }
    parent.push({ start: s, end: e, value, kids });
  };
  try {
    const data = load(input, { schema: CORE_SCHEMA, listener, json: false });
    const top = kidsStack[0] ?? [];
    return { ok: true, data, root: top[top.length - 1] };
  } catch (err) {
    if (tooDeep >= 0 || err instanceof RangeError) {
      return { ok: false, message: `nesting is deeper than ${MAX_DEPTH} levels`, offset: tooDeep >= 0 ? tooDeep : 0 };
    }
    if (err instanceof YAMLException) {
      const mark = (err as YAMLException & { mark?: { position: number } }).mark;
      return { ok: false, ...explainYamlError(text, err.reason || err.message, mark ? mark.position : 0) };
    }
    return { ok: false, message: err instanceof Error ? err.message : String(err), offset: 0 };
  }
}

/** The items of a sequence with a node for each empty one (at its `-`), in the order of the values. */
function withEmptyItems(kids: YamlNode[], value: unknown[], start: number, text: string): YamlNode[] {
  const out: YamlNode[] = [];
  let k = 0;
  let from = start;
  for (let i = 0; i < value.length; i++) {
    const kid = kids[k];
    if (kid && (kid.value === value[i] || value[i] !== null)) {
      out.push(kid);
      from = kid.end;
      k++;
      continue;
    }
    let dash = text.indexOf('-', from);
    if (dash < 0 || (kid && dash >= kid.start)) dash = from;
    out.push({ start: dash, end: dash + 1, value: null, kids: undefined });
    from = dash + 1;
  }
  return out;
}

export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key and value nodes of a mapping entry. */
export function mapEntry(node: YamlNode | undefined, key: string): { key: YamlNode; value: YamlNode } | undefined {
  const kids = node?.kids;
  if (!kids || !isMap(node.value)) return undefined;
  for (let i = 0; i + 1 < kids.length; i += 2) {
    if (String(kids[i].value) === key) return { key: kids[i], value: kids[i + 1] };
  }
  return undefined;
}

/** Every key node of a mapping, with its value node. */
export function mapEntries(node: YamlNode | undefined): { key: YamlNode; value: YamlNode }[] {
  const kids = node?.kids;
  const out: { key: YamlNode; value: YamlNode }[] = [];
  if (!kids || !isMap(node.value)) return out;
  for (let i = 0; i + 1 < kids.length; i += 2) out.push({ key: kids[i], value: kids[i + 1] });
  return out;
}

export function seqItem(node: YamlNode | undefined, index: number): YamlNode | undefined {
  if (!node?.kids || !Array.isArray(node.value)) return undefined;
  return node.kids[index];
}

// ---- YAML errors in plain words, and their repairs ------------------------------------------

/** A `key: value` line: indentation (and list dash), key, the value as written (comment included). */
const KEY_LINE = /^([ \t]*(?:-[ \t]+)?)([^\s#'"[\]{}:][^:#]*?):[ \t]+(.*)$/;

function lineAt(text: string, offset: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).replace(/\r$/, '');
  return { start, end: start + line.length, text: line };
}

/** An unquoted value with ": " in it (`role: Engineer: Tools`), with its span, comment left out. */
function colonValue(text: string, offset: number): { start: number; end: number; value: string; key: string } | undefined {
  const line = lineAt(text, offset);
  const m = KEY_LINE.exec(line.text);
  if (!m) return undefined;
  const raw = m[3];
  if (/^["'[{|>&*!]/.test(raw)) return undefined;
  const comment = raw.search(/[ \t]#/);
  const value = (comment >= 0 ? raw.slice(0, comment) : raw).trimEnd();
  if (!/:[ \t]/.test(value) && !value.endsWith(':')) return undefined;
  const start = line.start + line.text.length - raw.length;
  return { start, end: start + value.length, value, key: m[2].trim() };
}

/** Where the last value that opens a quote without closing it on its line starts, before `offset`. */
function openQuote(text: string, q: string, offset: number): number | undefined {
  let found: number | undefined;
  let start = 0;
  for (const line of text.slice(0, offset).split('\n')) {
    const m = KEY_LINE.exec(line.replace(/\r$/, '')) ?? /^([ \t]*-[ \t]+)()(.*)$/.exec(line);
    if (m && m[3].startsWith(q) && !m[3].slice(1).replace(q === "'" ? /''/g : /\\./g, '').includes(q)) found = start + line.length - m[3].length - (line.endsWith('\r') ? 1 : 0);
    start += line.length + 1;
  }
  return found;
}

interface Opener {
  ch: '[' | '{';
  offset: number;
}

/** The flow collections (`[`, `{`) still open at the end of the text, outermost first. */
function openFlows(text: string): Opener[] {
  const stack: Opener[] = [];
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      if (stack.length === 0) quote = '';
      continue;
    }
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    const prev = i === 0 ? '\n' : text[i - 1];
    if (c === '#' && (prev === ' ' || prev === '\t' || prev === '\n')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    // Outside a flow, only a value's first character opens one (`key: [`, `- {`).
    const atValue = stack.length > 0 || lineStart || /[:-][ \t]+$/.test(text.slice(Math.max(0, i - 8), i)) || prev === '[' || prev === '{';
    if ((c === '[' || c === '{') && atValue) stack.push({ ch: c, offset: i });
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
    else if ((c === '"' || c === "'") && stack.length > 0 && /[\s,[{:]/.test(prev)) quote = c;
    if (c !== ' ' && c !== '\t' && c !== '-') lineStart = false;
  }
  return stack;
}

/**
 * js-yaml's error reason in plain words for the common mistakes, with the offset to point at:
 * a value with ": " that needs quotes, a tab in the indentation, a `[` or `{` never closed, a
 * line indented deeper than the key above it. Other errors keep js-yaml's words.
 */
export function explainYamlError(text: string, reason: string, offset: number): { message: string; offset: number } {
  if (/bad indentation of a mapping entry|incomplete explicit mapping pair/.test(reason)) {
    const v = colonValue(text, offset);
    if (v) return { message: `the value of "${v.key}" has ": " in it, so it must be in quotes: ${v.key}: ${JSON.stringify(v.value)}`, offset: v.start };
    const line = lineAt(text, offset);
    if (/^[ \t]+\S/.test(line.text)) {
      return { message: 'this line is indented, but the line above does not open a list or a map: start the key at the beginning of the line', offset: line.start };
    }
  }
  if (/tab characters must not be used in indentation/.test(reason)) {
    const line = lineAt(text, offset);
    return { message: 'this line is indented with a tab: YAML indents with spaces only', offset: line.start };
  }
  if (/end of the stream within a flow collection|missed comma between flow collection entries/.test(reason)) {
    const open = openFlows(text);
    if (open.length > 0) {
      const o = open[0];
      const closers = open.map((x) => (x.ch === '[' ? ']' : '}')).reverse().join('');
      return { message: `the "${o.ch}" here is never closed: end the list or map with "${closers}" on the same line`, offset: o.offset };
    }
  }
  const quoted = /end of the stream within a (double|single) quoted scalar/.exec(reason);
  if (quoted) {
    const q = quoted[1] === 'double' ? '"' : "'";
    return { message: `the quote (${q}) here is never closed: add the closing ${q} at the end of the value`, offset: openQuote(text, q, offset) ?? offset };
  }
  return { message: reason, offset };
}

/** One repair of the front matter's YAML: replace [start, end) of its text with newText. */
export interface YamlRepair {
  title: string;
  start: number;
  end: number;
  newText: string;
}

/** Whether a repair gets past the error at `offset`: the text loads, or fails later on. */
function helps(text: string, r: YamlRepair, offset: number): boolean {
  const fixed = text.slice(0, r.start) + r.newText + text.slice(r.end);
  const y = loadYamlWithJsYaml(fixed);
  return y.ok || y.offset > offset + (r.newText.length - (r.end - r.start));
}

/**
 * The safe repairs of a front matter that does not load: quote a value with ": " in it, indent
 * with spaces instead of tabs, close a `[` or `{` at the end of the line that opened it. A
 * repair is offered only when the text then loads or fails further on; [] when it loads.
 */
export function yamlRepairs(input: string): YamlRepair[] {
  const text = input.endsWith('\n') ? input : `${input}\n`;
  let reason: string;
  let offset: number;
  try {
    load(text, { schema: CORE_SCHEMA, json: false });
    return [];
  } catch (err) {
    if (!(err instanceof YAMLException)) return [];
    reason = err.reason || err.message;
    offset = (err as YAMLException & { mark?: { position: number } }).mark?.position ?? 0;
  }
  const out: YamlRepair[] = [];
  if (/bad indentation of a mapping entry|incomplete explicit mapping pair/.test(reason)) {
    const v = colonValue(text, offset);
    if (v) out.push({ title: `Quote this value: ${v.key}: ${JSON.stringify(v.value)}`, start: v.start, end: v.end, newText: JSON.stringify(v.value) });
  } else if (/tab characters must not be used in indentation/.test(reason)) {
    // Every tab-indented line of the block, each tab as two spaces: one consistent step per level.
    const first = text.search(/^[ ]*\t/m);
    const end = text.replace(/\n$/, '').length;
    const block = text.slice(first, end);
    const fixed = block.replace(/^[ \t]+/gm, (ws) => ws.replace(/\t/g, '  '));
    if (first >= 0 && fixed !== block) out.push({ title: 'Indent with spaces instead of tabs', start: first, end, newText: fixed });
  } else if (/end of the stream within a flow collection|missed comma between flow collection entries/.test(reason)) {
    const open = openFlows(text);
    if (open.length > 0) {
      const line = lineAt(text, open[0].offset);
      // Only when every open bracket is on that one line: then closing them there is what was meant.
      if (open.every((o) => o.offset < line.end)) {
        const comment = line.text.search(/[ \t]#/);
        const at = line.start + (comment >= 0 ? line.text.slice(0, comment) : line.text).trimEnd().length;
        const closers = open.map((x) => (x.ch === '[' ? ']' : '}')).reverse().join('');
        out.push({ title: `Close the ${open[0].ch === '[' ? 'list' : 'map'} with "${closers}"`, start: at, end: at, newText: closers });
      }
    }
  }
  return out.filter((r) => helps(text, r, offset));
}
