/**
 * Completion in a journal file: keys, values, people, companies, roles, dates, rule ids, a whole
 * contact line for the next step, and the snippets where they fit. Pure: the editor adapts the
 * items, the tests call it at every kind of position.
 */
import { addDays, formatDate, formatTime, formatWhen } from '../civil';
import type { Entry } from '../entry';
import { companyKeyOf, normalizeName } from '../text';
import { CONTACT_KINDS, RULE_IDS, STATUSES, VIAS, type Minutes } from '../types';
import { cursorAt, type Cursor } from './cursor';
import { keysIn, shape, type Lines } from './outline';
import { ANSWER_KINDS, BOOLEAN_KEYS, DATE_KEYS, KIND_MEANINGS, STATUS_MEANINGS, VIA_MEANINGS, keysFor, ruleLink, ruleSummary } from './schema';
import { CLOCK_SNIPPETS, bodyOf, type SnippetNames, type SnippetPlace } from './snippets';
import { itemSegs, mentions, shortWhen, topValue, whenOf, type World } from './world';

export type ItemKind = 'key' | 'value' | 'person' | 'date' | 'rule' | 'company' | 'snippet' | 'contact' | 'boolean' | 'text';

export interface CompletionItem {
  label: string;
  /** Shown beside the label (a date's weekday, "today"). */
  description?: string;
  /** One line: what it means. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insert: string;
  /** `insert` is VS Code snippet syntax. */
  snippet?: boolean;
  kind: ItemKind;
  /** Sorts the list: items come in this order. */
  sort: string;
  line: number;
  start: number;
  end: number;
  /** Ask for completion again after inserting (a key, so its values follow). */
  retrigger?: boolean;
}

export interface CompletionRequest {
  /** The user asked (Ctrl+Space) rather than typed a trigger character. */
  explicit?: boolean;
}

/** Days between the interview and the usual decision date offered for `decision_by`. */
const USUAL_DECISION_DAYS = 14;

/** A YAML plain scalar that would read back as something else gets double quotes. */
export function yamlScalar(v: string, inFlow: boolean): string {
  const unsafe = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|\s$|^$/.test(v) || (inFlow && /[,[\]{}]/.test(v)) || /^(?:true|false|null|yes|no|on|off|~|[-+.\d][\d.:eE+-]*)$/i.test(v);
  return unsafe ? JSON.stringify(v) : v;
}

export function complete(lines: Lines, line: number, character: number, world: World, req: CompletionRequest = {}): CompletionItem[] {
  return completion(lines, line, character, world, req).items;
}

/** At most this many companies in one list. */
export const MAX_COMPANIES = 100;
/** Set while a list is made when it leaves items out (single-threaded: read right after). */
let incomplete = false;

/** The items, and whether the list left some out (the editor then asks again as you type). */
export function completion(lines: Lines, line: number, character: number, world: World, req: CompletionRequest = {}): { items: CompletionItem[]; incomplete: boolean } {
  incomplete = false;
  try {
    const c = cursorAt(lines, line, character);
    if (c.region === 'body') return { items: bodyItems(lines, c, character, world, req), incomplete: false };
    if (c.region !== 'front') return { items: [], incomplete: false };
    const items = frontItems(c, world);
    return { items, incomplete };
  } catch {
    // Assistance never breaks typing: a bug here costs the suggestions, not the editor.
    return { items: [], incomplete: false };
  }
}

function bodyItems(lines: Lines, c: Cursor, character: number, world: World, req: CompletionRequest): CompletionItem[] {
  const text = lines.line(c.line);
  const word = /[A-Za-z-]*$/.exec(text.slice(0, character))![0];
  // Only `ij-...` (or an explicit request on an empty word): a space typed in prose asks for nothing.
  if (!(word && 'ij-'.startsWith(word.slice(0, 3)) && /^i/.test(word)) && !(req.explicit && word === '')) return [];
  const start = character - word.length;
  let firstContent = 0;
  while (firstContent < lines.count && lines.line(firstContent).trim() === '') firstContent++;
  const atStart = !c.bounds && c.line <= firstContent;
  const places: SnippetPlace[] = atStart ? ['start', 'body'] : ['body'];
  return snippetItems(places, world.now, c.line, start, character, false);
}

function snippetItems(places: SnippetPlace[], now: Minutes, line: number, start: number, end: number, dashed: boolean, needsSpace = false, names: SnippetNames = {}): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const s of CLOCK_SNIPPETS) {
    if (!places.includes(s.place)) continue;
    let body = bodyOf(s, now, names);
    if (dashed && body.startsWith('- ')) body = `${needsSpace ? ' ' : ''}${body.slice(2)}`;
    out.push({ label: s.prefix, detail: s.name, documentation: s.description, insert: body, snippet: true, kind: 'snippet', sort: `8${s.prefix}`, line, start, end });
  }
  return out;
}

function frontItems(c: Cursor, world: World): CompletionItem[] {
  const at = (x: Omit<CompletionItem, 'line' | 'start' | 'end'>): CompletionItem => ({ ...x, line: c.line, start: c.start, end: c.end });
  const sh = shape(c.path);
  if (c.kind === 'key') {
    if (sh === 'contacts' || sh === 'interviewers' || sh === 'ignore') return itemsOf(c, sh, world, at, false);
    const keys = keysFor(sh);
    if (!keys) return [];
    const present = keysIn(c.infos, c.path);
    if (c.seg?.key !== undefined) present.delete(c.seg.key);
    if (sh === 'contacts/#' && (present.has('to') || present.has('from'))) {
      present.add('to');
      present.add('from');
    }
    const out: CompletionItem[] = [];
    let i = 0;
    for (const [k, meaning] of Object.entries(keys)) {
      i++;
      if (present.has(k)) continue;
      const block = !c.inFlow && sh === '';
      let insert = `${k}: `;
      let snippet = false;
      if (block && (k === 'interviewers' || k === 'contacts' || k === 'ignore' || k === 'tags')) {
        insert = `${k}:\n  - $0`;
        snippet = true;
      } else if (block && k === 'recruiter') {
        insert = `${k}:\n  name: $0`;
        snippet = true;
      }
      out.push(at({ label: k, detail: meaning, insert, snippet, kind: 'key', sort: `5${String(i).padStart(2, '0')}`, retrigger: true }));
    }
    if (sh === '' && !c.inFlow && !present.has('recruiter')) out.push(...snippetItems(['top'], world.now, c.line, c.start, c.end, false));
    return out;
  }
  if (c.kind === 'item') return itemsOf(c, sh, world, at, c.dashed);
  if (c.kind === 'value' && c.key !== undefined) {
    // `via:` typed with the trigger `:`: the value needs its space.
    const spaced: At = c.needsSpace ? (x) => at({ ...x, insert: ` ${x.insert}` }) : at;
    return valueItems(c, `${sh ? `${sh}/` : ''}${c.key}`, world, spaced);
  }
  return [];
}

type At = (x: Omit<CompletionItem, 'line' | 'start' | 'end'>) => CompletionItem;

/** A new or typed item of a list: a contact, an interviewer, a rule id. */
function itemsOf(c: Cursor, sh: string, world: World, at: At, dashed: boolean): CompletionItem[] {
  const dash = c.needsSpace ? ' ' : dashed || c.inFlow ? '' : '- ';
  if (sh === 'contacts') {
    const out: CompletionItem[] = [];
    const line = nextContactLine(world);
    if (line) out.push(at({ label: line.label, detail: 'The next step, logged as done now', documentation: `\`${line.text}\``, insert: `${dash}${line.text}`, kind: 'contact', sort: '0' }));
    if (!c.inFlow) out.push(...snippetItems(['contacts'], world.now, c.line, c.start, c.end, dashed, c.needsSpace, snippetNames(c, world)));
    if (dashed && !c.inFlow) {
      for (const [k, meaning] of Object.entries(keysFor('contacts/#')!)) out.push(at({ label: k, detail: meaning, insert: `${dash}${k}: `, kind: 'key', sort: `5${k}`, retrigger: true }));
    }
    return out;
  }
  if (sh === 'interviewers') {
    const out: CompletionItem[] = [];
    const here = new Set(mentions(c.infos).filter((m) => m.role === 'interviewer' && m.seg !== c.seg).map((m) => m.key));
    for (const p of companyPeople(c, world)) {
      if (here.has(normalizeName(p.name)) || p.role !== 'interviewer') continue;
      out.push(at({ label: p.name, description: p.where, detail: 'Interviewed you in another round', insert: `${dash}${yamlScalar(p.name, c.inFlow)}`, kind: 'person', sort: `1${p.name}` }));
    }
    if (!c.inFlow) out.push(...snippetItems(['interviewers'], world.now, c.line, c.start, c.end, dashed, c.needsSpace));
    return out;
  }
  if (sh === 'ignore') {
    const present = new Set(c.infos.flatMap((li) => li.segs).filter((s) => shape(s.path) === 'ignore/#' && s !== c.seg).map((s) => s.value));
    return RULE_IDS.filter((id) => !present.has(id)).map((id, i) =>
      at({ label: id, detail: ruleSummary(id), documentation: `[${id}](${ruleLink(id)})`, insert: `${dash}${id}`, kind: 'rule', sort: `5${String(i).padStart(2, '0')}` }),
    );
  }
  return [];
}

function valueItems(c: Cursor, key: string, world: World, at: At): CompletionItem[] {
  const sh = shape(c.path);
  const enumItems = <T extends string>(values: readonly T[], meanings: Record<T, string>, first: readonly T[] = []) =>
    [...first, ...values.filter((v) => !first.includes(v))].map((v, i) => at({ label: v, detail: meanings[v], insert: v, kind: 'value', sort: `5${String(i).padStart(2, '0')}` }));
  if (key === 'status') return enumItems(STATUSES, STATUS_MEANINGS);
  if (key === 'contacts/#/via' || key === 'promised/via') return enumItems(VIAS, VIA_MEANINGS);
  if (key === 'contacts/#/kind') {
    const from = itemSegs(c.infos, c.path).some((s) => s.key === 'from');
    return enumItems(CONTACT_KINDS, KIND_MEANINGS, from ? ANSWER_KINDS : []);
  }
  if (BOOLEAN_KEYS.has(key)) {
    return ['true', 'false'].map((v, i) => at({ label: v, detail: v === 'true' ? 'Yes' : 'No (the default)', insert: v, kind: 'boolean', sort: `5${i}` }));
  }
  if (DATE_KEYS[key]) return dateItems(c, key, world, at);
  if (key === 'contacts/#/to' || key === 'contacts/#/from') return peopleItems(c, world, at);
  if (key === 'company') {
    // A big journal has thousands: those that match what is typed, at most MAX_COMPANIES (the
    // list is marked incomplete, so the editor asks again as you type).
    const typed = c.typed.trim().toLowerCase();
    const out: CompletionItem[] = [];
    const own = normalizeName(c.seg?.value ?? '');
    for (let name of world.companies()) {
      if (typed && !name.toLowerCase().includes(typed)) continue;
      if (own && normalizeName(name) === own) {
        // The spelling of the company's other files, not this one's (being typed); none: no suggestion.
        const other = world.entriesOf(companyKeyOf(c.seg?.value ?? '')).find((e) => e.path !== world.path);
        if (!other) continue;
        name = other.company;
      }
      if (out.length >= MAX_COMPANIES) {
        incomplete = true;
        break;
      }
      out.push(at({ label: name, detail: 'A company already in the journal: the same spelling joins its rounds', insert: yamlScalar(name, c.inFlow), kind: 'company', sort: `5${name}` }));
    }
    return out;
  }
  if (key === 'role' || key === 'round') {
    const field = key;
    const seen = new Set<string>();
    const out: CompletionItem[] = [];
    for (const e of companyEntries(c, world)) {
      const v = e[field];
      if (!v || seen.has(v)) continue;
      seen.add(v);
      out.push(at({ label: v, description: e.round ?? e.role, detail: `From ${e.company}'s round on ${e.interview ? formatWhen(e.interview) : 'an unknown date'}`, insert: yamlScalar(v, c.inFlow), kind: 'text', sort: `5${v}` }));
    }
    return out;
  }
  if ((sh === 'interviewers/#' || sh === 'recruiter') && c.key === 'name') {
    const role = sh === 'recruiter' ? 'recruiter' : 'interviewer';
    return companyPeople(c, world)
      .filter((p) => p.role === role)
      .map((p) => at({ label: p.name, description: p.where, detail: `Named in another round of this company`, insert: yamlScalar(p.name, c.inFlow), kind: 'person', sort: `5${p.name}` }));
  }
  return [];
}

function dateItems(c: Cursor, key: string, world: World, at: At): CompletionItem[] {
  const timed = DATE_KEYS[key].timed;
  const now = world.now;
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (text: string, t: Minutes, what: string, detail: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push(at({ label: text, description: `${what}, ${shortWhen({ t, timed: false }, now)}`, detail, insert: text, kind: 'date', sort: `${out.length}` }));
  };
  const interview = whenOf(topValue(c.infos, 'interview'));
  if (key === 'decision_by' && interview) {
    const d = addDays(interview, USUAL_DECISION_DAYS);
    add(formatDate(d.t), d.t, 'two weeks after the interview', 'The usual decision date when they did not name one (ask them)');
  }
  if (timed) add(`${formatDate(now)} ${formatTime(now)}`, now, 'now', 'The journal\'s clock, to the minute');
  add(formatDate(now), now, 'today', 'The journal\'s clock');
  if (interview && key !== 'interview') {
    const text = timed ? formatWhen(interview) : formatDate(interview.t);
    add(text, interview.t, 'the interview', 'The day of this interview');
  }
  return out;
}

interface Person {
  name: string;
  role: 'interviewer' | 'recruiter' | 'contact';
  where?: string;
}

function companyKeyAt(c: Cursor, world: World): string | undefined {
  const s = topValue(c.infos, 'company');
  if (s?.value) return companyKeyOf(s.value);
  return world.result?.entry.companyKey || undefined;
}

function companyEntries(c: Cursor, world: World): Entry[] {
  const key = companyKeyAt(c, world);
  if (!key) return [];
  return world.entriesOf(key).filter((e) => e.path !== world.path);
}

/** People of the other files of this company, each once, as first written. */
function companyPeople(c: Cursor, world: World): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  const add = (name: string, role: Person['role'], where: string) => {
    const k = normalizeName(name);
    if (!name || seen.has(k)) return;
    seen.add(k);
    out.push({ name, role, where });
  };
  for (const e of companyEntries(c, world)) {
    const where = e.round ?? e.role ?? e.company;
    for (const p of e.interviewers) add(p.name, 'interviewer', where);
    if (e.recruiter) add(e.recruiter.name, 'recruiter', where);
  }
  for (const e of companyEntries(c, world)) for (const x of e.contacts) add(x.who, 'contact', e.round ?? e.role ?? e.company);
  return out;
}

function peopleItems(c: Cursor, world: World, at: At): CompletionItem[] {
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const m of mentions(c.infos)) {
    if (m.role === 'contact' || seen.has(m.key)) continue;
    seen.add(m.key);
    out.push(at({ label: m.name, description: m.role, detail: m.role === 'recruiter' ? 'The recruiter of this interview' : 'An interviewer of this interview', insert: yamlScalar(m.name, c.inFlow), kind: 'person', sort: `0${String(out.length).padStart(3, '0')}` }));
  }
  for (const p of companyPeople(c, world)) {
    const k = normalizeName(p.name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(at({ label: p.name, description: p.where, detail: 'Named in another round of this company', insert: yamlScalar(p.name, c.inFlow), kind: 'person', sort: `1${String(out.length).padStart(3, '0')}` }));
  }
  return out;
}

/** The names the contact snippets start with: the next step's person when an interviewer, else the first interviewer; the recruiter. */
function snippetNames(c: Cursor, world: World): SnippetNames {
  const people = mentions(c.infos);
  const interviewers = people.filter((m) => m.role === 'interviewer');
  const next = world.result?.next?.person;
  const nextKey = next ? normalizeName(next) : undefined;
  return {
    interviewer: (interviewers.find((m) => m.key === nextKey) ?? interviewers[0])?.name,
    recruiter: people.find((m) => m.role === 'recruiter')?.name,
  };
}

/** The next step as a contact line, logged now: `{date: <now>, to: <person>, via: <channel>, kind: <kind>}`. */
export function nextContactLine(world: World): { text: string; label: string } | undefined {
  const next = world.result?.next;
  if (!next || !next.person) return undefined;
  // A step that does not name its channel yet: the plan's open duty to the same person does.
  const key = normalizeName(next.person);
  const duty = next.via && next.contactKind ? undefined : world.plan()?.duties.find((d) => d.toKey === key && d.state === 'open' && d.via && d.contactKind);
  const via = next.via ?? duty?.via;
  const kind = next.contactKind ?? duty?.contactKind;
  if (!via || !kind) return undefined;
  const now = `${formatDate(world.now)} ${formatTime(world.now)}`;
  const text = `{date: ${now}, to: ${yamlScalar(next.person, true)}, via: ${via}, kind: ${kind}}`;
  return { text, label: `${kind} to ${next.person} by ${via}` };
}
