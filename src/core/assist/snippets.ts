/**
 * The snippets that carry a date or belong in the front matter. They are completion items of the
 * extension's own provider, not entries of the snippets file: VS Code reads the front matter as
 * an embedded YAML region where markdown snippets are never offered, and snippet variables use
 * the real clock while the journal may pin another day. `$TODAY` and `$NOW` stand for the
 * journal's clock (see bodyOf); the rest is VS Code snippet syntax.
 */
import { formatDate, formatTime } from '../civil';
import type { Minutes } from '../types';

export type SnippetPlace =
  /** A file without front matter, at its start. */
  | 'start'
  /** The markdown body. */
  | 'body'
  /** A top-level key of the front matter. */
  | 'top'
  /** An item of `interviewers:`. */
  | 'interviewers'
  /** An item of `contacts:`. */
  | 'contacts';

export interface ClockSnippet {
  prefix: string;
  name: string;
  place: SnippetPlace;
  description: string;
  body: string[];
}

const VIA_CHOICE = (first: string) => `\${2|${[first, ...['email', 'phone', 'voicemail', 'letter', 'linkedin', 'text', 'video', 'in-person'].filter((v) => v !== first)].join(',')}|}`;

function contact(prefix: string, name: string, description: string, kind: string, firstVia: string, note: string, to = 'Interviewer Name'): ClockSnippet {
  return {
    prefix,
    name,
    place: 'contacts',
    description,
    body: ['- date: $TODAY', `  to: \${1:${to}}`, `  via: ${VIA_CHOICE(firstVia)}`, `  kind: ${kind}`, `  note: \${3:${note}}`, '$0'],
  };
}

export const CLOCK_SNIPPETS: readonly ClockSnippet[] = [
  {
    prefix: 'ij-entry',
    name: 'Interview Journal: new entry',
    place: 'start',
    description:
      'A new interview entry: front matter dated today (the date and time are one tab stop: type over them), status, an interviewer, an empty contact log and a Notes section. Add decision_by when they tell you when they will decide (ask at the end of the interview).',
    body: [
      '---',
      'company: ${1:Company}',
      'role: ${2:Role}',
      'interview: ${3:$TODAY 10:00}',
      'round: ${4:phone screen}',
      'status: ${5:active}',
      'interviewers:',
      '  - ${6:Interviewer Name}',
      '# decision_by: YYYY-MM-DD   (ask at the end of the interview when they will decide)',
      'contacts: []',
      '---',
      '',
      '# ${1} - ${2}',
      '',
      '## Notes',
      '',
      '- Next steps and their timeframe: ${7}',
      '- Something specific we discussed (for the thank-you): ${8}',
      '',
      '$0',
    ],
  },
  {
    prefix: 'ij-interviewer',
    name: 'Interview Journal: interviewer',
    place: 'interviewers',
    description:
      'An interviewer in map form (an item of interviewers:). Fill in email only if they gave it to you; set phone_ok / linkedin_ok to true only when they invited a call or a LinkedIn connection.',
    body: ['- name: ${1:Interviewer Name}', '  title: ${2:Title}', '  email: ${3}', '  phone_ok: ${4|false,true|}', '  linkedin_ok: ${5|false,true|}', '$0'],
  },
  {
    prefix: 'ij-recruiter',
    name: 'Interview Journal: recruiter',
    place: 'top',
    description: 'The agency recruiter (a top-level recruiter: block), when the interview came through one: debrief them after the interview and let them handle the follow-up.',
    body: ['recruiter:', '  name: ${1:Recruiter Name}', '  agency: ${2:Agency}', '  email: ${3}', '  phone: ${4}', '$0'],
  },
  contact('ij-thank-you', 'Interview Journal: contact, thank-you', 'Log a thank-you you sent today (an item of contacts:): one to each interviewer, within 24 hours.', 'thank-you', 'email', 'thanked them for their time'),
  contact('ij-check-in', 'Interview Journal: contact, check-in', 'Log a check-in you sent today, once their decision date has passed (an item of contacts:).', 'check-in', 'email', 'asked about their timeline'),
  contact('ij-informational', 'Interview Journal: contact, informational', 'Log an informational note you sent today: an article or news they may find useful, at most once a week (an item of contacts:).', 'informational', 'email', 'shared an article'),
  contact('ij-update-request', 'Interview Journal: contact, update request', 'Log an update request you sent today, e.g. because another offer arrived (an item of contacts:).', 'update-request', 'email', 'told them about another offer and asked for an update'),
  contact('ij-debrief', 'Interview Journal: contact, recruiter debrief', "Log today's debrief with the agency recruiter about how the interview went (an item of contacts:).", 'debrief', 'phone', 'talked through how the interview went', 'Recruiter Name'),
  {
    prefix: 'ij-reply',
    name: 'Interview Journal: contact, reply from them',
    place: 'contacts',
    description: 'Log a message they sent you today (an item of contacts:, from them): a reply, an offer or a rejection. Any from contact means you heard back.',
    body: ['- date: $TODAY', '  from: ${1:Interviewer Name}', '  via: ${2|email,phone,voicemail,letter,linkedin,text,video,in-person|}', '  kind: ${3|reply,offer,rejection,other|}', '  note: ${4:what they said}', '$0'],
  },
  {
    prefix: 'ij-contact',
    name: 'Interview Journal: contact, any kind',
    place: 'contacts',
    description: 'Log any contact (an item of contacts:): pick the direction, channel and kind.',
    body: [
      '- date: $TODAY',
      '  ${1|to,from|}: ${2:Interviewer Name}',
      '  via: ${3|email,phone,voicemail,letter,linkedin,text,video,in-person|}',
      '  kind: ${4|thank-you,check-in,informational,update-request,debrief,reply,offer,rejection,other|}',
      '  note: ${5:what it was about}',
      '$0',
    ],
  },
  {
    prefix: 'ij-task',
    name: 'Interview Journal: task',
    place: 'body',
    description: 'A task-list item with a due date; it becomes a step in the Next steps view.',
    body: ['- [ ] ${1:Send a handwritten thank-you note} due:${2:$TODAY}', '$0'],
  },
];

/** The people of the entry, to fill the contact snippets' names in place of "Interviewer Name" and "Recruiter Name". */
export interface SnippetNames {
  interviewer?: string;
  recruiter?: string;
}

/** Text as a snippet's literal: `$`, `}` and `\` escaped. */
const literal = (t: string) => t.replace(/[$}\\]/g, (c) => `\\${c}`);

/** A snippet's body with the journal's clock in place of `$TODAY` and `$NOW`, and the entry's people when known. */
export function bodyOf(s: ClockSnippet, now: Minutes, names: SnippetNames = {}): string {
  const today = formatDate(now);
  let body = s.body.join('\n').replace(/\$TODAY/g, today).replace(/\$NOW/g, `${today} ${formatTime(now)}`);
  if (s.place === 'contacts') {
    if (names.interviewer) body = body.replace(':Interviewer Name}', `:${literal(names.interviewer)}}`);
    if (names.recruiter) body = body.replace(':Recruiter Name}', `:${literal(names.recruiter)}}`);
  }
  return body;
}
