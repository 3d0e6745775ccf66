/** The golden journal of the statistics tests (stats, report-html) and how they analyse it. */
import { Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { StatsGroupInput } from '../../src/core/stats';
import { entry } from './helpers';

/** The golden journal: five companies, six entries, one note. Clock: Mon 30 Nov 2026 12:00. */
export const GOLDEN: Record<string, string> = {
  'j/acme-onsite.md': entry([
    'company: Acme',
    'role: Engineer',
    'round: onsite',
    'interview: 2026-11-20 14:00',
    'interviewers:',
    '  - Jason Lee',
    '  - name: Maria Diaz',
    '    email: maria@acme.com',
    'decision_by: 2026-11-27',
    'contacts:',
    '  - { date: 2026-11-20 18:00, to: Maria Diaz, via: email, kind: thank-you }',
    '  - { date: 2026-11-20 18:05, to: Jason Lee, via: letter, kind: thank-you }',
    '  - { date: 2026-11-24, from: Maria Diaz, via: email, kind: reply }',
  ]),
  'j/acme-screen.md': entry([
    'company: Acme',
    'role: Engineer',
    'round: phone screen',
    'interview: 2026-11-10',
    'interviewers:',
    '  - name: Jason Lee',
    '    email: jason@acme.com',
    'decision_by: 2026-11-12',
    'contacts:',
    '  - { date: 2026-11-10, to: Jason Lee, via: email, kind: thank-you }',
    '  - { date: 2026-11-12, from: Jason Lee, via: email, kind: other }',
  ]),
  'j/globex.md': entry([
    'company: Globex',
    'role: Lead',
    'round: final',
    'status: offer',
    'interview: 2026-11-16',
    'offer_deadline: 2026-12-04',
    'interviewers:',
    '  - name: Ann Park',
    '    email: ann@globex.com',
    'contacts:',
    '  - { date: 2026-11-16, to: Ann Park, via: email, kind: thank-you }',
    '  - { date: 2026-11-23, from: Ann Park, via: phone, kind: offer }',
  ]),
  'j/initech.md': entry([
    'company: Initech',
    'role: Developer',
    'interview: 2026-11-18',
    'interviewers:',
    '  - name: Bob Stone',
    '    email: bob@initech.com',
    'contacts:',
    '  - { date: 2026-11-18, to: Bob Stone, via: email, kind: thank-you }',
    '  - { date: 2026-11-25, to: Bob Stone, via: email, kind: check-in }',
  ]),
  'j/umbrella.md': entry([
    'company: Umbrella',
    'role: Engineer',
    'status: rejected',
    'interview: 2026-10-05',
    'interviewers:',
    '  - Carl Ruiz',
    'contacts:',
    '  - { date: 2026-10-05, to: Carl Ruiz, via: email, kind: thank-you }',
    '  - { date: 2026-10-12, from: Carl Ruiz, via: email, kind: rejection }',
  ]),
  'j/hooli.md': entry(['company: Hooli', 'role: Engineer', 'interview: 2026-12-03 10:00', 'interviewers:', '  - Gavin Belson']),
  'j/notes.md': '# Notes\n\nNot an entry.\n',
};

const TODAY = '2026-11-30';

function settingsAt(today: string): Settings {
  return { ...DEFAULT_SETTINGS, today, now: '' };
}

/** A journal's results and plans, as the CLI and the dashboard hand them to computeStats. */
export function groupOf(name: string, files: Record<string, string>, today = TODAY): StatsGroupInput {
  const j = new Journal(settingsAt(today));
  for (const [p, t] of Object.entries(files)) j.setFile(p, t);
  j.refresh();
  return { name, now: j.now(), items: j.all().map((result) => ({ path: result.path, result, plan: () => j.plan(result.path) })) };
}
