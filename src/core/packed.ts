/**
 * Contacts and problems packed as numbers, made where they are made (the parse, the analysis)
 * for readers that go over every entry (the statistics): one array per entry instead of two
 * objects per contact and one per problem, which a model of 10,000 entries otherwise fetches
 * one by one from all over the heap. test/unit/stats-facts.test.ts proves them equal to the
 * objects.
 */
import type { Contact } from './entry';
import { CONTACT_KINDS, RULE_IDS, VIAS, type ContactKind, type Diagnostic, type Severity, type Via } from './types';

/** In a contact's flags: the moment has a time. */
export const PACKED_TIMED = 1;
/** In a contact's flags: a message from them (`from`), else from you. */
export const PACKED_FROM = 2;
const KIND_SHIFT = 2;
const VIA_SHIFT = 8;

/** Each list's index by name, in objects without a prototype. */
function indexOf<K extends string>(list: readonly K[]): Record<K, number> {
  const out = Object.create(null) as Record<K, number>;
  list.forEach((k, i) => (out[k] = i));
  return out;
}
const KIND_INDEX = indexOf(CONTACT_KINDS);
const VIA_INDEX = indexOf(VIAS);
const RULE_INDEX = indexOf(RULE_IDS);

export const kindIndexOf = (flags: number) => (flags >> KIND_SHIFT) & 63;
export const viaIndexOf = (flags: number) => flags >> VIA_SHIFT;
export const OFFER_KIND = KIND_INDEX.offer;

/** No contacts, no problems: one shared empty list. */
export const NO_CODES: readonly number[] = Object.freeze([]);

/**
 * The contacts in their order, two numbers each: the moment (minutes), then the flags (timed,
 * from, the kind's index in CONTACT_KINDS, the channel's in VIAS).
 */
export function packContacts(contacts: readonly Contact[]): readonly number[] {
  if (contacts.length === 0) return NO_CODES;
  const out = new Array<number>(2 * contacts.length);
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i];
    out[2 * i] = c.when.t;
    out[2 * i + 1] = (c.when.timed ? PACKED_TIMED : 0) | (c.dir === 'from' ? PACKED_FROM : 0) | (KIND_INDEX[c.kind] << KIND_SHIFT) | (VIA_INDEX[c.via] << VIA_SHIFT);
  }
  return out;
}

/** One packed contact back as its parts (for tests and readers of one entry). */
export function unpackContact(packed: readonly number[], i: number): { t: number; timed: boolean; dir: 'to' | 'from'; kind: ContactKind; via: Via } {
  const flags = packed[2 * i + 1];
  return { t: packed[2 * i], timed: (flags & PACKED_TIMED) !== 0, dir: flags & PACKED_FROM ? 'from' : 'to', kind: CONTACT_KINDS[kindIndexOf(flags)], via: VIAS[viaIndexOf(flags)] };
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information'];
const severityIndex = (s: Severity) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);

/** Each problem as its rule's index in RULE_IDS × 3 + its severity's in SEVERITIES, in order. */
export function packProblems(ds: readonly Diagnostic[]): readonly number[] {
  if (ds.length === 0) return NO_CODES;
  const out = new Array<number>(ds.length);
  for (let i = 0; i < ds.length; i++) out[i] = RULE_INDEX[ds[i].rule] * 3 + severityIndex(ds[i].severity);
  return out;
}
