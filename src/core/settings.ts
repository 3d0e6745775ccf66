/** Settings: the thresholds of every rule, the clock pins, and rule severities. */
import { RULE_IDS, type RuleId, type SeveritySetting } from './types';

export type PhonePolicy = 'invited-only' | 'allowed';
export type LinkedinPolicy = 'invited-only' | 'after-a-week' | 'off';

export interface Settings {
  thankYouHours: number;
  maxUnansweredFollowUps: number;
  minDaysBetweenContacts: number;
  informationalMinDays: number;
  recruiterSilenceDays: number;
  checkInDaysAfterDecision: number;
  checkInDaysWithoutDecision: number;
  draftMaxWords: number;
  phonePolicy: PhonePolicy;
  linkedinPolicy: LinkedinPolicy;
  suggestHandwrittenNote: boolean;
  /** Severity overrides per rule id (`"off"` switches a rule off). */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Pin the clock: `YYYY-MM-DD` (that day at 12:00) or '' for the real clock. */
  today: string;
  /** Pin the clock: `YYYY-MM-DDTHH:mm`, or '' for the real clock. Wins over `today`. */
  now: string;
  /** Files larger than this many bytes are noted and skipped. */
  maxFileSize: number;
  /** Where New interview creates files, relative to the workspace folder. */
  folder: string;
  /** The user's name: the signature of a thank-you's subject; an invitation's attendee so named is the user. */
  yourName: string;
  /** The user's address: left out of an invitation's interviewers. */
  yourEmail: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  thankYouHours: 24,
  maxUnansweredFollowUps: 2,
  minDaysBetweenContacts: 2,
  informationalMinDays: 7,
  recruiterSilenceDays: 4,
  checkInDaysAfterDecision: 3,
  checkInDaysWithoutDecision: 14,
  draftMaxWords: 150,
  phonePolicy: 'invited-only',
  linkedinPolicy: 'invited-only',
  suggestHandwrittenNote: true,
  rules: {},
  today: '',
  now: '',
  maxFileSize: 10_000_000,
  folder: 'interviews',
  yourName: '',
  yourEmail: '',
});

const NUMERIC: (keyof Settings)[] = [
  'thankYouHours',
  'maxUnansweredFollowUps',
  'minDaysBetweenContacts',
  'informationalMinDays',
  'recruiterSilenceDays',
  'checkInDaysAfterDecision',
  'checkInDaysWithoutDecision',
  'draftMaxWords',
  'maxFileSize',
];

/** The largest value of a threshold setting (hours, days, counts, words). */
export const MAX_THRESHOLD = 1_000_000;

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Builds settings from `interviewJournal.*` values (a VS Code configuration or the flat keys of
 * `.vscode/settings.json`). Unknown or badly typed values fall back to the default and are
 * reported, never thrown.
 */
export function readSettings(get: (key: string) => unknown): { settings: Settings; problems: SettingsProblem[] } {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  const problems: SettingsProblem[] = [];
  const bad = (key: string, why: string) => problems.push({ key: `interviewJournal.${key}`, message: why });
  for (const key of NUMERIC) {
    const v = get(key);
    if (v === undefined || v === null) continue;
    // Thresholds are bounded: dates computed from a huge one (thankYouHours: 1e12) are not dates,
    // and the calendar writer threw on them.
    const max = key === 'maxFileSize' ? Number.MAX_SAFE_INTEGER : MAX_THRESHOLD;
    // A count of follow-ups is whole: 0.5 made the timing rules index past the list.
    if (key === 'maxUnansweredFollowUps' && typeof v === 'number' && !Number.isInteger(v)) bad(key, `must be a whole number; using ${String(DEFAULT_SETTINGS[key])}`);
    else if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max) (s as unknown as Record<string, number>)[key] = v;
    else if (typeof v === 'number' && v > max) bad(key, `must be at most ${max}; using ${String(DEFAULT_SETTINGS[key])}`);
    else bad(key, `must be a number of at least 0; using ${String(DEFAULT_SETTINGS[key])}`);
  }
  const phone = get('phonePolicy');
  if (phone !== undefined && phone !== null) {
    if (phone === 'invited-only' || phone === 'allowed') s.phonePolicy = phone;
    else bad('phonePolicy', 'must be "invited-only" or "allowed"');
  }
  const li = get('linkedinPolicy');
  if (li !== undefined && li !== null) {
    if (li === 'invited-only' || li === 'after-a-week' || li === 'off') s.linkedinPolicy = li;
    else bad('linkedinPolicy', 'must be "invited-only", "after-a-week" or "off"');
  }
  const note = get('suggestHandwrittenNote');
  if (note !== undefined && note !== null) {
    if (typeof note === 'boolean') s.suggestHandwrittenNote = note;
    else bad('suggestHandwrittenNote', 'must be true or false');
  }
  for (const key of ['today', 'now', 'folder', 'yourName', 'yourEmail'] as const) {
    const v = get(key);
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') s[key] = v.trim();
    else bad(key, 'must be a string');
  }
  const rules = get('rules');
  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) bad('rules', 'must be an object of rule id to severity');
    else {
      for (const [id, sev] of Object.entries(rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          bad(`rules.${id}`, `"${id}" is not a rule id`);
          continue;
        }
        if (sev === 'error' || sev === 'warning' || sev === 'information' || sev === 'off') s.rules[id as RuleId] = sev;
        else bad(`rules.${id}`, 'must be "error", "warning", "information" or "off"');
      }
    }
  }
  return { settings: s, problems };
}

/** Settings from the parsed JSON of a `.vscode/settings.json` (flat `interviewJournal.x` keys or a nested object). */
export function settingsFromJson(json: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const obj = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const nested = obj.interviewJournal && typeof obj.interviewJournal === 'object' ? (obj.interviewJournal as Record<string, unknown>) : {};
  return readSettings((key) => (Object.prototype.hasOwnProperty.call(obj, `interviewJournal.${key}`) ? obj[`interviewJournal.${key}`] : nested[key]));
}
