/** The plan's channels: who a message goes to and how (email, a letter, a call). */
import { isWeekendDay, minuteOfDay } from './civil';
import type { Entry, Interviewer } from './entry';
import type { Settings } from './settings';
import type { Via, When } from './types';

/** A call to this interviewer is invited: phone_ok, the phonePolicy, or you promised to call. */
export function phoneInvited(e: Entry, p: Interviewer, s: Settings): boolean {
  return p.phoneOk || s.phonePolicy === 'allowed' || e.promised?.via === 'phone' || e.promised?.via === 'voicemail';
}

/** The channel the rules accept for writing to an interviewer: email when given, else a letter. */
export function writeTo(p: Interviewer): Via {
  return p.email ? 'email' : 'letter';
}

/** The channel for a follow-up to an interviewer: a call when invited (spec: email unless phone_ok), else as writeTo. */
function followUpVia(p: Interviewer, s: Settings): Via {
  return p.phoneOk || (s.phonePolicy === 'allowed' && !p.email) ? 'phone' : writeTo(p);
}

/** A call to the recruiter is fine on a weekday between 08:00 and 18:00 (a date-only moment: its day). */
export function callable(w: When): boolean {
  if (isWeekendDay(w.t)) return false;
  if (!w.timed) return true;
  const m = minuteOfDay(w.t);
  return m >= 8 * 60 && m <= 18 * 60;
}

/** A via is acceptable to the interviewer under the channel rules. */
export function accepted(e: Entry, p: Interviewer, via: Via, s: Settings): boolean {
  if (via === 'email') return !!p.email;
  if (via === 'phone' || via === 'voicemail') return phoneInvited(e, p, s);
  if (via === 'linkedin') return p.linkedinOk || s.linkedinPolicy === 'off';
  return true;
}

export interface Addressee {
  to: string;
  toKey: string;
  via: Via;
  viaRecruiter?: boolean;
}

/**
 * Who gets a message about the process, and how: the recruiter when there is one (a call only
 * when one fits the moment), else the first interviewer the preferred channel suits, else the
 * first interviewer by their channel, else the company by email.
 */
export function addressee(e: Entry, s: Settings, moment: When, preferred?: Via): Addressee {
  const r = e.recruiter;
  if (r) {
    const wantsCall = preferred === 'phone' || preferred === 'voicemail';
    const via: Via = wantsCall ? (callable(moment) ? preferred : 'email') : preferred && preferred !== 'letter' ? preferred : 'email';
    return { to: r.name, toKey: r.key, via, viaRecruiter: true };
  }
  if (preferred) {
    const p = e.interviewers.find((q) => accepted(e, q, preferred, s));
    if (p) return { to: p.name, toKey: p.key, via: preferred };
  }
  const p = e.interviewers.find((q) => q.email || q.phoneOk) ?? e.interviewers[0];
  if (p) return { to: p.name, toKey: p.key, via: followUpVia(p, s) };
  return { to: e.company, toKey: '', via: 'email' };
}
