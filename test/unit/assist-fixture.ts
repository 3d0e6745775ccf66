/** A small journal for the assistance tests: two rounds at Acme, one at Globex, the clock pinned to Mon 23 Nov 2026 12:00. */
import { Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { linesOf, worldOf, type Lines, type World } from '../../src/core/assist';

export const PHONE = [
  '---',
  'company: Acme',
  'role: Platform Engineer',
  'round: phone screen',
  'interview: 2026-11-10 14:00',
  'interviewers:',
  '  - Jason Lee',
  'recruiter:',
  '  name: Rita Moreno',
  '  agency: TalentCo',
  'contacts:',
  '  - {date: 2026-11-10, to: Jason Lee, via: email, kind: thank-you}',
  '  - {date: 2026-11-12, from: Rita Moreno, via: phone, kind: reply}',
  '---',
  '',
].join('\n');

export const ONSITE = [
  '---', //                                 0
  'company: Acme', //                       1
  'role: Platform Engineer', //             2
  'round: onsite', //                       3
  'interview: 2026-11-20 14:00', //         4
  'interviewers:', //                       5
  '  - Priya Shah', //                      6
  '  - name: Tom Hill', //                  7
  '    email: tom@acme.example', //         8
  'decision_by: 2026-12-01', //             9
  'contacts:', //                           10
  '  - date: 2026-11-20', //                11
  '    to: Priya Shah', //                  12
  '    via: email', //                      13
  '    kind: thank-you', //                 14
  '---', //                                 15
  '',
  '## Notes',
  '',
].join('\n');

export const GLOBEX = ['---', 'company: Globex', 'role: Data Engineer', 'interview: 2026-11-19', 'interviewers: [Ann Bell]', '---', ''].join('\n');

export const PATHS = { phone: 'j/acme-phone.md', onsite: 'j/acme-onsite.md', globex: 'j/globex.md' };

export function journal(files: Record<string, string> = { [PATHS.phone]: PHONE, [PATHS.onsite]: ONSITE, [PATHS.globex]: GLOBEX }, today = '2026-11-23'): Journal {
  const j = new Journal({ ...DEFAULT_SETTINGS, today });
  for (const [p, t] of Object.entries(files)) j.setFile(p, t);
  j.refresh();
  return j;
}

/** A document with a `|` marking the cursor: its lines (marker removed) and the cursor. */
export function cursor(doc: string): { lines: Lines; line: number; character: number; text: string } {
  const i = doc.indexOf('|');
  if (i < 0) throw new Error('no | in the document');
  const text = doc.slice(0, i) + doc.slice(i + 1);
  const before = doc.slice(0, i).split('\n');
  return { lines: linesOf(text), line: before.length - 1, character: before[before.length - 1].length, text };
}

/** The document put in the journal at `path` (as the editor does on each change) and its world. */
export function worldFor(j: Journal, path: string, text: string): World {
  j.setFile(path, text);
  j.refresh();
  return worldOf(j, path);
}
