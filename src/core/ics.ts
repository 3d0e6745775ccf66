/**
 * iCalendar (RFC 5545) output of every dated pending step (thank-yous, debriefs, check-ins,
 * tasks, ...), each with a DISPLAY alarm at the due moment or minutes before it. Pure: the CLI (`interview-journal ics`) and
 * the editor's Export calendar command both call calendarFromResults and write the string.
 *
 * - CRLF line ends, content lines folded at 75 octets without splitting a UTF-8 character;
 * - TEXT values escaped (backslash, semicolon, comma, newlines) and stripped of control
 *   characters, so nothing in a journal can add a property or a component;
 * - date-only dues are all-day events (DTSTART;VALUE=DATE, DTEND the next day), timed dues are
 *   floating local times (no `Z`): the journal's times are wall-clock times where the user is;
 * - a stable UID per step (file relative to the journal folder, step kind, person), so a
 *   re-import updates the event instead of adding a copy.
 */
import { MINUTES_PER_DAY, toUTCDate } from './civil';
import type { Entry } from './entry';
import type { FileResult } from './journal';

/** What a calendar reads of a file's result (a FileResult will do). */
export type IcsSource = Pick<FileResult, 'path' | 'next'> & Partial<Pick<FileResult, 'steps'>> & { entry: Pick<Entry, 'isEntry' | 'company' | 'role'> };
import type { Minutes, Step, Urgency, When } from './types';
import { load as loadDateFns } from './lazy/load-date-format';

export const ICS_PRODID = '-//Interview Journal//interview-journal//EN';
/** Timed steps get an event of this many minutes. */
export const TIMED_EVENT_MINUTES = 30;

export interface IcsEvent {
  uid: string;
  /** The due moment (floating local time). */
  start: When;
  summary: string;
  description: string;
}

export interface CalendarOptions {
  /** DTSTAMP, as milliseconds since the Unix epoch (UTC). */
  stampMs: number;
  /** The file's path relative to the journal folder (with `/`), for UIDs and descriptions. */
  relativePath?: (path: string) => string;
  /** X-WR-CALNAME; default "Interview Journal". */
  name?: string;
  /** A DISPLAY alarm this many minutes before each event (default 0: at the due moment); false: none. */
  alarm?: number | false;
}

/** The largest `--alarm` (four weeks, in minutes). */
export const MAX_ALARM_MINUTES = 40320;

/** TRIGGER value: `PT0S` at the start, `-PT15M` fifteen minutes before. */
export function alarmTrigger(minutes: number): string {
  return minutes === 0 ? 'PT0S' : `-PT${Math.round(minutes)}M`;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): `\` `;` `,` and newlines; drops other control characters. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space,
 * which counts towards their 75. Never splits a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let cur = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + n > limit) {
      parts.push(cur);
      cur = '';
      octets = 0;
      limit = 74;
    }
    cur += ch;
    octets += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** A small, stable, dependency-free 64-bit hash (two FNV-1a lanes), as 16 hex digits. */
export function stableHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The UID of a step: the same file, step kind and person always give the same UID. */
export function stepUid(relativePath: string, step: Pick<Step, 'kind' | 'person' | 'text'>): string {
  const who = step.person ?? (step.kind === 'task' ? step.text : '');
  return `${stableHash(`${relativePath.replace(/\\/g, '/')}\u0000${step.kind}\u0000${who}`)}@interview-journal`;
}

function icsDate(t: Minutes): string {
  return loadDateFns().format(toUTCDate(t), 'yyyyMMdd');
}

function icsDateTime(t: Minutes): string {
  return loadDateFns().format(toUTCDate(t), "yyyyMMdd'T'HHmmss");
}

/** `20261123T120000Z` from epoch milliseconds. */
export function icsUtcStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

const URGENCY_WORDS: Record<Urgency, string> = {
  overdue: 'overdue',
  today: 'due today',
  soon: 'due soon',
  later: 'later',
  waiting: 'waiting',
  done: 'done',
};

/** The events for every dated pending step of every entry (the next step first), one per UID. */
export function eventsFromResults(results: readonly IcsSource[], relativePath: (path: string) => string = (p) => p): IcsEvent[] {
  const out: IcsEvent[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    if (!r.entry.isEntry) continue;
    const steps = r.steps ?? (r.next ? [r.next] : []);
    const rel = relativePath(r.path).replace(/\\/g, '/');
    const company = r.entry.company || 'Unknown company';
    for (const step of steps) {
      if (!step.due || step.urgency === 'done') continue;
      const uid = stepUid(rel, step);
      if (seen.has(uid)) continue;
      seen.add(uid);
      const lines = [`Role: ${r.entry.role ?? '(no role)'}`, `Urgency: ${URGENCY_WORDS[step.urgency]}`, `File: ${rel}`];
      out.push({ uid, start: step.due, summary: `${company}: ${step.text}`, description: lines.join('\n') });
    }
  }
  return out;
}

/** A VCALENDAR with one VEVENT per event, CRLF line ends, folded lines. */
export function writeCalendar(events: readonly IcsEvent[], opts: Omit<CalendarOptions, 'relativePath'>): string {
  const stamp = icsUtcStamp(opts.stampMs);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name ?? 'Interview Journal')}`,
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (e.start.timed) {
      lines.push(`DTSTART:${icsDateTime(e.start.t)}`, `DTEND:${icsDateTime(e.start.t + TIMED_EVENT_MINUTES)}`);
    } else {
      const day = Math.floor(e.start.t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
      lines.push(`DTSTART;VALUE=DATE:${icsDate(day)}`, `DTEND;VALUE=DATE:${icsDate(day + MINUTES_PER_DAY)}`, 'TRANSP:TRANSPARENT');
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`);
    if (opts.alarm !== false) {
      const minutes = Math.min(Math.max(0, opts.alarm ?? 0), MAX_ALARM_MINUTES);
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:${alarmTrigger(minutes)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The calendar of the dated pending steps of a journal. */
export function calendarFromResults(results: readonly IcsSource[], opts: CalendarOptions): string {
  return writeCalendar(eventsFromResults(results, opts.relativePath), opts);
}
