/**
 * Reading calendar invitations (.ics) into new entries, with ical.js (pure JS, no I/O).
 *
 * - DTSTART with TZID is resolved through the invite's own VTIMEZONE (Outlook writes Windows
 *   names such as "Pacific Standard Time" with one), else as an IANA zone through Intl; `Z`
 *   values are UTC; floating and all-day values are kept as written (they already are local).
 * - A zoned or UTC start is an instant; localWallTime() turns it into the user's wall time, the
 *   one place where the machine's zone is right.
 * - Organizer and attendees become interviewers with the email the invite gave them; the user
 *   (yourEmail, yourName) and rooms and resources are left out.
 * - Anything broken is a message (InviteError), never a half-read event.
 */
import type ICAL from 'ical.js';
import { civil, daysInMonth, formatWhen } from './civil';
import type { Entry } from './entry';
import { entryFileName, type TextEdit } from './edits';
import { load as loadIcal } from './lazy/load-ical';
import { newEntryText } from './newentry';
import type { Minutes, When } from './types';

export { guessCompany, guessCompanyRole, guessRole } from './invite-guess';

/** Larger files are refused: an invitation is a few kilobytes, even with a long description. */
export const MAX_INVITE_BYTES = 1_000_000;
/** Longer descriptions are cut in the new entry's body (with a note saying so). */
export const MAX_DESCRIPTION_CHARS = 4000;

export class InviteError extends Error {}

export interface InvitePerson {
  name: string;
  email?: string;
}

export interface InviteEvent {
  /** 1-based position in the file (the CLI's `--event N`). */
  index: number;
  uid?: string;
  summary: string;
  /** The start in the user's local wall time. */
  start: When;
  /** How the invite wrote its start. */
  startKind: 'zoned' | 'utc' | 'floating' | 'date';
  /** The TZID the start was written in, when it had one. */
  tzid?: string;
  cancelled: boolean;
  /** What says so: `METHOD:CANCEL` or `STATUS:CANCELLED`. */
  cancelledBy?: string;
  organizer?: InvitePerson;
  /** Organizer first, then attendees: without the user, rooms and resources; one per address. */
  people: InvitePerson[];
  location?: string;
  /** A Meet, Zoom, Teams or Webex link found in the invite. */
  link?: string;
  description?: string;
  sequence: number;
}

export interface Invite {
  /** METHOD (REQUEST, PUBLISH, CANCEL), upper case, when given. */
  method?: string;
  events: InviteEvent[];
}

export interface InviteOptions {
  /** The user's address (setting interviewJournal.yourEmail): left out of the interviewers. */
  yourEmail?: string;
  /** The user's name (setting interviewJournal.yourName): an attendee so named is left out. */
  yourName?: string;
  /** Instant (epoch ms) to local wall time; tests and the editor use the default. */
  toLocal?: (utcMs: number) => Minutes;
}

/** The one place where the machine's zone is right: an instant to the user's wall-clock minutes. */
export function localWallTime(utcMs: number): Minutes {
  const d = new Date(utcMs);
  return civil(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes());
}

/** Bytes of an .ics file to text: UTF-8 (a BOM allowed) or UTF-16 with a BOM; anything else is refused. */
export function decodeInvite(bytes: Uint8Array, name = 'The file'): string {
  if (bytes.length > MAX_INVITE_BYTES) {
    throw new InviteError(`${name} is ${(bytes.length / 1e6).toFixed(1)} MB; an invitation is at most ${MAX_INVITE_BYTES / 1e6} MB. Nothing was created.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InviteError(`${name} is not UTF-8 text (iCalendar files are UTF-8); save it again as UTF-8. Nothing was created.`);
  }
}

/** Reads every event of an invitation. Throws InviteError with a message for the user. */
export function readInvite(text: string, opts: InviteOptions = {}): Invite {
  if (text.length > MAX_INVITE_BYTES) throw new InviteError(`The invitation is larger than ${MAX_INVITE_BYTES / 1e6} MB. Nothing was created.`);
  if (text.includes('\u0000')) throw new InviteError('The invitation holds NUL characters: it is not UTF-8 text. Nothing was created.');
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) throw new InviteError('This is not an iCalendar file (it does not start with BEGIN:VCALENDAR). Nothing was created.');
  let root: ICAL.Component;
  try {
    root = loadIcal().parseCalendar(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InviteError(`The invitation could not be read: ${err instanceof Error ? err.message : String(err)}. Nothing was created.`);
  }
  if (root.name !== 'vcalendar') throw new InviteError('This is not an iCalendar file (no VCALENDAR). Nothing was created.');
  const method = str(root.getFirstPropertyValue('method'))?.toUpperCase();
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) throw new InviteError('The invitation has no event (VEVENT). Nothing was created.');
  const events = vevents.map((ev, i) => readEvent(ev, i + 1, vevents.length, method, opts));
  return { method, events };
}

function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).trim();
  return s ? s : undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/;

function readEvent(ev: ICAL.Component, index: number, count: number, method: string | undefined, opts: InviteOptions): InviteEvent {
  const summary = str(ev.getFirstPropertyValue('summary'))?.replace(/\s+/g, ' ') ?? '';
  const which = count > 1 ? `Event ${index} (${summary || 'no title'})` : `The event${summary ? ` "${summary}"` : ''}`;
  const { start, startKind, tzid } = eventStart(ev, which, opts);
  const status = str(ev.getFirstPropertyValue('status'))?.toUpperCase();
  const location = str(ev.getFirstPropertyValue('location'));
  const description = str(ev.getFirstPropertyValue('description'))?.replace(/\r\n?/g, '\n');
  const organizer = personOf(ev.getFirstProperty('organizer'));
  const link = conferenceLink(ev, location, description);
  return {
    index,
    uid: str(ev.getFirstPropertyValue('uid')),
    summary,
    start,
    startKind,
    ...(tzid && startKind === 'zoned' ? { tzid } : {}),
    cancelled: method === 'CANCEL' || status === 'CANCELLED',
    ...(method === 'CANCEL' ? { cancelledBy: 'METHOD:CANCEL' } : status === 'CANCELLED' ? { cancelledBy: 'STATUS:CANCELLED' } : {}),
    organizer,
    people: eventPeople(ev, organizer, opts),
    location,
    link,
    description,
    sequence: Number(ev.getFirstPropertyValue('sequence')) || 0,
  };
}

/** The event's DTSTART in the user's wall time, and how the invite wrote it. */
function eventStart(ev: ICAL.Component, which: string, opts: InviteOptions): { start: When; startKind: InviteEvent['startKind']; tzid?: string } {
  const prop = ev.getFirstProperty('dtstart');
  if (!prop) throw new InviteError(`${which} has no start time (DTSTART). Nothing was created.`);
  const raw = String((prop.jCal as unknown[])[3] ?? '');
  const m = DATE_TIME.exec(raw);
  const bad = (why: string) => new InviteError(`${which} has a start time that is not a date: DTSTART ${raw.replace(/[-:]/g, '')} (${why}). Nothing was created.`);
  if (!m) throw bad('not YYYYMMDD or YYYYMMDDTHHMMSS');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) throw bad(`no month ${mo}`);
  if (d < 1 || d > daysInMonth(y, mo)) throw bad(`day ${d} does not exist in that month`);
  const toLocal = opts.toLocal ?? localWallTime;
  const tzid = str(prop.getParameter('tzid'));
  if (m[4] === undefined) return { start: { t: civil(y, mo, d), timed: false }, startKind: 'date', tzid };
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (h > 23 || mi > 59 || s > 60) throw bad('no such time of day');
  if (m[7] === 'Z') return { start: { t: toLocal(Date.UTC(y, mo - 1, d, h, mi, s)), timed: true }, startKind: 'utc', tzid };
  if (tzid) return { start: { t: toLocal(zonedInstant(prop, tzid, y, mo, d, h, mi, s, which)), timed: true }, startKind: 'zoned', tzid };
  return { start: { t: civil(y, mo, d, h, mi), timed: true }, startKind: 'floating', tzid };
}

/** Organizer first, then attendees: without the user, rooms and resources; one per address. */
function eventPeople(ev: ICAL.Component, organizer: InvitePerson | undefined, opts: InviteOptions): InvitePerson[] {
  const people: InvitePerson[] = [];
  const seen = new Set<string>();
  const you = (p: InvitePerson) =>
    (!!opts.yourEmail && !!p.email && p.email.toLowerCase() === opts.yourEmail.trim().toLowerCase()) ||
    (!!opts.yourName?.trim() && p.name.toLowerCase() === opts.yourName.trim().toLowerCase());
  const add = (p: InvitePerson | undefined) => {
    if (!p || you(p)) return;
    const key = (p.email ?? p.name).toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    people.push(p);
  };
  add(organizer);
  for (const a of ev.getAllProperties('attendee')) {
    const cutype = str(a.getParameter('cutype'))?.toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
    const p = personOf(a);
    if (p?.email && /@resource\.calendar\.google\.com$/i.test(p.email)) continue;
    add(p);
  }
  return people;
}

/** The instant (epoch ms) of a wall time in a zone: the invite's VTIMEZONE, else an IANA name. */
function zonedInstant(prop: ICAL.Property, tzid: string, y: number, mo: number, d: number, h: number, mi: number, s: number, which: string): number {
  const value = prop.getFirstValue() as unknown as ICAL.Time;
  if (value && value.zone && value.zone.tzid === tzid) return value.toUnixTime() * 1000;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const offset = (ms: number) => ianaOffsetMs(tzid, ms);
  if (offset(wall) === undefined) {
    throw new InviteError(`${which} is in the time zone "${tzid}", which the invite does not define (no VTIMEZONE) and which is not a known IANA zone. Nothing was created.`);
  }
  let guess = wall - offset(wall)!;
  guess = wall - offset(guess)!;
  return guess;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The UTC offset (ms) of an IANA zone at an instant; undefined when the zone is unknown. */
function ianaOffsetMs(zone: string, ms: number): number | undefined {
  let f = offsetFormats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      f = null;
    }
    offsetFormats.set(zone, f);
  }
  if (!f) return undefined;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function personOf(p: ICAL.Property | null): InvitePerson | undefined {
  if (!p) return undefined;
  const value = str(p.getFirstValue());
  const email = value && /^mailto:/i.test(value) ? decodeURIComponentSafe(value.slice(7)).trim() : undefined;
  const okEmail = email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;
  let cn = str(p.getParameter('cn'))?.replace(/^"|"$/g, '');
  // "Weber, Jonas" (Exchange) reads as Jonas Weber.
  if (cn && /^[^,@]+,\s*[^,@]+$/.test(cn)) cn = cn.replace(/^([^,]+),\s*(.+)$/, '$2 $1');
  const name = cn && !cn.includes('@') ? cn : okEmail ? nameFromEmail(okEmail) : undefined;
  if (!name) return undefined;
  return okEmail ? { name, email: okEmail } : { name };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `jason.lee@acme.com` -> "Jason Lee". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0].replace(/\+.*$/, '');
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

const LINK = /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|chime\.aws)\/[^\s<>"')\]]*/i;

function conferenceLink(ev: ICAL.Component, location?: string, description?: string): string | undefined {
  for (const name of ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'url']) {
    const v = str(ev.getFirstPropertyValue(name));
    if (v && /^https:\/\//i.test(v)) return v;
  }
  for (const text of [location, description]) {
    const m = text ? LINK.exec(text) : null;
    if (m) return m[0];
  }
  return undefined;
}

// ---- choosing and describing events -------------------------------------------------------

/** One line per event, for a pick or the CLI's list: "1. Acme interview — 2026-11-20 15:00". */
export function describeEvent(ev: InviteEvent): string {
  return `${ev.index}. ${ev.summary || '(no title)'}: ${formatWhen(ev.start)}${ev.cancelled ? ' (cancelled)' : ''}`;
}

/** The message for a cancelled event. */
export function cancelledMessage(ev: InviteEvent): string {
  return `"${ev.summary || 'This event'}" is cancelled (${ev.cancelledBy ?? 'STATUS:CANCELLED'}): no entry was created. If an entry exists for it, set its status instead.`;
}

// ---- the body of a new entry --------------------------------------------------------------

/** The marker line that remembers which invitation an entry came from (its UID). */
export const INVITE_UID_PREFIX = '<!-- invitation uid: ';

/** The UID recorded in an entry's text, when it came from an invitation. */
export function inviteUidOf(text: string): string | undefined {
  const i = text.indexOf(INVITE_UID_PREFIX);
  if (i < 0) return undefined;
  const end = text.indexOf(' -->', i);
  return end < 0 ? undefined : text.slice(i + INVITE_UID_PREFIX.length, end).trim();
}

/** A UID as written in the marker: no `-->`, one line. */
export function markerSafe(uid: string): string {
  return uid.replace(/--+>?|[\r\n]/g, '_');
}

/**
 * The body lines of an entry made from an invitation: location, link, the description quoted
 * (so nothing in it becomes a heading or a draft) and the invitation's UID in a comment.
 */
export function inviteBodyLines(ev: InviteEvent): string[] {
  const lines: string[] = ['## Invitation', ''];
  if (ev.location) lines.push(`- Location: ${oneLine(ev.location)}`);
  if (ev.link && ev.link !== ev.location) lines.push(`- Link: <${ev.link.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (ev.tzid) lines.push(`- Time zone of the invitation: ${oneLine(ev.tzid)}`);
  if (lines.length > 2) lines.push('');
  if (ev.description) {
    let d = ev.description.trim();
    let cut = false;
    if (d.length > MAX_DESCRIPTION_CHARS) {
      d = d.slice(0, MAX_DESCRIPTION_CHARS);
      cut = true;
    }
    for (const l of d.split('\n')) lines.push(l.trim() ? `> ${l.replace(/\s+$/, '')}` : '>');
    if (cut) lines.push('>', `> (the description was cut at ${MAX_DESCRIPTION_CHARS} characters)`);
    lines.push('');
  }
  if (ev.uid) lines.push(`${INVITE_UID_PREFIX}${markerSafe(ev.uid)} -->`, '');
  return lines;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Moves an entry's `interview:` to a new time (an updated invitation), replacing only its value. */
export function moveInterview(entry: Entry, when: When): TextEdit[] {
  const span = entry.keys.get('interview');
  if (!span) throw new InviteError('The entry has no interview: key to move.');
  return [{ range: span.value, newText: formatWhen(when) }];
}

/** The file name and text of an entry made from an invitation's event (company and role as confirmed). */
export function entryFromInvite(ev: InviteEvent, company: string, role: string, eol = '\n'): { fileName: string; text: string } {
  const interview = formatWhen(ev.start);
  return {
    fileName: entryFileName(interview, company, role),
    text: newEntryText({ company, role, interview, interviewers: ev.people, body: inviteBodyLines(ev), eol }),
  };
}
