/**
 * The text of a new entry: one template for New Interview, New Interview from Invitation and
 * the CLI's `new`, so an entry starts the same wherever it is made. (No calendar parser here:
 * New Interview loads this at activation.)
 */
import { formatWhen, parseWhen } from './civil';
import { EditError, entryFileName, yamlScalar } from './edits';
import type { InvitePerson } from './invite';

export { entryFileName };

export interface NewEntry {
  company: string;
  role: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  interview: string;
  /** Known interviewers; none: commented examples to fill in. */
  interviewers?: readonly InvitePerson[];
  /** Lines of the body before `## Notes` (e.g. the invitation's location and link). */
  body?: readonly string[];
  eol?: string;
}

/** The text of a new entry: the front matter keys to fill in and a Notes section. */
export function newEntryText(e: NewEntry): string {
  const eol = e.eol ?? '\n';
  const company = e.company.trim();
  const role = e.role.trim();
  if (!company) throw new EditError('A new entry needs a company.');
  if (!role) throw new EditError('A new entry needs a role.');
  const p = parseWhen(e.interview.trim(), true);
  if (!p.ok) throw new EditError(`The interview date ${p.reason}.`);
  const people = (e.interviewers ?? []).filter((x) => x.name.trim());
  const interviewers = people.length
    ? people.flatMap((x) => (x.email ? [`  - name: ${yamlScalar(x.name.trim())}`, `    email: ${yamlScalar(x.email.trim())}`] : [`  - ${yamlScalar(x.name.trim())}`]))
    : ['  # - Jason Lee', '  # - {name: Priya Shah, title: Engineering Manager, email: priya@example.com, phone_ok: false, linkedin_ok: false}'];
  const lines = [
    '---',
    `company: ${yamlScalar(company)}`,
    `role: ${yamlScalar(role)}`,
    `interview: ${formatWhen(p.when)}`,
    '# round: phone screen',
    'status: active',
    'interviewers:',
    ...interviewers,
    '# recruiter: {name: Sam Rivera, agency: Northstar, email: sam@northstar.example}',
    '# decision_by: YYYY-MM-DD   (ask when they will decide)',
    'contacts:',
    '---',
    '',
    ...(e.body ?? []),
    '## Notes',
    '',
    '',
  ];
  return lines.join(eol);
}
