/** What each key and value of the front matter means, in one line, for completion and hover. */
import type { ContactKind, RuleId, Status, Via } from '../types';

export const DOCS = 'https://github.com/interview-journal/interview-journal/blob/main/docs';

export const TOP_KEY_MEANINGS: Record<string, string> = {
  company: 'The employer (required). Spell it as in its other rounds.',
  role: 'The position (required).',
  interview: 'When this interview took or takes place: YYYY-MM-DD or YYYY-MM-DD HH:mm (required).',
  round: 'Which round: phone screen, onsite, final ...',
  status: 'Where the process stands: active (default), offer, or closed (accepted, declined, rejected, withdrawn, closed).',
  interviewers: 'Who interviewed you (at least one): names, or maps with name, title, email, phone_ok, linkedin_ok.',
  recruiter: 'The agency recruiter, when the interview came through one: name, agency, email, phone.',
  decision_by: 'When they said they would decide (ask at the end of every interview): YYYY-MM-DD.',
  no_follow_up: 'true when they asked you not to follow up.',
  promised: 'You told them you would follow up by this date (or a map: by, via).',
  offer_deadline: 'When an offer must be answered: YYYY-MM-DD.',
  contacts: 'Every message, call or letter, both ways: date, to or from, via, kind, note.',
  ignore: 'Rule ids switched off for this file.',
  tags: 'Free tags.',
};

export const INTERVIEWER_KEY_MEANINGS: Record<string, string> = {
  name: 'Their name, as you will write it in contacts (required).',
  title: 'Their job title.',
  email: 'Their email, only if they gave it to you.',
  phone_ok: 'true when they invited you to call.',
  linkedin_ok: 'true when they invited a LinkedIn connection.',
};

export const RECRUITER_KEY_MEANINGS: Record<string, string> = {
  name: 'The recruiter\'s name (required).',
  agency: 'Their agency.',
  email: 'Their email.',
  phone: 'Their phone number.',
};

export const CONTACT_KEY_MEANINGS: Record<string, string> = {
  date: 'When: YYYY-MM-DD or YYYY-MM-DD HH:mm (required).',
  to: 'You contacted them: an interviewer, the recruiter or anyone (or from:).',
  from: 'They contacted you: any from contact means you heard back (or to:).',
  via: 'The channel: email, phone, voicemail, letter, linkedin, text, video, in-person (required).',
  kind: 'What it was: thank-you, check-in, informational, update-request, debrief, reply, offer, rejection, other (required).',
  note: 'A few words on what it was about.',
};

export const PROMISED_KEY_MEANINGS: Record<string, string> = {
  by: 'The date you said you would follow up by (required).',
  via: 'The channel you said you would use.',
};

/** The keys of the map at a path shape (see outline.shape), with their meanings. */
export function keysFor(shape: string): Record<string, string> | undefined {
  switch (shape) {
    case '':
      return TOP_KEY_MEANINGS;
    case 'interviewers/#':
      return INTERVIEWER_KEY_MEANINGS;
    case 'recruiter':
      return RECRUITER_KEY_MEANINGS;
    case 'contacts/#':
      return CONTACT_KEY_MEANINGS;
    case 'promised':
      return PROMISED_KEY_MEANINGS;
    default:
      return undefined;
  }
}

export const STATUS_MEANINGS: Record<Status, string> = {
  active: 'Still in process: follow-ups are planned.',
  offer: 'They made you an offer: answer it by its deadline.',
  accepted: 'You accepted their offer (closed: no more follow-ups).',
  declined: 'You declined (closed).',
  rejected: 'They turned you down (closed).',
  withdrawn: 'You withdrew (closed).',
  closed: 'Over for another reason (closed).',
};

export const VIA_MEANINGS: Record<Via, string> = {
  email: 'An email (to an address they gave you).',
  phone: 'A call that reached them (only when they invited calls).',
  voicemail: 'A voicemail you left (counts as a call).',
  letter: 'A letter or handwritten note by post.',
  linkedin: 'A LinkedIn message or connection request (only when invited, or per the LinkedIn setting).',
  text: 'A text message.',
  video: 'A video call.',
  'in-person': 'Face to face.',
};

export const KIND_MEANINGS: Record<ContactKind, string> = {
  'thank-you': 'Thanks after the interview: one to each interviewer, within the thank-you window.',
  'check-in': 'Asking where they are, once their decision date has passed.',
  informational: 'An article or news they may like, nothing about the job; at most once a week.',
  'update-request': 'Asking for an update, e.g. because another offer arrived.',
  debrief: 'Telling the agency recruiter how the interview went.',
  reply: 'Their answer (with from:): you heard back.',
  offer: 'They made you an offer (with from:).',
  rejection: 'They turned you down (with from:).',
  other: 'Anything else.',
};

/** The kinds that answer you, offered first after `from:`. */
export const ANSWER_KINDS: readonly ContactKind[] = ['reply', 'offer', 'rejection'];

/** A rule without a line here (a new one) is summarised by ruleSummary's fallback. */
export const RULE_SUMMARIES: Partial<Record<RuleId, string>> = {
  'thank-you-overdue': 'Each interviewer should get a thank-you within the thank-you window after the interview.',
  'recruiter-debrief': 'With an agency recruiter: debrief them by the end of the day after the interview.',
  'decision-date-missing': 'Ask when they will decide and write it as decision_by.',
  'follow-up-too-early': 'A check-in before the decision date (plus a few days) is too early.',
  'too-many-follow-ups': 'After this many unanswered check-ins, move on.',
  'too-frequent': 'Leave a few days between two messages to the same company (thank-yous aside).',
  'informational-too-often': 'Informational notes at most once a week per company.',
  'asked-not-to-follow-up': 'They asked you not to follow up: no more messages.',
  'phone-not-invited': 'Call or leave a voicemail only when they invited calls (phone_ok).',
  'linkedin-not-invited': 'Connect on LinkedIn only when invited (linkedin_ok) or per the LinkedIn setting.',
  'email-not-given': 'Email only people who gave you their address.',
  'recruiter-bypass': 'With a recruiter, let them handle the follow-up rather than writing to the company.',
  'recruiter-after-hours': 'Contact recruiters during working hours.',
  'promise-overdue': 'You promised to follow up by a date: keep it.',
  'draft-too-long': 'Keep a message draft short.',
  'draft-following-up': 'Do not write "just following up": say something of value.',
  'draft-emoji': 'No emoji in a message to an employer.',
  'draft-placeholder': 'A draft still has a [placeholder] to fill in.',
  'invalid-front-matter': 'The front matter cannot be read.',
  'missing-field': 'A required key is missing.',
  'invalid-value': 'A value is not one the key accepts.',
  'invalid-date': 'A date that is not a real date or not in YYYY-MM-DD form.',
  'unknown-field': 'A key the journal does not know (often a typo).',
  'unknown-person': 'A contact names someone who is not an interviewer or the recruiter.',
  'internal-error': 'Interview Journal itself failed on this file; please report it.',
};

export const ruleLink = (id: string): string => `${DOCS}/rules.md#${id}`;

export const ruleSummary = (id: RuleId): string => RULE_SUMMARIES[id] ?? 'See the rule\'s documentation.';

/** Keys whose value is a date; `timed`: a time of day is allowed. */
export const DATE_KEYS: Record<string, { timed: boolean }> = {
  interview: { timed: true },
  decision_by: { timed: false },
  offer_deadline: { timed: false },
  promised: { timed: false },
  'promised/by': { timed: false },
  'contacts/#/date': { timed: true },
};

export const BOOLEAN_KEYS = new Set(['no_follow_up', 'interviewers/#/phone_ok', 'interviewers/#/linkedin_ok']);
