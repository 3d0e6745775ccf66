// Deterministic synthetic journals for the benchmark: realistic entries of about 4 KB each
// (two interviewers, 2-10 contacts with a note, a ~250-word body, some drafts and tasks,
// companies with one to four rounds). Same seed, same files, on every machine.
//
// Frequencies (stated in docs/performance.md; change them there too):
//   closed or offer status 15% · recruiter 30% · decision_by 60% · promised 10%
//   thank-yous to both interviewers first 85% · a contact by a channel not given 10%
//   a "## Draft" section 15% (40% of them with a link and emphasis) · a task list 15% (30% of
//   them with a link in an item), independently
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PARAMS = {
  seed: 42,
  statusOther: 0.15,
  recruiter: 0.3,
  decisionBy: 0.6,
  promised: 0.1,
  draft: 0.15,
  tasks: 0.15,
  draftMarkup: 0.4,
  thankBoth: 0.85,
  sloppy: 0.1,
  taskMarkup: 0.3,
  contacts: '2-10',
  noteWords: '22-37',
  bodyWords: 250,
  roundsPerCompany: '1-4',
  filesPerFolder: 500,
};

// The "busy" profile: a journal kept carelessly. Every interviewer a map with an email, 8-14
// contacts, most to an interviewer by phone or LinkedIn (not invited) and a day or two apart
// (too frequent), 3 files a company: about 9 diagnostics an entry.
export const BUSY = {
  ...PARAMS,
  profile: 'busy',
  thankBoth: 0.5,
  sloppy: 0.8,
  contacts: '10-16',
  daysBetweenContacts: 1,
  interviewerEmails: 'all',
  roundsPerCompany: 3,
};

export const PROFILES = { default: PARAMS, busy: BUSY };

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jason', 'Maria', 'Priya', 'Tom', 'Aisha', 'Lena', 'Omar', 'Chen', 'Sofia', 'Diego', 'Hana', 'Ben', 'Ines', 'Kofi', 'Yuki', 'Nora'];
const LAST = ['Lee', 'Garcia', 'Patel', 'Okafor', 'Müller', 'Nguyen', 'Rossi', 'Kim', 'Silva', 'Haddad', 'Berg', 'Novak', 'Sato', 'Adeyemi'];
const ROLES = ['Senior Backend Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager', 'Frontend Developer', 'Site Reliability Engineer', 'Product Manager'];
const ROUNDS = ['phone screen', 'technical', 'onsite', 'final'];
const WORDS = ('we talked about the team roadmap and how they ship small changes every day the manager asked about a hard project I led and how I handled a conflict with a stakeholder ' +
  'they use typescript postgres and kafka and care about testing and on call load I asked about growth paths mentoring and how decisions are made the office is hybrid with two days a week on site ' +
  'observability architecture migration onboarding responsibilities interviewer compensation expectations collaboration distributed reliability incident retrospective').split(' ');
const QUESTIONS = ['How do you measure success in the first ninety days?', 'What does the on-call rotation look like for this team?', 'How are technical decisions made and written down?', 'What is the biggest challenge the team faces this year?', 'How does the team handle code review and testing?', 'What would the next steps and the timeline be?'];
const VIAS = ['email', 'email', 'email', 'phone', 'linkedin', 'letter', 'video'];
const KINDS_TO = ['thank-you', 'check-in', 'informational', 'update-request', 'other'];

const pad = (n) => String(n).padStart(2, '0');
function day(base, add) {
  const d = new Date(Date.UTC(2026, 0, 1) + (base + add) * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** One entry. `company` and `round` come from the caller (several rounds share a company). */
export function entryText(r, company, round, P = PARAMS) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const base = Math.floor(r() * 320);
  const people = [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`];
  const email = (p) => `${p.split(' ')[0].toLowerCase()}.${p.split(' ')[1].toLowerCase()}@example.com`;
  const lines = ['---', `company: ${company}`, `role: ${pick(ROLES)}`, `round: ${ROUNDS[round % ROUNDS.length]}`, `interview: ${day(base, 0)} ${pad(9 + Math.floor(r() * 8))}:00`];
  if (r() < P.statusOther) lines.push(`status: ${pick(['rejected', 'offer', 'withdrawn', 'declined'])}`);
  lines.push('interviewers:');
  lines.push(`  - name: ${people[0]}`, `    title: ${pick(ROLES)}`, `    email: ${email(people[0])}`);
  // The second interviewer: a map (half with an email, some inviting LinkedIn) or a bare name.
  const hasEmail = [true, false];
  const linkedinOk = [false, false];
  if (P.interviewerEmails === 'all' || r() < 0.5) {
    hasEmail[1] = P.interviewerEmails === 'all' || r() < 0.5;
    linkedinOk[1] = r() < 0.3;
    lines.push(`  - name: ${people[1]}`, `    title: ${pick(ROLES)}`, ...(hasEmail[1] ? [`    email: ${email(people[1])}`] : []), ...(linkedinOk[1] ? ['    linkedin_ok: true'] : []));
  } else lines.push(`  - ${people[1]}`);
  if (r() < P.recruiter) {
    const rec = `${pick(FIRST)} ${pick(LAST)}`;
    lines.push('recruiter:', `  name: ${rec}`, '  agency: Talent Partners', `  email: ${email(rec)}`);
  }
  if (r() < P.decisionBy) lines.push(`decision_by: ${day(base, 7)}`);
  if (r() < P.promised) lines.push(`promised: {by: ${day(base, 10)}, via: email}`);
  lines.push('contacts:');
  // A journal mostly kept in order: thank-yous to both interviewers first (usually), messages by
  // a channel the person gave; about one contact in ten breaks an etiquette rule.
  const [cMin, cMax] = P.contacts.split('-').map(Number);
  const n = cMin + Math.floor(r() * (cMax - cMin + 1));
  for (let c = 0; c < n; c++) {
    const thanks = c < 2 && r() < P.thankBoth;
    const to = thanks || r() < 0.6;
    const who = thanks ? c : Math.floor(r() * 2);
    const sloppy = r() < P.sloppy;
    const via = to && !sloppy ? (hasEmail[who] ? 'email' : linkedinOk[who] ? 'linkedin' : 'letter') : P.profile === 'busy' && to ? pick(['phone', 'linkedin']) : pick(VIAS);
    lines.push(
      `  - date: ${day(base, thanks ? 0 : Math.floor(c * (P.daysBetweenContacts ?? 2.5)))}${r() < 0.3 ? ` ${pad(8 + Math.floor(r() * 10))}:30` : ''}`,
      `    ${to ? 'to' : 'from'}: ${people[who]}`,
      `    via: ${via}`,
      `    kind: ${to ? (thanks ? 'thank-you' : pick(KINDS_TO)) : pick(['reply', 'other', 'offer'])}`,
      `    note: ${words(22 + Math.floor(r() * 16))}`,
    );
  }
  lines.push(`tags: [${pick(['remote', 'hybrid', 'onsite'])}, ${pick(['fintech', 'health', 'saas'])}]`, '---', '', '# Notes', '');
  for (let p = 0; p < 5; p++) lines.push(words(P.bodyWords / 5), '');
  lines.push('## Questions I asked', '');
  for (let q = 0; q < 4; q++) lines.push(`- ${pick(QUESTIONS)}`);
  lines.push('');
  if (r() < P.draft) {
    lines.push(`## Draft: thank-you to ${people[0]}`, '', `Hi ${people[0].split(' ')[0]},`, '', words(60), '');
    // Some drafts have markdown (a link, emphasis): those go through remark.
    if (r() < P.draftMarkup) lines.push(`Here is my [portfolio](https://example.com/portfolio) with the *case study* we discussed.`, '');
    lines.push('Best,', 'Sam', '');
  }
  if (r() < P.tasks) {
    lines.push('## Tasks', '', `- [ ] send the portfolio link due:${day(base, 3)}`, '- [x] research the team');
    if (r() < P.taskMarkup) lines.push(`- [ ] read [their engineering blog](https://example.com/blog) due:${day(base, 2)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The n entries as [relative path, text], deterministic for a seed. */
export function* entries(n, seed = PARAMS.seed, P = PARAMS) {
  const r = rng(seed);
  let company = 0;
  let roundsLeft = 0;
  let round = 0;
  for (let i = 0; i < n; i++) {
    if (roundsLeft === 0) {
      company++;
      roundsLeft = typeof P.roundsPerCompany === 'number' ? P.roundsPerCompany : 1 + Math.floor(r() * 4);
      round = 0;
    }
    const text = entryText(r, `Company ${company}`, round++, P);
    roundsLeft--;
    yield [join(`batch-${Math.floor(i / PARAMS.filesPerFolder)}`, `${String(i).padStart(5, '0')}-company-${company}.md`), text];
  }
}

/** Writes n entries into dir (recreated). Returns the total bytes. */
export function generate(dir, n, seed = PARAMS.seed, P = PARAMS) {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set();
  for (const [rel, text] of entries(n, seed, P)) {
    const sub = join(dir, rel, '..');
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, rel), text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n, profile = 'default'] = process.argv.slice(2);
  console.log(generate(dir, Number(n), PARAMS.seed, PROFILES[profile]));
}
