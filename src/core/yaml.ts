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
      return { ok: false, message: err.reason || err.message, offset: mark ? mark.position : 0 };
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
