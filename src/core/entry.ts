/**
 * One journal file, read into a typed entry with validation diagnostics.
 *
 * Parsing never throws: every problem becomes a diagnostic on the exact key, item or value,
 * and whatever is valid is still used by the rules.
 */
import { dayOf, formatDate, parseWhen } from './civil';
import { releaseText, releaseYaml, splitFrontMatter, type Split } from './frontmatter';
import { parseBody, type Draft, type Task } from './body';
import { closest } from './suggest';
import { companyKeyOf, normalizeName, own, plainRange, type LineIndex } from './text';
import {
  CLOSED_STATUSES,
  CONTACT_KINDS,
  DEFAULT_SEVERITY,
  RULE_IDS,
  STATUSES,
  VIAS,
  type ContactKind,
  type Diagnostic,
  type FixData,
  type Range,
  type RuleId,
  type Status,
  type Via,
  type When,
} from './types';
import { isMap, seqItem, type YamlNode } from './yaml';

export interface Interviewer {
  name: string;
  key: string;
  title?: string;
  email?: string;
  phoneOk: boolean;
  linkedinOk: boolean;
  /** The name (for a map: its `name` value), where per-person diagnostics go. */
  range: Range;
  index: number;
}

export interface Recruiter {
  name: string;
  key: string;
  agency?: string;
  email?: string;
  phone?: string;
  range: Range;
}

export interface Contact {
  index: number;
  when: When;
  dir: 'to' | 'from';
  who: string;
  whoKey: string;
  via: Via;
  kind: ContactKind;
  note?: string;
  /** The whole list item. */
  range: Range;
  dateRange: Range;
  whoRange: Range;
  viaRange: Range;
  kindRange: Range;
}

export interface Promise_ {
  by: When;
  via?: Via;
  range: Range;
}

/** Where a top-level key sits, for edits and diagnostics. */
export interface KeySpan {
  key: Range;
  value: Range;
  /** Zero-based first and last line of the key and its value. */
  firstLine: number;
  lastLine: number;
}

export interface Entry {
  path: string;
  /** The file is a journal entry (front matter with `company`, or broken front matter that looks like one). */
  isEntry: boolean;
  split: Split;
  company: string;
  companyKey: string;
  role?: string;
  round?: string;
  interview?: When;
  status: Status;
  closed: boolean;
  interviewers: Interviewer[];
  recruiter?: Recruiter;
  decisionBy?: When;
  noFollowUp: boolean;
  promised?: Promise_;
  offerDeadline?: When;
  contacts: Contact[];
  ignore: Set<string>;
  tags: string[];
  drafts: Draft[];
  tasks: Task[];
  keys: Map<string, KeySpan>;
  /** The front matter's opening and closing delimiter lines (zero-based). */
  frontMatterLines: { open: number; close: number } | undefined;
  /** Validation diagnostics (default severities; the journal applies settings and `ignore`). */
  problems: Diagnostic[];
}

export const TOP_KEYS = [
  'company',
  'role',
  'interview',
  'round',
  'status',
  'interviewers',
  'recruiter',
  'decision_by',
  'no_follow_up',
  'promised',
  'offer_deadline',
  'contacts',
  'ignore',
  'tags',
] as const;
const INTERVIEWER_KEYS = ['name', 'title', 'email', 'phone_ok', 'linkedin_ok'];
const RECRUITER_KEYS = ['name', 'agency', 'email', 'phone'];
const CONTACT_KEYS = ['date', 'to', 'from', 'via', 'kind', 'note'];
const PROMISED_KEYS = ['by', 'via'];

/** Each top-level key, to its constant: the keys of `Entry.keys` are never slices of the loader's input (see own). */
const TOP_KEY_NAMES = new Map<string, string>(TOP_KEYS.map((k) => [k, k]));

/** Keys only a journal entry has: a front matter with three of them and a misspelled company is an entry with a problem, not a note. */
const ENTRY_KEYS = ['role', 'interview', 'interviewers', 'contacts', 'decision_by', 'recruiter', 'promised', 'no_follow_up', 'offer_deadline'];
function mostlyJournalKeys(data: Record<string, unknown>): boolean {
  let n = 0;
  for (const k of ENTRY_KEYS) if (Object.prototype.hasOwnProperty.call(data, k) && ++n >= 3) return true;
  return false;
}

/** The key names of a mapping's kids ([key0, value0, key1, value1, ...]). */
function keyNames(kids: YamlNode[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < kids.length; i += 2) out.add(keyName(kids[i]));
  return out;
}

/** The constants of a list of names, by name (exactly as written: trimmed and lower-case). */
function constants<T extends string>(xs: readonly T[]): Map<string, T> {
  return new Map(xs.map((x) => [x, x]));
}
const VIA_NAMES = constants(VIAS);
const KIND_NAMES = constants(CONTACT_KINDS);
const STATUS_NAMES = constants(STATUSES);

/** The list's constant for a value, trimmed and lower-cased; undefined when it names none. */
function constantOf<T extends string>(names: Map<string, T>, v: unknown): T | undefined {
  if (typeof v !== 'string') return undefined;
  // Most values are written exactly as the constant: no new trimmed and lower-cased string.
  return names.get(v) ?? names.get(v.trim().toLowerCase());
}

type Pair = { key: YamlNode; value: YamlNode };

/** A mapping key as text (a key `1` or `true` is read as "1" or "true"). */
function keyName(k: YamlNode): string {
  const v = k.value;
  return typeof v === 'string' ? v : String(v);
}

function pathSegments(path: string): string[] {
  return path.split(/[\\/]+/);
}

/** A file lies under a folder named `interviews`. */
export function underInterviewsFolder(path: string): boolean {
  const segs = pathSegments(path);
  return segs.slice(0, -1).some((s) => s === 'interviews');
}

// `company =` too: TOML front matter names the key that way.
const LOOKS_LIKE_ENTRY = /(?:^|[\s{,"'])company["']?\s*[:=]/m;

/**
 * `lean`: releaseEntryText(entry) follows (a one-shot analysis), so what it drops is not copied
 * out of the loader's input here (see detachStrings).
 */
export function parseEntry(path: string, raw: string, lean = false): Entry {
  const split = splitFrontMatter(raw);
  const entry: Entry = {
    path,
    isEntry: false,
    split,
    company: '',
    companyKey: '',
    status: 'active',
    closed: false,
    interviewers: [],
    contacts: [],
    noFollowUp: false,
    ignore: new Set(),
    tags: [],
    drafts: [],
    tasks: [],
    keys: new Map(),
    frontMatterLines: split.hasFrontMatter ? { open: 0, close: split.closeLine } : undefined,
    problems: [],
  };
  if (!split.hasFrontMatter) return entry;
  const v = new Validator(entry, split);
  v.run();
  // Every value and range the rules need is in the entry now; the YAML tree is loaded again if
  // an edit needs it.
  releaseYaml(split);
  detachStrings(entry, lean);
  if (entry.isEntry) {
    let body: ReturnType<typeof parseBody>;
    try {
      body = parseBody(split.text, split.bodyStart, split.lines);
    } catch (err) {
      // Parsing never throws (a 5,000-deep blockquote overflowed the markdown tree walk): the
      // front matter is still checked, the drafts and tasks are not.
      body = { drafts: [], tasks: [] };
      entry.problems.push({
        rule: 'draft-too-long',
        severity: 'information',
        message: `Interview Journal could not read the body of this file (${err instanceof Error ? err.message : String(err)}): its drafts and task items are not checked. The other files are not affected; please report this.`,
        range: split.lines.lineRange(split.lines.positionAt(split.bodyStart).line),
      });
    }
    entry.drafts = body.drafts;
    entry.tasks = body.tasks;
    for (const t of body.tasks) {
      if (t.dueError && t.dueRange) {
        entry.problems.push({ rule: 'invalid-date', severity: DEFAULT_SEVERITY['invalid-date'], message: `due: ${t.dueError}.`, range: t.dueRange });
      }
    }
  }
  return entry;
}


/**
 * One string per value kept from the front matter, shared by every entry (no entry changes a
 * string): a journal's entries name the same companies, roles, rounds, people and tags over and
 * over, 10,000 entries keep about 200,000 such strings. Each is an owned copy (see own). Cleared
 * when it grows large, as WHENS.
 */
const STRINGS = new Map<string, string>();
function shared(s: string): string;
function shared(s: string | undefined): string | undefined;
function shared(s: string | undefined): string | undefined {
  if (s === undefined) return s;
  const known = STRINGS.get(s);
  if (known !== undefined) return known;
  if (STRINGS.size >= 100_000) STRINGS.clear();
  const o = own(s);
  STRINGS.set(o, o);
  return o;
}

/**
 * Every string the entry keeps from the front matter, as shared owned copies (see shared).
 * `lean`: not the contacts' notes, which releaseEntryText drops.
 */
function detachStrings(e: Entry, lean: boolean): void {
  e.company = shared(e.company);
  e.companyKey = shared(e.companyKey);
  e.role = shared(e.role);
  e.round = shared(e.round);
  for (const p of e.interviewers) {
    p.name = shared(p.name);
    p.key = shared(p.key);
    p.title = shared(p.title);
    p.email = shared(p.email);
  }
  const r = e.recruiter;
  if (r) {
    r.name = shared(r.name);
    r.key = shared(r.key);
    r.agency = shared(r.agency);
    r.email = shared(r.email);
    r.phone = shared(r.phone);
  }
  for (const c of e.contacts) {
    c.who = shared(c.who);
    c.whoKey = shared(c.whoKey);
    if (!lean) c.note = own(c.note);
  }
  for (let i = 0; i < e.tags.length; i++) e.tags[i] = shared(e.tags[i]);
  if (e.ignore.size > 0) e.ignore = new Set([...e.ignore].map((x) => shared(x)));
  for (const d of e.problems) {
    d.message = own(d.message);
    const f = d.fix;
    if (f?.kind === 'log-contact') f.to = own(f.to);
    else if (f?.kind === 'insert-key') {
      f.key = own(f.key);
      f.placeholder = own(f.placeholder);
    } else if (f?.kind === 'rename-key') {
      f.from = own(f.from);
      f.to = own(f.to);
    }
  }
  // The keys of e.keys are owned already (see Validator.run).
}

/**
 * One When object per moment, shared by every entry (nothing changes a When once made): the
 * contacts of a journal fall on a few hundred days, 60,000 objects become a few hundred. Cleared
 * when it grows large, so a long session does not keep every moment it ever read.
 */
const WHENS = new Map<number, When>();
function sharedWhen(w: When): When {
  const key = w.t * 2 + (w.timed ? 1 : 0);
  const known = WHENS.get(key);
  if (known && known.t === w.t && known.timed === w.timed) return known;
  if (WHENS.size >= 100_000) WHENS.clear();
  WHENS.set(key, w);
  return w;
}

/**
 * The When read from each date text seen (a journal's dates fall on a few hundred days): each
 * text is parsed once. Only texts that are dates; the keys are owned copies (see own). Cleared
 * when it grows large, as WHENS.
 */
const WHEN_OF_TEXT = new Map<string, When>();

/** The `ignore` of every lean entry that ignores nothing (never added to: see releaseEntryText). */
const NO_IGNORES = new Set<string>();

/** The keys whose spans a rule reads (src/core/rules/duties.ts); with keepText: false, the only ones kept. */
const RULE_KEY_SPANS = ['interview', 'decision_by'];

/**
 * For a one-shot analysis (the CLI): drops the file's text when no rule reads it again, i.e.
 * when the entry has no draft (the draft rules scan the draft's text), and the contacts' notes,
 * which no rule reads; positions and every value the rules read stay. About 5 KB an entry of a
 * 10,000-entry journal.
 */
export function releaseEntryText(e: Entry): void {
  // No rule reads a contact's note (only the editing commands do), and the rules read the
  // spans of these keys only.
  for (const c of e.contacts) c.note = undefined;
  const keys = new Map<string, KeySpan>();
  for (const k of RULE_KEY_SPANS) {
    const span = e.keys.get(k);
    if (span) keys.set(k, span);
  }
  e.keys = keys;
  // Nothing adds to an entry afterwards: lists at their exact size (a pushed array keeps room to
  // grow), one shared empty set of ignored rules.
  e.contacts = e.contacts.slice();
  e.interviewers = e.interviewers.slice();
  e.problems = e.problems.slice();
  if (e.ignore.size === 0) e.ignore = NO_IGNORES;
  // Strings cut from the text (slices of it) would keep it whole: copies.
  for (const t of e.tasks) t.text = own(t.text);
  if (e.drafts.length > 0) {
    for (const d of e.drafts) d.title = own(d.title);
    // The draft rules read the drafts' text, and the whole text's reference definitions (lines
    // with "]:"): the text stays from the first of those lines on, the front matter mostly goes.
    const text = e.split.text;
    let from = e.drafts[0].start;
    for (const d of e.drafts) from = Math.min(from, d.start);
    const def = text.indexOf(']:');
    releaseText(e.split, def >= 0 ? Math.min(from, def) : from);
    return;
  }
  releaseText(e.split);
}

/**
 * A contact whose five ranges are kept as offsets and made when read (most never are): about
 * 190 bytes less a contact than five lazy ranges, 11 MB on 10,000 entries. Same values as a
 * plain Contact; the ranges are new objects on each read.
 */
class ContactItem implements Contact {
  private readonly s0: number;
  private readonly e0: number;
  private readonly s1: number;
  private readonly e1: number;
  private readonly s2: number;
  private readonly e2: number;
  private readonly s3: number;
  private readonly e3: number;
  private readonly s4: number;
  private readonly e4: number;

  constructor(
    public index: number,
    public when: When,
    public dir: 'to' | 'from',
    public who: string,
    public whoKey: string,
    public via: Via,
    public kind: ContactKind,
    public note: string | undefined,
    private readonly lines: LineIndex,
    base: number,
    itemNode: YamlNode,
    dateNode: YamlNode,
    whoNode: YamlNode,
    viaNode: YamlNode,
    kindNode: YamlNode,
  ) {
    this.s0 = base + itemNode.start;
    this.e0 = base + itemNode.end;
    this.s1 = base + dateNode.start;
    this.e1 = base + dateNode.end;
    this.s2 = base + whoNode.start;
    this.e2 = base + whoNode.end;
    this.s3 = base + viaNode.start;
    this.e3 = base + viaNode.end;
    this.s4 = base + kindNode.start;
    this.e4 = base + kindNode.end;
  }

  get range(): Range {
    return this.lines.lazyRange(this.s0, this.e0);
  }
  get dateRange(): Range {
    return this.lines.lazyRange(this.s1, this.e1);
  }
  get whoRange(): Range {
    return this.lines.lazyRange(this.s2, this.e2);
  }
  get viaRange(): Range {
    return this.lines.lazyRange(this.s3, this.e3);
  }
  get kindRange(): Range {
    return this.lines.lazyRange(this.s4, this.e4);
  }
}

/** A KeySpan whose two ranges are kept as offsets and made when read (as ContactItem). */
class KeySpanItem implements KeySpan {
  constructor(
    private readonly lines: LineIndex,
    private readonly ks: number,
    private readonly ke: number,
    private readonly vs: number,
    private readonly ve: number,
    public firstLine: number,
    public lastLine: number,
  ) {}

  get key(): Range {
    return this.lines.lazyRange(this.ks, this.ke);
  }
  get value(): Range {
    return this.lines.lazyRange(this.vs, this.ve);
  }
}

class Validator {
  private readonly lines: LineIndex;
  private readonly base: number;
  /** The first pair of each known top-level key. */
  private readonly top = new Map<string, Pair>();

  constructor(
    private readonly e: Entry,
    private readonly split: Split,
  ) {
    this.lines = split.lines;
    this.base = split.matterStart;
  }

  private range(node: YamlNode): Range {
    return this.lines.lazyRange(this.base + node.start, this.base + node.end);
  }

  /** The value's range, or the key's when the value is empty (`decision_by:`). */
  private valueRange(pair: { key: YamlNode; value: YamlNode }): Range {
    return pair.value.end > pair.value.start ? this.range(pair.value) : this.range(pair.key);
  }

  /** The node's range, or the pair's (valueRange) when the node is empty. */
  private nodeRange(node: YamlNode, pair: { key: YamlNode; value: YamlNode }): Range {
    return node.end > node.start ? this.range(node) : this.valueRange(pair);
  }

  private report(rule: RuleId, message: string, range: Range, fix?: FixData): void {
    const d: Diagnostic = { rule, severity: DEFAULT_SEVERITY[rule], message, range: plainRange(range) };
    if (fix) d.fix = fix;
    this.e.problems.push(d);
  }

  private openLine(): Range {
    return this.lines.lineRange(0);
  }

  run(): void {
    const { e, split } = this;
    // Read only when the front matter cannot be (most files never ask).
    const looksLike = () => underInterviewsFolder(e.path) || LOOKS_LIKE_ENTRY.test(split.matterText);
    if (!YAML_LANG.has(split.language)) {
      if (looksLike()) {
        e.isEntry = true;
        this.report(
          'invalid-front-matter',
          `Front matter in "${split.language}" is not read: only YAML front matter is supported. Change the first line to "---" and write the keys in YAML.`,
          this.openLine(),
        );
      }
      return;
    }
    if (!split.closed) {
      if (looksLike()) {
        e.isEntry = true;
        this.report(
          'invalid-front-matter',
          'The front matter is not closed: add a line "---" after the last key.',
          this.openLine(),
        );
      }
      return;
    }
    const y = split.yaml;
    if (!y) return;
    if (!y.ok) {
      if (looksLike()) {
        e.isEntry = true;
        // js-yaml may point just past the last line: keep the position inside the front matter.
        let at = Math.min(this.base + y.offset, Math.max(this.base, this.lines.lineEnd(split.closeLine - 1)));
        // Never between the CR and LF of a line break: that column is past the end of the line.
        at = Math.min(at, this.lines.lineEnd(this.lines.positionAt(at).line));
        const pos = this.lines.positionAt(at);
        // Underline the token at the error (up to the next blank), or the whole line when the error is at its end.
        const lineEnd = this.lines.lineEnd(pos.line);
        let end = at;
        while (end < lineEnd && !/\s/.test(split.text[end])) end++;
        const range = end > at ? this.lines.range(at, end) : this.lines.lineRange(pos.line);
        const token = split.text.slice(at, end).replace(/:$/, '');
        const message = /duplicated mapping key/.test(y.message)
          ? `The key "${token}" appears twice in the front matter (line ${pos.line + 1}): keep one.`
          : `The front matter is not valid YAML: ${y.message} (line ${pos.line + 1}, column ${pos.character + 1}).`;
        this.report('invalid-front-matter', message, range);
      }
      return;
    }
    const data = y.data;
    const root = y.root;
    if (!isMap(data) || !root) {
      if (data !== null && data !== undefined && looksLike()) {
        e.isEntry = true;
        this.report('invalid-front-matter', 'The front matter must be a map of keys (company: ..., role: ...), not a list or a single value.', root ? this.range(root) : this.openLine());
      } else if (underInterviewsFolder(e.path)) {
        e.isEntry = true;
        this.report('missing-field', 'This interview has no company: add "company: <employer>" to the front matter.', this.openLine());
      }
      return;
    }
    const hasCompany = Object.prototype.hasOwnProperty.call(data, 'company');
    if (!hasCompany && !underInterviewsFolder(e.path) && !mostlyJournalKeys(data)) return;
    e.isEntry = true;
    // One pass over the keys: their spans, the pair of each known key, the unknown ones reported.
    const kids = isMap(root.value) ? root.kids : undefined;
    const b = this.base;
    let present: Set<string> | undefined;
    for (let i = 0; kids && i + 1 < kids.length; i += 2) {
      const k = kids[i];
      const value = kids[i + 1];
      const name = keyName(k);
      const known = TOP_KEY_NAMES.get(name);
      const v = value.end > value.start ? value : k;
      const endOffset = b + Math.max(k.end, value.end);
      e.keys.set(
        known ?? own(name),
        new KeySpanItem(this.lines, b + k.start, b + k.end, b + v.start, b + v.end, this.lines.lineAt(b + k.start), this.lines.lineAt(endOffset)),
      );
      if (known === undefined) this.unknownKey(k, name, TOP_KEYS as unknown as string[], 'front matter key', (present ??= keyNames(kids)));
      else if (!this.top.has(known)) this.top.set(known, { key: k, value });
    }
    this.company();
    this.role();
    this.interview();
    this.round();
    this.status();
    this.interviewers();
    this.recruiter();
    e.decisionBy = this.date('decision_by', false);
    this.noFollowUp();
    this.promised();
    e.offerDeadline = this.date('offer_deadline', false);
    this.ignore();
    this.tags();
    this.contacts();
  }

  /**
   * One pass over a mapping's keys: the first pair of each known key, in the order of `known`,
   * and each unknown key reported, in the order written.
   */
  private fields(node: YamlNode, known: string[], what: string): (Pair | undefined)[] {
    const out: (Pair | undefined)[] = new Array<Pair | undefined>(known.length).fill(undefined);
    const kids = node.kids;
    if (!kids || !isMap(node.value)) return out;
    for (let i = 0; i + 1 < kids.length; i += 2) {
      const name = keyName(kids[i]);
      const at = known.indexOf(name);
      if (at < 0) this.unknownKey(kids[i], name, known, what, keyNames(kids));
      else out[at] ??= { key: kids[i], value: kids[i + 1] };
    }
    return out;
  }

  /** An unknown key; the suggestion is never a key the map already has (renaming to it would make a duplicate). */
  private unknownKey(keyNode: YamlNode, key: string, known: string[], what: string, present: ReadonlySet<string>): void {
    const suggestion = closest(key, known, present);
    const range = this.range(keyNode);
    let taken: string | undefined;
    if (key === '<<') {
      // YAML 1.2 (the core schema) has no merge keys: say so, or "has no date" is a puzzle.
      this.report('unknown-field', `Merge keys ("<<: *name") are not read: write the ${what}s out here (${known.join(', ')}).`, range);
    } else if (suggestion) {
      this.report('unknown-field', `Unknown ${what} "${key}": did you mean \`${suggestion}\`?`, range, { kind: 'rename-key', from: key, to: suggestion });
    } else if ((taken = closest(key, known)) && present.has(taken)) {
      // The key it was meant to be is already there: renaming would make a duplicate.
      this.report('unknown-field', `Unknown ${what} "${key}": \`${taken}\` is already here; merge the two or delete this one.`, range);
    } else {
      this.report('unknown-field', `Unknown ${what} "${clip(key)}": the journal does not read it. Known keys: ${known.join(', ')}.`, range);
    }
  }

  /** A string value (numbers are read as text: "company: 1999"). */
  private text(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string): string | undefined {
    const v = node.value;
    if (typeof v === 'string') {
      if (v.trim() === '') {
        this.report('invalid-value', `${what} is empty: write a value.`, this.valueRange(pair));
        return undefined;
      }
      return v.trim();
    }
    if (typeof v === 'number') return String(v);
    if (v === null) {
      this.report('invalid-value', `${what} is empty: write a value.`, this.valueRange(pair));
      return undefined;
    }
    this.report('invalid-value', `${what} must be text, not ${describe(v)}.`, this.valueRange(pair));
    return undefined;
  }

  private company(): void {
    const pair = this.top.get('company');
    if (!pair) {
      this.report('missing-field', 'This interview has no company: add "company: <employer>" to the front matter.', this.openLine(), {
        kind: 'insert-key',
        key: 'company',
        placeholder: 'Company',
      });
      return;
    }
    const name = this.text(pair.value, pair, 'company');
    if (name) {
      this.e.company = name;
      this.e.companyKey = companyKeyOf(name);
    }
  }

  private role(): void {
    const pair = this.top.get('role');
    if (!pair) {
      this.report('missing-field', `The interview at ${this.e.company || 'this company'} has no role: add "role: <position>".`, this.openLine(), {
        kind: 'insert-key',
        key: 'role',
        placeholder: 'Role',
      });
      return;
    }
    this.e.role = this.text(pair.value, pair, 'role');
  }

  private round(): void {
    const pair = this.top.get('round');
    if (pair && pair.value.value !== null) this.e.round = this.text(pair.value, pair, 'round');
  }

  private interview(): void {
    const pair = this.top.get('interview');
    if (!pair) {
      this.report('missing-field', `The interview at ${this.e.company || 'this company'} has no date: add "interview: YYYY-MM-DD HH:mm".`, this.openLine(), {
        kind: 'insert-key',
        key: 'interview',
        placeholder: 'YYYY-MM-DD',
      });
      return;
    }
    this.e.interview = this.when(pair.value, pair, 'interview', true);
  }

  /** A date or date-time value; reports and returns undefined when it is not one. */
  private when(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string, allowTime: boolean): When | undefined {
    const v = node.value;
    if (typeof v !== 'string') {
      if (v === null) this.report('invalid-date', `${what} is empty: write a date as YYYY-MM-DD.`, this.nodeRange(node, pair));
      else if (typeof v === 'number') this.report('invalid-date', `${what} "${String(v)}" cannot be read as a date: write it as YYYY-MM-DD.`, this.nodeRange(node, pair));
      else this.report('invalid-value', `${what} must be a date (YYYY-MM-DD${allowTime ? ' or YYYY-MM-DD HH:mm' : ''}), not ${describe(v)}.`, this.nodeRange(node, pair));
      return undefined;
    }
    let when = WHEN_OF_TEXT.get(v);
    if (when === undefined) {
      const p = parseWhen(v, true);
      if (!p.ok) {
        this.report('invalid-date', `${what}: ${p.reason}.`, this.nodeRange(node, pair));
        return undefined;
      }
      when = sharedWhen(p.when);
      if (WHEN_OF_TEXT.size >= 100_000) WHEN_OF_TEXT.clear();
      WHEN_OF_TEXT.set(own(v), when);
    }
    if (!allowTime && when.timed) return { t: when.t, timed: true };
    return when;
  }

  private date(key: string, allowTime: boolean): When | undefined {
    const pair = this.top.get(key);
    if (!pair) return undefined;
    return this.when(pair.value, pair, key, allowTime);
  }

  private status(): void {
    const pair = this.top.get('status');
    if (!pair) return;
    const v = pair.value.value;
    const known = constantOf(STATUS_NAMES, v);
    if (known) {
      this.e.status = known;
      this.e.closed = CLOSED_STATUSES.has(this.e.status);
      return;
    }
    const hint = typeof v === 'string' ? closest(v, STATUSES as unknown as string[]) : undefined;
    this.report(
      'invalid-value',
      `status ${shown(v)} is not one of ${STATUSES.join(', ')}${hint ? `: did you mean \`${hint}\`?` : '.'}`,
      this.valueRange(pair),
    );
  }

  private bool(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string): boolean | undefined {
    const v = node.value;
    if (typeof v === 'boolean') return v;
    if (v === null) return undefined;
    this.report('invalid-value', `${what} must be true or false, not ${describe(v)}.`, this.nodeRange(node, pair));
    return undefined;
  }

  private noFollowUp(): void {
    const pair = this.top.get('no_follow_up');
    if (!pair) return;
    this.e.noFollowUp = this.bool(pair.value, pair, 'no_follow_up') === true;
  }

  private interviewers(): void {
    const pair = this.top.get('interviewers');
    if (!pair) {
      this.report('missing-field', 'No interviewers: add "interviewers:" with the name of everyone who interviewed you, so each gets a thank-you.', this.openLine(), {
        kind: 'insert-key',
        key: 'interviewers',
        placeholder: '  - Name',
      });
      return;
    }
    const list = pair.value.value;
    // `interviewers: Jason Lee`: one name is a list of one (several, comma-separated, are not guessed at).
    if (typeof list === 'string' && list.trim() && !list.includes(',')) {
      const name = list.trim();
      this.e.interviewers.push({ name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: this.valueRange(pair), index: 0 });
      return;
    }
    if (!Array.isArray(list)) {
      if (list === null) {
        this.report('missing-field', 'No interviewers: list everyone who interviewed you under "interviewers:", one "- Name" a line.', this.range(pair.key));
      } else {
        this.report('invalid-value', `interviewers must be a list of names ("- Jason Lee"), not ${describe(list)}.`, this.valueRange(pair));
      }
      return;
    }
    if (list.length === 0) {
      this.report('missing-field', 'No interviewers: list everyone who interviewed you under "interviewers:", one "- Name" a line.', this.valueRange(pair));
      return;
    }
    list.forEach((item: unknown, index: number) => {
      const node = seqItem(pair.value, index);
      if (!node) return;
      if (typeof item === 'string' || typeof item === 'number') {
        const name = String(item).trim();
        if (!name) {
          this.report('invalid-value', 'An interviewer with no name: write the name or remove the line.', this.range(node));
          return;
        }
        this.e.interviewers.push({ name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: this.range(node), index });
        return;
      }
      if (item === null) {
        this.report('invalid-value', 'An interviewer with no name: write the name or remove the line.', this.range(node));
        return;
      }
      if (!isMap(item)) {
        this.report('invalid-value', `An interviewer must be a name or a map with name: ..., not ${describe(item)}.`, this.range(node));
        return;
      }
      const [nameP, title, email, phone, li] = this.fields(node, INTERVIEWER_KEYS, 'interviewer key');
      if (!nameP) {
        this.report('invalid-value', 'This interviewer has no name: add "name: ...".', this.range(node));
        return;
      }
      const name = this.text(nameP.value, nameP, 'name');
      if (!name) return;
      const person: Interviewer = { name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: this.range(nameP.value), index };
      if (title && title.value.value !== null) person.title = this.text(title.value, title, 'title');
      if (email && email.value.value !== null) person.email = this.text(email.value, email, 'email');
      if (phone) person.phoneOk = this.bool(phone.value, phone, 'phone_ok') === true;
      if (li) person.linkedinOk = this.bool(li.value, li, 'linkedin_ok') === true;
      this.e.interviewers.push(person);
    });
  }

  private recruiter(): void {
    const pair = this.top.get('recruiter');
    if (!pair) return;
    const v = pair.value.value;
    if (v === null) return;
    if (typeof v === 'string') {
      // A bare name is read as `recruiter: {name: ...}`.
      const name = v.trim();
      if (name) this.e.recruiter = { name, key: normalizeName(name), range: this.range(pair.value) };
      return;
    }
    if (!isMap(v)) {
      this.report('invalid-value', `recruiter must be a map (name: ..., agency: ...), not ${describe(v)}.`, this.valueRange(pair));
      return;
    }
    const [nameP, agencyP, emailP, phoneP] = this.fields(pair.value, RECRUITER_KEYS, 'recruiter key');
    if (!nameP) {
      this.report('invalid-value', 'The recruiter has no name: add "name: ..." under recruiter.', this.range(pair.key));
      return;
    }
    const name = this.text(nameP.value, nameP, 'recruiter name');
    if (!name) return;
    const r: Recruiter = { name, key: normalizeName(name), range: this.range(nameP.value) };
    if (agencyP && agencyP.value.value !== null) r.agency = this.text(agencyP.value, agencyP, 'agency');
    if (emailP && emailP.value.value !== null) r.email = this.text(emailP.value, emailP, 'email');
    if (phoneP && phoneP.value.value !== null) r.phone = this.text(phoneP.value, phoneP, 'phone');
    this.e.recruiter = r;
  }

  private channel(node: YamlNode, pair: { key: YamlNode; value: YamlNode }): Via | undefined {
    const v = node.value;
    // The constant, not a new lower-cased string per contact (60,000 of them in a large journal).
    const known = constantOf(VIA_NAMES, v);
    if (known) return known;
    const hint = typeof v === 'string' ? closest(v, VIAS as unknown as string[]) : undefined;
    this.report(
      'invalid-value',
      `via ${shown(v)} is not one of ${VIAS.join(', ')}${hint ? `: did you mean \`${hint}\`?` : '.'}`,
      this.nodeRange(node, pair),
    );
    return undefined;
  }

  private promised(): void {
    const pair = this.top.get('promised');
    if (!pair) return;
    const v = pair.value.value;
    if (v === null) return;
    if (isMap(v)) {
      const [by, viaP] = this.fields(pair.value, PROMISED_KEYS, 'promised key');
      if (!by) {
        this.report('invalid-value', 'promised needs a date: "promised: {by: YYYY-MM-DD, via: email}".', this.range(pair.key));
        return;
      }
      const when = this.when(by.value, by, 'promised.by', false);
      const via = viaP && viaP.value.value !== null ? this.channel(viaP.value, viaP) : undefined;
      if (when) this.e.promised = { by: when, via, range: this.range(pair.key) };
      return;
    }
    const when = this.when(pair.value, pair, 'promised', false);
    if (when) this.e.promised = { by: when, range: this.range(pair.key) };
  }

  private ignore(): void {
    const pair = this.top.get('ignore');
    if (!pair) return;
    const v = pair.value.value;
    if (v === null) return;
    const items: { value: unknown; node: YamlNode }[] = [];
    if (typeof v === 'string') items.push({ value: v, node: pair.value });
    else if (Array.isArray(v)) v.forEach((value: unknown, i: number) => items.push({ value, node: seqItem(pair.value, i) ?? pair.value }));
    else {
      this.report('invalid-value', `ignore must be a list of rule ids, not ${describe(v)}.`, this.valueRange(pair));
      return;
    }
    for (const { value, node } of items) {
      const id = typeof value === 'string' ? value.trim() : '';
      if ((RULE_IDS as readonly string[]).includes(id)) {
        this.e.ignore.add(id);
        continue;
      }
      const hint = typeof value === 'string' ? closest(value, RULE_IDS as unknown as string[]) : undefined;
      this.report('invalid-value', `${shown(value)} is not a rule id${hint ? `: did you mean \`${hint}\`?` : '; see docs/rules.md.'}`, this.range(node));
    }
  }

  private tags(): void {
    const pair = this.top.get('tags');
    if (!pair) return;
    const v = pair.value.value;
    if (v === null) return;
    if (!Array.isArray(v)) {
      if (typeof v === 'string') this.e.tags = [v];
      else this.report('invalid-value', `tags must be a list of words, not ${describe(v)}.`, this.valueRange(pair));
      return;
    }
    v.forEach((t: unknown, i: number) => {
      if (typeof t === 'string' || typeof t === 'number') this.e.tags.push(String(t));
      else this.report('invalid-value', `A tag must be a word, not ${describe(t)}.`, this.range(seqItem(pair.value, i) ?? pair.value));
    });
  }

  private contacts(): void {
    const pair = this.top.get('contacts');
    if (!pair) return;
    const list = pair.value.value;
    if (list === null) return;
    if (!Array.isArray(list)) {
      this.report('invalid-value', `contacts must be a list of contacts ("- {date: ..., to: ..., via: email, kind: thank-you}"), not ${describe(list)}.`, this.valueRange(pair));
      return;
    }
    const keyOf = this.personKeys();
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index];
      const node = seqItem(pair.value, index);
      if (!node) continue;
      if (item === null) {
        this.report('invalid-value', `Contact ${index + 1} is empty: write its date, to or from, via and kind, or remove the line.`, this.range(node));
        continue;
      }
      if (!isMap(item)) {
        this.report('invalid-value', `Contact ${index + 1} must be a map with date, to or from, via and kind, not ${describe(item)}.`, this.range(node));
        continue;
      }
      const [dateP, toP, fromP, viaP, kindP, noteP] = this.fields(node, CONTACT_KEYS, 'contact key');
      let ok = true;
      let when: When | undefined;
      if (!dateP) {
        this.report('invalid-value', `Contact ${index + 1} has no date: add "date: YYYY-MM-DD".`, this.range(node));
        ok = false;
      } else {
        when = this.when(dateP.value, dateP, 'date', true);
        if (!when) ok = false;
      }
      let dir: 'to' | 'from' | undefined;
      let whoPair: Pair | undefined;
      if (toP && fromP) {
        this.report('invalid-value', `Contact ${index + 1} has both "to" and "from": keep "to" if you contacted them, "from" if they contacted you.`, this.range(fromP.key));
        ok = false;
      } else if (!toP && !fromP) {
        this.report('invalid-value', `Contact ${index + 1} has neither "to" nor "from": add "to: <name>" if you contacted them, "from: <name>" if they contacted you.`, this.range(node));
        ok = false;
      } else {
        dir = toP ? 'to' : 'from';
        whoPair = toP ?? fromP;
      }
      let who: string | undefined;
      if (whoPair) {
        who = this.text(whoPair.value, whoPair, dir ?? 'to');
        if (!who) ok = false;
      }
      let via: Via | undefined;
      if (!viaP) {
        this.report('invalid-value', `Contact ${index + 1} has no via: add "via: email" (or ${VIAS.filter((v) => v !== 'email').join(', ')}).`, this.range(node));
        ok = false;
      } else {
        via = this.channel(viaP.value, viaP);
        if (!via) ok = false;
      }
      let kind: ContactKind | undefined;
      if (!kindP) {
        this.report('invalid-value', `Contact ${index + 1} has no kind: add "kind: ${CONTACT_KINDS.join(' | ')}".`, this.range(node));
        ok = false;
      } else {
        const kv = kindP.value.value;
        // The constant, not the value read: that is a slice of js-yaml's copy of the front matter
        // ("update-request" is long enough to be one) and would keep all of it alive.
        const known = constantOf(KIND_NAMES, kv);
        if (known) kind = known;
        else {
          const hint = typeof kv === 'string' ? closest(kv, CONTACT_KINDS as unknown as string[]) : undefined;
          this.report(
            'invalid-value',
            `kind ${shown(kv)} is not one of ${CONTACT_KINDS.join(', ')}${hint ? `: did you mean \`${hint}\`?` : '.'}`,
            this.valueRange(kindP),
          );
          ok = false;
        }
      }
      let note: string | undefined;
      if (noteP && noteP.value.value !== null) {
        const nv = noteP.value.value;
        if (typeof nv === 'string' || typeof nv === 'number' || typeof nv === 'boolean') note = String(nv);
        else this.report('invalid-value', `note must be text, not ${describe(nv)}.`, this.valueRange(noteP));
      }
      const whoKey = who ? normalizeName(who) : undefined;
      const personKey = whoKey === undefined ? undefined : keyOf.get(whoKey);
      if (who && whoPair && personKey === undefined) {
        const names = [...this.e.interviewers.map((p) => p.name), ...(this.e.recruiter ? [this.e.recruiter.name] : [])];
        const hint = closest(who, names);
        this.report(
          'unknown-person',
          `${who} is neither an interviewer nor the recruiter of this interview${hint ? `: did you mean ${hint}?` : `; add them under interviewers if they interviewed you.`}`,
          this.valueRange(whoPair),
        );
      }
      if (!ok || !when || !dir || !who || !via || !kind || !whoPair || !dateP || !viaP || !kindP) continue;
      this.e.contacts.push(
        new ContactItem(index, when, dir, who, personKey ?? whoKey!, via, kind, note, this.lines, this.base, node, at(dateP), at(whoPair), at(viaP), at(kindP)),
      );
    }
    this.e.contacts.sort((a, b) => a.when.t - b.when.t || a.index - b.index);
  }

  /**
   * Each name a contact may give a person by (their name, or the email address they gave),
   * normalised, to the person's name key: the person's own key string, one copy per person, not
   * per contact. An address wins over a name, an interviewer over the recruiter; a name that is
   * not here is nobody's (its key is itself).
   */
  private personKeys(): Map<string, string> {
    const keys = new Map<string, string>();
    const add = (k: string, key: string) => {
      if (!keys.has(k)) keys.set(k, key);
    };
    const r = this.e.recruiter;
    for (const p of this.e.interviewers) if (p.email) add(normalizeName(p.email), p.key);
    if (r?.email) add(normalizeName(r.email), r.key);
    for (const p of this.e.interviewers) add(p.key, p.key);
    if (r) add(r.key, r.key);
    return keys;
  }
}

/** The node a contact's field range covers: its value, or its key when the value is empty. */
function at(pair: Pair): YamlNode {
  return pair.value.end > pair.value.start ? pair.value : pair.key;
}

const YAML_LANG = new Set(['', 'yaml', 'yml']);

/** A value as quoted in a message: scalars as written, a list or map only named (an alias bomb must not be printed). */
function shown(v: unknown): string {
  return typeof v === 'object' && v !== null ? describe(v) : typeof v === 'string' ? JSON.stringify(clip(v)) : JSON.stringify(v);
}

/** Text quoted in a message, cut short: a 1 MB value must not become a 1 MB message. */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'boolean') return `${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  return JSON.stringify(typeof v === 'string' ? clip(v) : v);
}

/** The day an entry's interview falls on, formatted; '' when unknown. */
export function interviewDay(e: Entry): string {
  return e.interview ? formatDate(e.interview.t) : '';
}

export function interviewDayNumber(e: Entry): number | undefined {
  return e.interview ? dayOf(e.interview.t) : undefined;
}
