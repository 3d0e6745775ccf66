/** The reader's lists: interviewers, the recruiter, the promise, ignore, tags and the contacts. */
import { packContacts } from './packed';
import { closest } from './suggest';
import { normalizeName } from './text';
import { CONTACT_KINDS, RULE_IDS, VIAS, type ContactKind, type Via, type When } from './types';
import { isMap, seqItem, type YamlNode } from './yaml';
import type { Interviewer, Recruiter } from './entry';
import type { Validator } from './entry-read';
import { ContactItem } from './entry-store';
import { messages as missingMessages } from './rules/missing-field';
import { messages as valueMessages } from './rules/invalid-value';
import { message as unknownPersonMessage } from './rules/unknown-person';
import { at, CONTACT_KEYS, describe, INTERVIEWER_KEYS, KIND_NAMES, PROMISED_KEYS, RECRUITER_KEYS, shown, VIA_NAMES, type Pair } from './entry-values';

export function readInterviewers(vd: Validator): void {
  const pair = vd.top.get('interviewers');
  if (!pair) {
    vd.report('missing-field', missingMessages.noInterviewersKey, vd.openLine(), {
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
    vd.e.interviewers.push({ name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: vd.valueRange(pair), index: 0 });
    return;
  }
  if (!Array.isArray(list)) {
    if (list === null) {
      vd.report('missing-field', missingMessages.noInterviewers, vd.range(pair.key));
    } else {
      vd.report('invalid-value', valueMessages.interviewersNotList(describe(list)), vd.valueRange(pair));
    }
    return;
  }
  if (list.length === 0) {
    vd.report('missing-field', missingMessages.noInterviewers, vd.valueRange(pair));
    return;
  }
  list.forEach((item: unknown, index: number) => readInterviewer(vd, pair, item, index));
}

/** One item of `interviewers:`: a name, or a map of name, title, email, phone_ok and linkedin_ok. */
function readInterviewer(vd: Validator, pair: Pair, item: unknown, index: number): void {
  const node = seqItem(pair.value, index);
  if (!node) return;
  if (typeof item === 'string' || typeof item === 'number') {
    const name = String(item).trim();
    if (!name) {
      vd.report('invalid-value', valueMessages.interviewerEmpty, vd.range(node));
      return;
    }
    vd.e.interviewers.push({ name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: vd.range(node), index });
    return;
  }
  if (item === null) {
    vd.report('invalid-value', valueMessages.interviewerEmpty, vd.range(node));
    return;
  }
  if (!isMap(item)) {
    vd.report('invalid-value', valueMessages.interviewerNotMap(describe(item)), vd.range(node));
    return;
  }
  const [nameP, title, email, phone, li] = vd.fields(node, INTERVIEWER_KEYS, 'interviewer key');
  if (!nameP) {
    vd.report('invalid-value', valueMessages.interviewerNoName, vd.range(node));
    return;
  }
  const name = vd.text(nameP.value, nameP, 'name');
  if (!name) return;
  const person: Interviewer = { name, key: normalizeName(name), phoneOk: false, linkedinOk: false, range: vd.range(nameP.value), index };
  if (title && title.value.value !== null) person.title = vd.text(title.value, title, 'title');
  if (email && email.value.value !== null) person.email = vd.text(email.value, email, 'email');
  if (phone) person.phoneOk = vd.bool(phone.value, phone, 'phone_ok') === true;
  if (li) person.linkedinOk = vd.bool(li.value, li, 'linkedin_ok') === true;
  vd.e.interviewers.push(person);
}

export function readRecruiter(vd: Validator): void {
  const pair = vd.top.get('recruiter');
  if (!pair) return;
  const v = pair.value.value;
  if (v === null) return;
  if (typeof v === 'string') {
    // A bare name is read as `recruiter: {name: ...}`.
    const name = v.trim();
    if (name) vd.e.recruiter = { name, key: normalizeName(name), range: vd.range(pair.value) };
    return;
  }
  if (!isMap(v)) {
    vd.report('invalid-value', valueMessages.recruiterNotMap(describe(v)), vd.valueRange(pair));
    return;
  }
  const [nameP, agencyP, emailP, phoneP] = vd.fields(pair.value, RECRUITER_KEYS, 'recruiter key');
  if (!nameP) {
    vd.report('invalid-value', valueMessages.recruiterNoName, vd.range(pair.key));
    return;
  }
  const name = vd.text(nameP.value, nameP, 'recruiter name');
  if (!name) return;
  const r: Recruiter = { name, key: normalizeName(name), range: vd.range(nameP.value) };
  if (agencyP && agencyP.value.value !== null) r.agency = vd.text(agencyP.value, agencyP, 'agency');
  if (emailP && emailP.value.value !== null) r.email = vd.text(emailP.value, emailP, 'email');
  if (phoneP && phoneP.value.value !== null) r.phone = vd.text(phoneP.value, phoneP, 'phone');
  vd.e.recruiter = r;
}

export function readChannel(vd: Validator, node: YamlNode, pair: { key: YamlNode; value: YamlNode }): Via | undefined {
  return vd.oneOf('via', VIA_NAMES, VIAS, node.value, vd.nodeRange(node, pair));
}

export function readPromised(vd: Validator): void {
  const pair = vd.top.get('promised');
  if (!pair) return;
  const v = pair.value.value;
  if (v === null) return;
  if (isMap(v)) {
    const [by, viaP] = vd.fields(pair.value, PROMISED_KEYS, 'promised key');
    if (!by) {
      vd.report('invalid-value', valueMessages.promisedNoDate, vd.range(pair.key));
      return;
    }
    const when = vd.when(by.value, by, 'promised.by', false);
    const via = viaP && viaP.value.value !== null ? readChannel(vd, viaP.value, viaP) : undefined;
    if (when) vd.e.promised = { by: when, via, range: vd.range(pair.key) };
    return;
  }
  const when = vd.when(pair.value, pair, 'promised', false);
  if (when) vd.e.promised = { by: when, range: vd.range(pair.key) };
}

export function readIgnore(vd: Validator): void {
  const pair = vd.top.get('ignore');
  if (!pair) return;
  const v = pair.value.value;
  if (v === null) return;
  const items: { value: unknown; node: YamlNode }[] = [];
  if (typeof v === 'string') items.push({ value: v, node: pair.value });
  else if (Array.isArray(v)) v.forEach((value: unknown, i: number) => items.push({ value, node: seqItem(pair.value, i) ?? pair.value }));
  else {
    vd.report('invalid-value', valueMessages.ignoreNotList(describe(v)), vd.valueRange(pair));
    return;
  }
  for (const { value, node } of items) {
    const id = typeof value === 'string' ? value.trim() : '';
    if ((RULE_IDS as readonly string[]).includes(id)) {
      vd.e.ignore.add(id);
      continue;
    }
    const hint = typeof value === 'string' ? closest(value, RULE_IDS as unknown as string[]) : undefined;
    vd.report('invalid-value', valueMessages.notRuleId(shown(value), hint), vd.range(node));
  }
}

export function readTags(vd: Validator): void {
  const pair = vd.top.get('tags');
  if (!pair) return;
  const v = pair.value.value;
  if (v === null) return;
  if (!Array.isArray(v)) {
    if (typeof v === 'string') vd.e.tags = [v];
    else vd.report('invalid-value', valueMessages.tagsNotList(describe(v)), vd.valueRange(pair));
    return;
  }
  v.forEach((t: unknown, i: number) => {
    if (typeof t === 'string' || typeof t === 'number') vd.e.tags.push(String(t));
    else vd.report('invalid-value', valueMessages.tagNotWord(describe(t)), vd.range(seqItem(pair.value, i) ?? pair.value));
  });
}

export function readContacts(vd: Validator): void {
  const pair = vd.top.get('contacts');
  if (!pair) return;
  const list = pair.value.value;
  if (list === null) return;
  if (!Array.isArray(list)) {
    vd.report('invalid-value', valueMessages.contactsNotList(describe(list)), vd.valueRange(pair));
    return;
  }
  const keyOf = personKeys(vd);
  for (let index = 0; index < list.length; index++) {
    const node = seqItem(pair.value, index);
    if (node) readContact(vd, keyOf, index, list[index] as unknown, node);
  }
  vd.e.contacts.sort((a, b) => a.when.t - b.when.t || a.index - b.index);
  vd.e.contactCodes = packContacts(vd.e.contacts);
}

/**
 * Each name a contact may give a person by (their name, or the email address they gave),
 * normalised, to the person's name key: the person's own key string, one copy per person, not
 * per contact. An address wins over a name, an interviewer over the recruiter; a name that is
 * not here is nobody's (its key is itself).
 */
export function personKeys(vd: Validator): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (k: string, key: string) => {
    if (!keys.has(k)) keys.set(k, key);
  };
  const r = vd.e.recruiter;
  for (const p of vd.e.interviewers) if (p.email) add(normalizeName(p.email), p.key);
  if (r?.email) add(normalizeName(r.email), r.key);
  for (const p of vd.e.interviewers) add(p.key, p.key);
  if (r) add(r.key, r.key);
  return keys;
}

/** One item of `contacts`: a Contact when it is complete, every problem reported. */
function readContact(vd: Validator, keyOf: Map<string, string>, index: number, item: unknown, node: YamlNode): void {
  if (item === null) {
    vd.report('invalid-value', valueMessages.contactEmpty(index + 1), vd.range(node));
    return;
  }
  if (!isMap(item)) {
    vd.report('invalid-value', valueMessages.contactNotMap(index + 1, describe(item)), vd.range(node));
    return;
  }
  const [dateP, toP, fromP, viaP, kindP, noteP] = vd.fields(node, CONTACT_KEYS, 'contact key');
  let ok = true;
  let when: When | undefined;
  if (!dateP) {
    vd.report('invalid-value', valueMessages.contactNoDate(index + 1), vd.range(node));
    ok = false;
  } else {
    when = vd.when(dateP.value, dateP, 'date', true);
    if (!when) ok = false;
  }
  let dir: 'to' | 'from' | undefined;
  let whoPair: Pair | undefined;
  if (toP && fromP) {
    vd.report('invalid-value', valueMessages.contactBoth(index + 1), vd.range(fromP.key));
    ok = false;
  } else if (!toP && !fromP) {
    vd.report('invalid-value', valueMessages.contactNeither(index + 1), vd.range(node));
    ok = false;
  } else {
    dir = toP ? 'to' : 'from';
    whoPair = toP ?? fromP;
  }
  let who: string | undefined;
  if (whoPair) {
    who = vd.text(whoPair.value, whoPair, dir ?? 'to');
    if (!who) ok = false;
  }
  let via: Via | undefined;
  if (!viaP) {
    vd.report('invalid-value', valueMessages.contactNoVia(index + 1, VIAS), vd.range(node));
    ok = false;
  } else {
    via = readChannel(vd, viaP.value, viaP);
    if (!via) ok = false;
  }
  const kind = kindP ? readKind(vd, kindP) : undefined;
  if (!kindP) {
    vd.report('invalid-value', valueMessages.contactNoKind(index + 1, CONTACT_KINDS), vd.range(node));
  }
  if (!kind) ok = false;
  const note = noteP ? readNote(vd, noteP) : undefined;
  const whoKey = who ? normalizeName(who) : undefined;
  const personKey = whoKey === undefined ? undefined : keyOf.get(whoKey);
  if (who && whoPair && personKey === undefined) unknownPerson(vd, who, whoPair);
  if (!ok || !when || !dir || !who || !via || !kind || !whoPair || !dateP || !viaP || !kindP) return;
  vd.e.contacts.push(
    new ContactItem(index, when, dir, who, personKey ?? whoKey!, via, kind, note, vd.lines, vd.base, node, at(dateP), at(whoPair), at(viaP), at(kindP)),
  );
}

/** A contact's kind, as the constant; undefined (reported) when it names none. */
function readKind(vd: Validator, kindP: Pair): ContactKind | undefined {
  return vd.oneOf('kind', KIND_NAMES, CONTACT_KINDS, kindP.value.value, vd.valueRange(kindP));
}

/** A contact's note as text (a number or true is read as text). */
function readNote(vd: Validator, noteP: Pair): string | undefined {
  const nv = noteP.value.value;
  if (nv === null) return undefined;
  if (typeof nv === 'string' || typeof nv === 'number' || typeof nv === 'boolean') return String(nv);
  vd.report('invalid-value', valueMessages.noteNotText(describe(nv)), vd.valueRange(noteP));
  return undefined;
}

/** A contact with someone who is neither an interviewer nor the recruiter. */
function unknownPerson(vd: Validator, who: string, whoPair: Pair): void {
  const names = [...vd.e.interviewers.map((p) => p.name), ...(vd.e.recruiter ? [vd.e.recruiter.name] : [])];
  const hint = closest(who, names);
  vd.report(
    'unknown-person',
    unknownPersonMessage(who, hint),
    vd.valueRange(whoPair),
  );
}
