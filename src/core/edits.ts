/**
 * Minimal text edits to a journal entry: log a contact, insert a key, rename a key, ignore a
 * rule, set the status (the text of a new entry is in newentry.ts).
 *
 * Every edit is computed from the parsed entry and touches only what it must: new lines are
 * inserted whole (in the file's own line break style and the surrounding list's indentation),
 * a renamed key or changed value is replaced in place, and every other byte (comments,
 * quoting, key order, blank lines) stays as it was. Pure: the editor applies the result as one
 * WorkspaceEdit against the open document; tests apply it with applyEdits().
 */
import type { Entry } from './entry';
import { LineIndex } from './text';
import { CONTACT_KINDS, STATUSES, VIAS, type ContactKind, type Range, type Status, type Via } from './types';
import { mapEntries, mapEntry, type YamlNode } from './yaml';

/** A replacement of `range` (zero-based, UTF-16) by `newText`; an empty range is an insertion. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Why an edit cannot be made (the front matter does not parse, a key is not where expected). */
export class EditError extends Error {}

export interface NewContact {
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  date: string;
  to?: string;
  from?: string;
  via: Via;
  kind: ContactKind;
  note?: string;
}

const DEFAULT_CONTACT_ORDER = ['date', 'to', 'from', 'via', 'kind', 'note'];

/** The line break the file uses (its first one), LF when it has none. */
export function eolOf(text: string): string {
  const i = text.search(/\r\n|\n|\r/);
  if (i < 0) return '\n';
  if (text[i] === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** Applies edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[], lines?: LineIndex): string {
  const idx = lines ?? new LineIndex(text);
  const withOffsets = edits
    .map((e, i) => ({ s: idx.offsetAt(e.range.start), e: idx.offsetAt(e.range.end), text: e.newText, i }))
    .sort((a, b) => b.s - a.s || b.i - a.i);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.s) + e.text + out.slice(e.e);
  return out;
}

/** A YAML scalar for a value we write: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string, inFlow = false): string {
  const s = value;
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .@'()\-+/_&!?]*$/u.test(s) &&
    !/\s$/.test(s) &&
    !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(s) &&
    !/^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?$/i.test(s) &&
    !/^0[xo]/i.test(s) &&
    !/ #/.test(s);
  if (plain && !(inFlow && /[,[\]{}]/.test(s))) return s;
  // JSON string syntax is valid YAML double-quoted syntax.
  return JSON.stringify(s);
}

/** A date value as written in the journal (`2026-11-23`, `2026-11-23 14:00`): always plain. */
function dateScalar(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?$/.test(date)) throw new EditError(`"${date}" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:mm)`);
  return date;
}

interface Ctx {
  entry: Entry;
  lines: LineIndex;
  base: number;
  root: YamlNode;
  eol: string;
}

function ctxOf(entry: Entry): Ctx {
  const split = entry.split;
  const fm = entry.frontMatterLines;
  if (!split.hasFrontMatter || !fm || !split.closed) throw new EditError('This file has no closed front matter (--- ... ---) to edit.');
  const y = split.yaml;
  if (!y || !y.ok) throw new EditError('The front matter is not valid YAML: fix it first.');
  const root = y.root;
  if (!root || typeof root.value !== 'object' || root.value === null || Array.isArray(root.value)) {
    throw new EditError('The front matter is not a map of keys: fix it first.');
  }
  return { entry, lines: split.lines, base: split.matterStart, root, eol: eolOf(split.text) };
}

function pos(c: Ctx, offset: number) {
  return c.lines.positionAt(c.base + offset);
}

/** Inserting whole lines before `line` (which must exist: inside the front matter it always does). */
function insertLinesBefore(c: Ctx, line: number, newLines: string[]): TextEdit {
  const p = { line, character: 0 };
  return { range: { start: p, end: p }, newText: newLines.map((l) => l + c.eol).join('') };
}

/**
 * Where a node's content ends. A block collection's own end can run past trailing comment
 * lines (the parser reads ahead), so it is the end of its last item; a flow collection ends
 * at its closing bracket.
 */
function contentEnd(c: Ctx, node: YamlNode): number {
  const kids = node.kids;
  if (!kids || kids.length === 0) return node.end;
  const ch = c.lines.text.charAt(c.base + node.start);
  if (ch === '[' || ch === '{') return node.end;
  return Math.max(contentEnd(c, kids[kids.length - 1]), kids[kids.length - 1].start);
}

/** The last line a node occupies. */
function lastLineOf(c: Ctx, node: YamlNode): number {
  return pos(c, Math.max(node.start, contentEnd(c, node))).line;
}

/** A null value written out (`~`, `null`), as opposed to nothing at all. */
function explicitNull(c: Ctx, node: YamlNode): boolean {
  return /^(?:~|null|Null|NULL)$/.test(c.lines.text.slice(c.base + node.start, c.base + node.end).trim());
}

/** The closing `---` line. */
function closeLine(c: Ctx): number {
  return c.entry.frontMatterLines!.close;
}

/** Appends an item to a flow list (`[a, b]` -> `[a, b, item]`, `[]` -> `[item]`), touching nothing else. */
function appendToFlowList(c: Ctx, list: YamlNode, item: string): TextEdit {
  const last = list.kids?.[list.kids.length - 1];
  const p = pos(c, last ? last.end : list.start + 1);
  return { range: { start: p, end: p }, newText: last ? `, ${item}` : item };
}

/** Whether a node is a flow collection (`[...]`/`{...}`) by its first character. */
function isFlow(c: Ctx, node: YamlNode, open: '[' | '{'): boolean {
  return c.lines.text.charAt(c.base + node.start) === open;
}

/** For a block sequence: the dash column and the column of an item's content. */
function blockListShape(c: Ctx, seq: YamlNode): { dash: number; content: number } | undefined {
  const first = seq.kids?.[0];
  if (!first) return undefined;
  const p = pos(c, first.start);
  const lineText = c.lines.lineText(p.line);
  const dash = lineText.indexOf('-');
  if (dash < 0 || dash > p.character) return undefined;
  return { dash, content: p.character };
}

/** The block-list shape used elsewhere in the file (interviewers, contacts, ignore), for a new list. */
function defaultShape(c: Ctx): { dash: number; content: number } {
  for (const key of ['contacts', 'interviewers', 'ignore', 'tags']) {
    const pair = mapEntry(c.root, key);
    if (pair && Array.isArray(pair.value.value) && !isFlow(c, pair.value, '[')) {
      const shape = blockListShape(c, pair.value);
      if (shape) return { dash: shape.dash, content: shape.dash + Math.max(2, Math.min(shape.content - shape.dash, 4)) };
    }
  }
  return { dash: 2, content: 4 };
}

function topKeyLine(c: Ctx, key: string): { first: number; last: number } | undefined {
  const pair = mapEntry(c.root, key);
  if (!pair) return undefined;
  return { first: pos(c, pair.key.start).line, last: lastLineOf(c, pair.value.value === null && !explicitNull(c, pair.value) ? pair.key : pair.value) };
}

/** Top-level keys that are at column 0 of their line (the usual block map); otherwise the map is flow and we refuse. */
function requireBlockRoot(c: Ctx): void {
  if (isFlow(c, c.root, '{')) throw new EditError('The front matter is written as one flow map ({...}); edit it by hand.');
}

/** The indentation of top-level keys (usually 0). */
function rootIndent(c: Ctx): number {
  const first = c.root.kids?.[0];
  if (!first) return 0;
  return pos(c, first.start).character;
}

function contactFields(contact: NewContact, order: string[], inFlow: boolean): [string, string][] {
  if (!!contact.to === !!contact.from) throw new EditError('A contact needs exactly one of "to" or "from".');
  if (!(VIAS as readonly string[]).includes(contact.via)) throw new EditError(`"${contact.via}" is not a channel (${VIAS.join(', ')}).`);
  if (!(CONTACT_KINDS as readonly string[]).includes(contact.kind)) throw new EditError(`"${contact.kind}" is not a contact kind (${CONTACT_KINDS.join(', ')}).`);
  const values: Record<string, string | undefined> = {
    date: dateScalar(contact.date),
    to: contact.to !== undefined ? yamlScalar(contact.to.trim(), inFlow) : undefined,
    from: contact.from !== undefined ? yamlScalar(contact.from.trim(), inFlow) : undefined,
    via: contact.via,
    kind: contact.kind,
    note: contact.note ? yamlScalar(contact.note, inFlow) : undefined,
  };
  const keys = [...order.filter((k) => DEFAULT_CONTACT_ORDER.includes(k)), ...DEFAULT_CONTACT_ORDER.filter((k) => !order.includes(k))];
  // to/from take each other's place.
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (let k of keys) {
    if ((k === 'to' || k === 'from') && values[k] === undefined) k = k === 'to' ? 'from' : 'to';
    if (seen.has(k)) continue;
    seen.add(k);
    const v = values[k];
    if (v !== undefined) out.push([k, v]);
  }
  return out;
}

/** The key order of an existing contact, so a new one reads like its neighbours. */
function existingOrder(list: YamlNode): string[] {
  const item = list.kids?.find((k) => typeof k.value === 'object' && k.value !== null && !Array.isArray(k.value));
  if (!item) return DEFAULT_CONTACT_ORDER;
  const keys = mapEntries(item).map((p) => String(p.key.value));
  return keys.map((k) => (k === 'from' ? 'to' : k));
}

/** Appends a contact to `contacts:` in the style of the existing list, or creates the key. */
export function appendContact(entry: Entry, contact: NewContact): TextEdit[] {
  const c = ctxOf(entry);
  requireBlockRoot(c);
  const pair = mapEntry(c.root, 'contacts');
  if (!pair) {
    const shape = defaultShape(c);
    const indent = ' '.repeat(rootIndent(c));
    const fields = contactFields(contact, DEFAULT_CONTACT_ORDER, false);
    return [insertLinesBefore(c, closeLine(c), [`${indent}contacts:`, ...blockItem(shape.dash + indent.length, shape.content + indent.length, fields)])];
  }
  const list = pair.value;
  const v = list.value;
  if (v === null || v === undefined) {
    // `contacts:` with no value (or `~`/`null`): a block list under it.
    const shape = defaultShape(c);
    const indent = rootIndent(c);
    const fields = contactFields(contact, DEFAULT_CONTACT_ORDER, false);
    const edits: TextEdit[] = [];
    const explicit = explicitNull(c, list);
    if (explicit) {
      // An explicit null (`~`, `null`): remove it, the list replaces it.
      let s = c.base + list.start;
      while (s > 0 && c.lines.text[s - 1] === ' ') s--;
      edits.push({ range: { start: c.lines.positionAt(s), end: pos(c, list.end) }, newText: '' });
    }
    edits.push(insertLinesBefore(c, lastLineOf(c, explicit ? list : pair.key) + 1, blockItem(shape.dash + indent, shape.content + indent, fields)));
    return edits;
  }
  if (!Array.isArray(v)) throw new EditError('contacts is not a list: fix it first.');
  if (isFlow(c, list, '[')) {
    const order = existingOrder(list);
    const fields = contactFields(contact, order, true);
    const firstItem = list.kids?.[0];
    const spaced = firstItem ? c.lines.text.charAt(c.base + firstItem.start + 1) === ' ' : false;
    const item = spaced ? `{ ${fields.map(([k, val]) => `${k}: ${val}`).join(', ')} }` : `{${fields.map(([k, val]) => `${k}: ${val}`).join(', ')}}`;
    return [appendToFlowList(c, list, item)];
  }
  const shape = blockListShape(c, list) ?? defaultShape(c);
  const order = existingOrder(list);
  const firstItem = list.kids?.[0];
  const flowItems = firstItem ? isFlow(c, firstItem, '{') : false;
  const lastLine = lastLineOf(c, list);
  if (flowItems) {
    const fields = contactFields(contact, order, true);
    const spaced = c.lines.text.charAt(c.base + firstItem!.start + 1) === ' ';
    const body = fields.map(([k, val]) => `${k}: ${val}`).join(', ');
    const item = spaced ? `{ ${body} }` : `{${body}}`;
    return [insertLinesBefore(c, lastLine + 1, [`${' '.repeat(shape.dash)}-${' '.repeat(Math.max(1, shape.content - shape.dash - 1))}${item}`])];
  }
  const fields = contactFields(contact, order, false);
  return [insertLinesBefore(c, lastLine + 1, blockItem(shape.dash, shape.content, fields))];
}

function blockItem(dash: number, content: number, fields: [string, string][]): string[] {
  const gap = Math.max(1, content - dash - 1);
  return fields.map(([k, v], i) => (i === 0 ? `${' '.repeat(dash)}-${' '.repeat(gap)}${k}: ${v}` : `${' '.repeat(dash + 1 + gap)}${k}: ${v}`));
}

/**
 * Inserts `key: value` as a new top-level line after the key `after` (after its whole value),
 * or before the closing `---` when `after` is missing. A value starting with a newline-style
 * block (`  - Name`) goes on the next line. Refuses when the key already exists.
 */
export function insertKey(entry: Entry, key: string, value: string, after?: string): TextEdit[] {
  const c = ctxOf(entry);
  requireBlockRoot(c);
  if (mapEntry(c.root, key)) throw new EditError(`"${key}" is already there.`);
  const indent = ' '.repeat(rootIndent(c));
  const at = after ? topKeyLine(c, after) : undefined;
  const line = at ? at.last + 1 : closeLine(c);
  const lines = /^\s+-/.test(value) ? [`${indent}${key}:`, `${indent}${value}`] : [`${indent}${key}:${value === '' ? '' : ` ${value}`}`];
  return [insertLinesBefore(c, line, lines)];
}

/** Renames the key at `range` (a top-level or nested key) from `from` to `to`. */
export function renameKey(entry: Entry, range: Range, from: string, to: string): TextEdit[] {
  const lines = entry.split.lines;
  const s = lines.offsetAt(range.start);
  const e = lines.offsetAt(range.end);
  const current = lines.text.slice(s, e);
  const unquoted = current.replace(/^(["'])(.*)\1$/s, '$2');
  if (unquoted !== from) throw new EditError(`The key "${from}" is no longer there.`);
  return [{ range, newText: to }];
}

/** Adds a rule id to `ignore:` (a block list, flow list or single value), creating the key when missing. */
export function addIgnore(entry: Entry, rule: string): TextEdit[] {
  const c = ctxOf(entry);
  requireBlockRoot(c);
  const pair = mapEntry(c.root, 'ignore');
  if (!pair) return [insertLinesBefore(c, closeLine(c), [`${' '.repeat(rootIndent(c))}ignore: [${rule}]`])];
  const node = pair.value;
  const v = node.value;
  if (Array.isArray(v) && v.includes(rule)) return [];
  if (v === rule) return [];
  if (v === null || v === undefined) {
    if (explicitNull(c, node)) return [{ range: { start: pos(c, node.start), end: pos(c, node.end) }, newText: `[${rule}]` }];
    const p = pos(c, pair.key.end);
    const colon = c.lines.text.indexOf(':', c.base + pair.key.end);
    const after = colon >= 0 ? c.lines.positionAt(colon + 1) : p;
    return [{ range: { start: after, end: after }, newText: ` [${rule}]` }];
  }
  if (typeof v === 'string') {
    return [{ range: { start: pos(c, node.start), end: pos(c, node.end) }, newText: `[${c.lines.text.slice(c.base + node.start, c.base + node.end)}, ${rule}]` }];
  }
  if (!Array.isArray(v)) throw new EditError('ignore is not a list: fix it first.');
  if (isFlow(c, node, '[')) {
    return [appendToFlowList(c, node, rule)];
  }
  const shape = blockListShape(c, node) ?? defaultShape(c);
  return [insertLinesBefore(c, lastLineOf(c, node) + 1, [`${' '.repeat(shape.dash)}-${' '.repeat(Math.max(1, shape.content - shape.dash - 1))}${rule}`])];
}

/** Sets `status:` (replacing the value, or inserting the key after `interview`/`round`). */
export function setStatus(entry: Entry, status: Status): TextEdit[] {
  if (!(STATUSES as readonly string[]).includes(status)) throw new EditError(`"${status}" is not a status (${STATUSES.join(', ')}).`);
  const c = ctxOf(entry);
  requireBlockRoot(c);
  const pair = mapEntry(c.root, 'status');
  if (!pair) {
    const after = ['round', 'interview', 'role', 'company'].find((k) => mapEntry(c.root, k));
    return insertKey(entry, 'status', status, after);
  }
  const node = pair.value;
  if (node.end > node.start && (node.value !== null || explicitNull(c, node))) {
    if (c.lines.text.slice(c.base + node.start, c.base + node.end) === status) return [];
    return [{ range: { start: pos(c, node.start), end: pos(c, node.end) }, newText: status }];
  }
  const colon = c.lines.text.indexOf(':', c.base + pair.key.end);
  const p = c.lines.positionAt(colon + 1);
  return [{ range: { start: p, end: p }, newText: ` ${status}` }];
}

/** `Acme Corp` + `Staff Engineer` -> `acme-corp-staff-engineer` (ASCII, lower case, dashes). */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `2026-11-24-acme-staff-engineer.md` */
export function entryFileName(date: string, company: string, role: string): string {
  const day = date.slice(0, 10);
  const parts = [day, slugify(company), slugify(role)].filter(Boolean);
  return `${parts.join('-')}.md`;
}
