/**
 * Calendar arithmetic in local "floating" time.
 *
 * Every date in a journal is a wall-clock value where the user is: `2026-11-20` is that whole
 * day, `2026-11-20 14:00` that local time. We never let a Date pass through the machine's time
 * zone: values are built with Date.UTC from their fields and read back with the UTC getters,
 * so every result is identical under any TZ. (This is on the hot path of every file: date-fns
 * on a UTCDate cost a large share of the engine's time in the benchmark, so the few
 * operations needed are written out here.)
 */
// UTCDateMini: date-fns arithmetic in UTC without the three Intl formatters UTCDate builds at
// load (less for the extension to load).
import { UTCDateMini } from '@date-fns/utc/date/mini';
import type { Minutes, When } from './types';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1-12) of year y, proleptic Gregorian (year 0 is a leap year, as for Date). */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1];
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

interface Fields {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  wd: number;
}

/** Whole minutes within this many days of 1970 (about 10,000 years either way) are split with integer arithmetic. */
const ARITHMETIC_DAYS = 3_650_000;

function fields(t: Minutes): Fields {
  const day = Math.floor(t / MINUTES_PER_DAY);
  if (!Number.isInteger(t) || day < -ARITHMETIC_DAYS || day > ARITHMETIC_DAYS) {
    const x = new Date(t * 60000);
    return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate(), h: x.getUTCHours(), mi: x.getUTCMinutes(), wd: x.getUTCDay() };
  }
  // The proleptic Gregorian calendar from a day number, as Date's UTC getters read it, without
  // making a Date (H. Hinnant's civil_from_days): 400-year eras of 146,097 days from 0000-03-01.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const minute = t - day * MINUTES_PER_DAY;
  return {
    y: yoe + era * 400 + (m <= 2 ? 1 : 0),
    m,
    d: doy - Math.floor((153 * mp + 2) / 5) + 1,
    h: Math.floor(minute / 60),
    mi: minute % 60,
    wd: (((day + 4) % 7) + 7) % 7,
  };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export const MINUTES_PER_DAY = 1440;

export type ParsedWhen = { ok: true; when: When } | { ok: false; reason: string };

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Minutes since the floating epoch for the given calendar fields (month 1-12). */
export function civil(y: number, m: number, d: number, h = 0, mi = 0): Minutes {
  if (y >= 100) return Date.UTC(y, m - 1, d, h, mi) / 60000;
  // Date.UTC reads years 0-99 as 1900-1999 ("0026-11-20" became 1926): set the year itself.
  const x = new Date(Date.UTC(2000, 0, 1, h, mi));
  x.setUTCFullYear(y, m - 1, d);
  return x.getTime() / 60000;
}

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM-DD HH:mm` or `YYYY-MM-DDTHH:mm` (seconds allowed and dropped).
 * A zone suffix (`Z`, `+02:00`) is refused: journal times are local.
 */
export function parseWhen(text: string, allowTime = true): ParsedWhen {
  const s = text.trim();
  const m = DATE_RE.exec(s);
  if (!m) {
    // Quoted cut short: a 1 MB value must not become a 1 MB message.
    const q = s.length > 80 ? `${s.slice(0, 77)}...` : s;
    if (/^\d{4}-\d{1,2}-\d{1,2}[Tt ].*(?:Z|[+-]\d{2}:?\d{2})$/.test(s)) {
      return { ok: false, reason: `"${q}" has a time zone; write the local time without one, e.g. ${s.slice(0, 16).replace('T', ' ')}` };
    }
    return { ok: false, reason: `"${q}" is not a date; write it as YYYY-MM-DD${allowTime ? ' or YYYY-MM-DD HH:mm' : ''}` };
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12) return { ok: false, reason: `"${s}" has no month ${mo}` };
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) {
    return { ok: false, reason: `${s.slice(0, 10)} does not exist: ${monthName(mo)} ${y} has ${days} days` };
  }
  if (m[4] === undefined) return { ok: true, when: { t: civil(y, mo, d), timed: false } };
  if (!allowTime) return { ok: false, reason: `"${s}" has a time; this key takes a date only (YYYY-MM-DD)` };
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || sec > 59) return { ok: false, reason: `"${s}" is not a valid time of day` };
  return { ok: true, when: { t: civil(y, mo, d, h, mi), timed: true } };
}

function monthName(m: number): string {
  return MONTHS[m - 1];
}

/** The day number (days since 1970-01-01) a moment falls on. */
export function dayOf(t: Minutes): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** Start of the given day number. */
export function startOfDayNumber(day: number): Minutes {
  return day * MINUTES_PER_DAY;
}

/** The moment a date or date-time is over: a timed value at its time, a date at the end of its day. */
export function endOf(w: When): Minutes {
  return w.timed ? w.t : startOfDayNumber(dayOf(w.t) + 1);
}

/** End of the day after the given value's day: "by the end of the next day". */
export function endOfNextDay(w: When): Minutes {
  return startOfDayNumber(dayOf(w.t) + 2);
}

export function addDays(w: When, days: number): When {
  return { t: w.t + days * MINUTES_PER_DAY, timed: w.timed };
}

/** Whole calendar days from a to b (b - a), ignoring the time of day. */
export function calendarDaysBetween(a: Minutes, b: Minutes): number {
  return dayOf(b) - dayOf(a);
}

/** A floating moment as a date-fns UTCDate, for formatting off the hot path (ICS, messages). */
export function toUTCDate(t: Minutes): Date {
  return new UTCDateMini(t * 60000);
}

/** `2026-11-20` */
export function formatDate(t: Minutes): string {
  const f = fields(t);
  return `${String(f.y).padStart(4, '0')}-${pad2(f.m)}-${pad2(f.d)}`;
}

/** `14:00`: the one clock formatter (pure arithmetic on the floating moment, never the machine's zone). */
export function formatTime(t: Minutes): string {
  const m = minuteOfDay(t);
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** `2026-11-20` or `2026-11-20 14:00` */
export function formatWhen(w: When): string {
  return w.timed ? `${formatDate(w.t)} ${formatTime(w.t)}` : formatDate(w.t);
}

/** `Fri 20 Nov 2026`, for sentences. */
export function formatDay(t: Minutes): string {
  // Messages name the same few hundred days over and over: each day's text is made once.
  const day = Math.floor(t / MINUTES_PER_DAY);
  let text = DAY_TEXTS.get(day);
  if (text === undefined) {
    const f = fields(t);
    text = `${WEEKDAYS[f.wd]} ${f.d} ${MONTHS[f.m - 1].slice(0, 3)} ${String(f.y).padStart(4, '0')}`;
    if (DAY_TEXTS.size >= 10_000) DAY_TEXTS.clear();
    DAY_TEXTS.set(day, text);
  }
  return text;
}
const DAY_TEXTS = new Map<number, string>();

/** 0 = Sunday ... 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
export function weekday(t: Minutes): number {
  return (((dayOf(t) + 4) % 7) + 7) % 7;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `Saturday` */
export function weekdayName(t: Minutes): string {
  return WEEKDAY_NAMES[weekday(t)];
}

export function isWeekendDay(t: Minutes): boolean {
  const wd = weekday(t);
  return wd === 0 || wd === 6;
}

/** Minutes since midnight of the moment's day. */
export function minuteOfDay(t: Minutes): number {
  return t - startOfDayNumber(dayOf(t));
}

/** The machine's current wall-clock time as a floating moment (the only place the TZ is read). */
export function realNow(): Minutes {
  const d = new Date();
  return civil(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes());
}

/**
 * The clock for planning: `now` (`YYYY-MM-DDTHH:mm`) wins, then `today` (`YYYY-MM-DD`, meaning
 * that day at 12:00), then the real clock. Bad values are reported to the caller.
 */
export function resolveNow(opts: { now?: string; today?: string }, real: () => Minutes = realNow): Minutes {
  if (opts.now) {
    const p = parseWhen(opts.now);
    if (!p.ok || !p.when.timed) throw new Error(`now must be YYYY-MM-DDTHH:mm, got "${opts.now}"`);
    return p.when.t;
  }
  if (opts.today) {
    const p = parseWhen(opts.today, false);
    if (!p.ok) throw new Error(`today must be YYYY-MM-DD, got "${opts.today}"`);
    return p.when.t + 12 * 60;
  }
  return real();
}
