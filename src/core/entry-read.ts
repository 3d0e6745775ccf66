/**
 * Reading one journal file into a typed entry, with its validation diagnostics.
 *
 * Parsing never throws: every problem becomes a diagnostic on the exact key, item or value,
 * and whatever is valid is still used by the rules.
 */
import { parseWhen } from './civil';
import { releaseYaml, splitFrontMatter, YAML_NAMES, type Split } from './frontmatter';
import { parseBody } from './body';
import { NO_CODES } from './packed';
import { closest } from './suggest';
import { companyKeyOf, own, plainRange, type LineIndex } from './text';
import { CLOSED_STATUSES, DEFAULT_SEVERITY, STATUSES, type Diagnostic, type FixData, type Range, type RuleId, type When } from './types';
import { isMap, type YamlNode } from './yaml';
import type { Entry } from './entry';
import { failure } from './rules/internal-error';
import { messages as dateMessages } from './rules/invalid-date';
import { messages as frontMatterMessages } from './rules/invalid-front-matter';
import { messages as valueMessages } from './rules/invalid-value';
import { messages as missingMessages } from './rules/missing-field';
import { messages as unknownMessages } from './rules/unknown-field';
import { detachStrings, KeySpanItem, sharedWhen, usualWhen, WHEN_OF_TEXT } from './entry-store';
import { readContacts, readIgnore, readInterviewers, readPromised, readRecruiter, readTags } from './entry-read-lists';
import { clip, constantOf, describe, keyName, keyNames, LOOKS_LIKE_ENTRY, mostlyJournalKeys, shown, STATUS_NAMES, TOP_KEY_NAMES, TOP_KEYS, underInterviewsFolder, type Pair } from './entry-values';

export { TOP_KEYS, underInterviewsFolder } from './entry-values';

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
    contactCodes: NO_CODES,
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
      entry.failures = [failure('reading the body', err) + ': its drafts and task items are not checked'];
    }
    entry.drafts = body.drafts;
    entry.tasks = body.tasks;
    for (const t of body.tasks) {
      if (t.dueError && t.dueRange) {
        entry.problems.push({ rule: 'invalid-date', severity: DEFAULT_SEVERITY['invalid-date'], message: dateMessages.unreadable('due', t.dueError), range: t.dueRange });
      }
    }
  }
  return entry;
}

/** Reads and checks the front matter into the entry; its list readers are in entry-read-lists.ts. */
export class Validator {
  readonly lines: LineIndex;
  readonly base: number;
  /** The first pair of each known top-level key. */
  readonly top = new Map<string, Pair>();

  constructor(
    readonly e: Entry,
    readonly split: Split,
  ) {
    this.lines = split.lines;
    this.base = split.matterStart;
  }

  range(node: YamlNode): Range {
    return this.lines.lazyRange(this.base + node.start, this.base + node.end);
  }

  /** The value's range, or the key's when the value is empty (`decision_by:`). */
  valueRange(pair: { key: YamlNode; value: YamlNode }): Range {
    return pair.value.end > pair.value.start ? this.range(pair.value) : this.range(pair.key);
  }

  /** The node's range, or the pair's (valueRange) when the node is empty. */
  nodeRange(node: YamlNode, pair: { key: YamlNode; value: YamlNode }): Range {
    return node.end > node.start ? this.range(node) : this.valueRange(pair);
  }

  /**
   * A value that must be one of a list (status, via, kind), as its constant: the written value
   * would be a slice keeping the front matter alive. Reported, with the closest name, when it
   * names none.
   */
  oneOf<T extends string>(key: string, names: Map<string, T>, list: readonly T[], v: unknown, range: Range): T | undefined {
    const known = constantOf(names, v);
    if (known) return known;
    const hint = typeof v === 'string' ? closest(v, list as unknown as string[]) : undefined;
    this.report('invalid-value', valueMessages.notOneOf(key, shown(v), list, hint), range);
    return undefined;
  }

  report(rule: RuleId, message: string, range: Range, fix?: FixData): void {
    if (rule === 'invalid-front-matter') this.e.unreadable = true;
    const d: Diagnostic = { rule, severity: DEFAULT_SEVERITY[rule], message, range: plainRange(range) };
    if (fix) d.fix = fix;
    this.e.problems.push(d);
  }

  openLine(): Range {
    return this.lines.lineRange(0);
  }

  /** The front matter's map and its tree; undefined when there is none to read (the problem reported when the file looks like an entry). */
  readable(): { data: Record<string, unknown>; root: YamlNode } | undefined {
    const { e, split } = this;
    // Read only when the front matter cannot be (most files never ask).
    const looksLike = () => underInterviewsFolder(e.path) || LOOKS_LIKE_ENTRY.test(split.matterText);
    if (!YAML_NAMES.has(split.language)) {
      if (looksLike()) {
        e.isEntry = true;
        this.report(
          'invalid-front-matter',
          frontMatterMessages.notYaml(split.language),
          this.openLine(),
        );
      }
      return undefined;
    }
    if (!split.closed) {
      if (looksLike()) {
        e.isEntry = true;
        this.report(
          'invalid-front-matter',
          frontMatterMessages.notClosed,
          this.openLine(),
        );
      }
      return undefined;
    }
    const y = split.yaml;
    if (!y) return undefined;
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
          ? frontMatterMessages.duplicateKey(token, pos.line + 1)
          : frontMatterMessages.notValid(y.message, pos.line + 1, pos.character + 1);
        this.report('invalid-front-matter', message, range);
      }
      return undefined;
    }
    const data = y.data;
    const root = y.root;
    if (!isMap(data) || !root) {
      if (data !== null && data !== undefined && looksLike()) {
        e.isEntry = true;
        this.report('invalid-front-matter', frontMatterMessages.notAMap, root ? this.range(root) : this.openLine());
      } else if (underInterviewsFolder(e.path)) {
        e.isEntry = true;
        this.e.unreadable = true;
        this.report('missing-field', missingMessages.noCompany, this.openLine());
      }
      return undefined;
    }
    return { data, root };
  }

  run(): void {
    const read = this.readable();
    if (!read) return;
    const { e } = this;
    const { data, root } = read;
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
    readInterviewers(this);
    readRecruiter(this);
    e.decisionBy = this.date('decision_by', false);
    this.noFollowUp();
    readPromised(this);
    e.offerDeadline = this.date('offer_deadline', false);
    readIgnore(this);
    readTags(this);
    readContacts(this);
  }

  /**
   * One pass over a mapping's keys: the first pair of each known key, in the order of `known`,
   * and each unknown key reported, in the order written.
   */
  fields(node: YamlNode, known: string[], what: string): (Pair | undefined)[] {
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
  unknownKey(keyNode: YamlNode, key: string, known: string[], what: string, present: ReadonlySet<string>): void {
    const suggestion = closest(key, known, present);
    const range = this.range(keyNode);
    let taken: string | undefined;
    if (key === '<<') {
      // YAML 1.2 (the core schema) has no merge keys: say so, or "has no date" is a puzzle.
      this.report('unknown-field', unknownMessages.mergeKey(what, known), range);
    } else if (suggestion) {
      this.report('unknown-field', unknownMessages.didYouMean(what, key, suggestion), range, { kind: 'rename-key', from: key, to: suggestion });
    } else if ((taken = closest(key, known)) && present.has(taken)) {
      // The key it was meant to be is already there: renaming would make a duplicate.
      this.report('unknown-field', unknownMessages.alreadyHere(what, key, taken), range);
    } else {
      this.report('unknown-field', unknownMessages.unknown(what, clip(key), known), range);
    }
  }

  /** A string value (numbers are read as text: "company: 1999"). */
  text(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string): string | undefined {
    const v = node.value;
    if (typeof v === 'string') {
      if (v.trim() === '') {
        this.report('invalid-value', valueMessages.empty(what), this.valueRange(pair));
        return undefined;
      }
      return v.trim();
    }
    if (typeof v === 'number') return String(v);
    if (v === null) {
      this.report('invalid-value', valueMessages.empty(what), this.valueRange(pair));
      return undefined;
    }
    this.report('invalid-value', valueMessages.notText(what, describe(v)), this.valueRange(pair));
    return undefined;
  }

  company(): void {
    const pair = this.top.get('company');
    if (!pair) {
      this.e.unreadable = true;
      this.report('missing-field', missingMessages.noCompany, this.openLine(), {
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

  role(): void {
    const pair = this.top.get('role');
    if (!pair) {
      this.report('missing-field', missingMessages.noRole(this.e.company), this.openLine(), {
        kind: 'insert-key',
        key: 'role',
        placeholder: 'Role',
      });
      return;
    }
    this.e.role = this.text(pair.value, pair, 'role');
  }

  round(): void {
    const pair = this.top.get('round');
    if (pair && pair.value.value !== null) this.e.round = this.text(pair.value, pair, 'round');
  }

  interview(): void {
    const pair = this.top.get('interview');
    if (!pair) {
      this.report('missing-field', missingMessages.noInterview(this.e.company), this.openLine(), {
        kind: 'insert-key',
        key: 'interview',
        placeholder: 'YYYY-MM-DD',
      });
      return;
    }
    this.e.interview = this.when(pair.value, pair, 'interview', true);
  }

  /** A date or date-time value; reports and returns undefined when it is not one. */
  when(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string, allowTime: boolean): When | undefined {
    const v = node.value;
    if (typeof v !== 'string') {
      if (v === null) this.report('invalid-date', dateMessages.empty(what), this.nodeRange(node, pair));
      else if (typeof v === 'number') this.report('invalid-date', dateMessages.number(what, v), this.nodeRange(node, pair));
      else this.report('invalid-value', valueMessages.notDate(what, allowTime, describe(v)), this.nodeRange(node, pair));
      return undefined;
    }
    let when = usualWhen(v) ?? WHEN_OF_TEXT.get(v);
    if (when === undefined) {
      const p = parseWhen(v, true);
      if (!p.ok) {
        this.report('invalid-date', dateMessages.unreadable(what, p.reason), this.nodeRange(node, pair));
        return undefined;
      }
      when = sharedWhen(p.when);
      if (WHEN_OF_TEXT.size >= 100_000) WHEN_OF_TEXT.clear();
      WHEN_OF_TEXT.set(own(v), when);
    }
    if (!allowTime && when.timed) return { t: when.t, timed: true };
    return when;
  }

  date(key: string, allowTime: boolean): When | undefined {
    const pair = this.top.get(key);
    if (!pair) return undefined;
    return this.when(pair.value, pair, key, allowTime);
  }

  status(): void {
    const pair = this.top.get('status');
    if (!pair) return;
    const known = this.oneOf('status', STATUS_NAMES, STATUSES, pair.value.value, this.valueRange(pair));
    if (!known) return;
    this.e.status = known;
    this.e.closed = CLOSED_STATUSES.has(known);
  }


  bool(node: YamlNode, pair: { key: YamlNode; value: YamlNode }, what: string): boolean | undefined {
    const v = node.value;
    if (typeof v === 'boolean') return v;
    if (v === null) return undefined;
    this.report('invalid-value', valueMessages.notBool(what, describe(v)), this.nodeRange(node, pair));
    return undefined;
  }

  noFollowUp(): void {
    const pair = this.top.get('no_follow_up');
    if (!pair) return;
    this.e.noFollowUp = this.bool(pair.value, pair, 'no_follow_up') === true;
  }
}
