/**
 * Guesses of the company and the role from an invitation's title and addresses, for the user
 * to confirm (New Interview from Invitation, the CLI's `new --from-ics`).
 */
import type { InviteEvent } from './invite';

/** Domains that name a mail or scheduling service, not an employer. */
const GENERIC_DOMAINS =
  /(?:^|\.)(?:gmail|googlemail|google|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|zoom|calendly|greenhouse|lever|goodtime|ashbyhq|workday|myworkday|smartrecruiters|icims|microsoft|office365|example)\.[a-z.]+$/i;

const INTERVIEW_WORDS = /\b(?:interviews?|phone screen|screening|screen|onsite|on-site|loop|final round|technical|chat|call|meeting|conversation|round \d+|canceled|cancelled|rescheduled|invitation|updated)\b/gi;

/** A guess of the company: the summary's words that match the organizer's domain, else the domain. */
export function guessCompany(ev: Pick<InviteEvent, 'summary' | 'organizer' | 'people'>): string {
  const domains = [ev.organizer, ...ev.people].map((p) => p?.email?.split('@')[1]?.toLowerCase()).filter((d): d is string => !!d && !GENERIC_DOMAINS.test(d));
  const domain = domains[0];
  const label = domain ? domainLabel(domain) : undefined;
  const summary = ev.summary;
  if (label) {
    // "Acme Corp - ..." with acme-corp.com: the summary's spelling of the name.
    const words = summary.split(/[^\p{L}\p{N}&.'-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const flat = label.replace(/[^a-z0-9]/g, '');
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const phrase = words.slice(i, i + n).join(' ');
        const f = phrase.toLowerCase().replace(/[^a-z0-9]/g, '');
        if (f && (f === flat || (f.length >= 3 && flat.startsWith(f) && n === 1))) return phrase;
      }
    }
  }
  const at = /\b(?:at|with|@)\s+([\p{Lu}][\p{L}\p{N}&.'-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'-]*){0,3})/u.exec(summary);
  if (at && !domain) return at[1].replace(/[.]$/, '');
  if (label) return label.split(/[-.]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  if (at) return at[1];
  const paren = /\(([^)]+)\)\s*$/.exec(summary);
  return paren ? paren[1].trim() : '';
}

function domainLabel(domain: string): string {
  const parts = domain.split('.');
  // acme.co.uk -> acme; jobs.acme.com -> acme
  const sld = parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2]) ? parts[parts.length - 3] : parts[parts.length - 2];
  return sld ?? domain;
}

/** A guess of the role: what is left of the summary without the company and the interview words. */
export function guessRole(summary: string, company: string): string {
  let s = summary;
  if (company) s = s.replace(new RegExp(escapeRe(company), 'gi'), ' ');
  s = s.replace(/^\s*(?:canceled|cancelled|updated invitation|invitation|updated|fwd?|re)\s*:\s*/i, '');
  const parts = s
    .split(/\s+[-–—|]\s+|\s*[|:<>()[\]]\s*|\s+x\s+|\s+(?:for|at|with)\s+(?:the\s+)?/i)
    .map((p) => p.replace(INTERVIEW_WORDS, ' ').replace(/\s+/g, ' ').replace(/^[\s,&-]+|[\s,&-]+$/g, '').trim())
    .filter((p) => p && /\p{L}/u.test(p) && !/^(?:the|a|an|position|role|job)$/i.test(p));
  const roleLike = parts.find((p) => /\b(?:engineer|developer|manager|designer|analyst|scientist|lead|director|architect|sre|reliability|consultant|specialist|intern|administrator|officer|head|vp|product|data|software)\b/i.test(p));
  return (roleLike ?? parts[0] ?? '').replace(/\s+(?:position|role)$/i, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The company and role an invitation suggests (to be confirmed by the user). */
export function guessCompanyRole(ev: InviteEvent): { company: string; role: string } {
  const company = guessCompany(ev);
  return { company, role: guessRole(ev.summary, company) };
}
