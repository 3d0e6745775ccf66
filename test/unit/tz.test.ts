/**
 * Dates do not depend on where the user lives: every diagnostic, every next step and
 * the calendar of a set of representative entries (timed and date-only interviews, contacts
 * across the DST changes of 2026-03-08 (US), 2026-03-29 (EU) and 2026-11-01 (US), the leap day
 * 2028-02-29, the new year 2026-12-31 -> 2027-01-01) are pinned below, so the suite fails in any
 * zone that differs (`npm run test:unit` runs it once per zone). The test also runs this very
 * file as a plain node script in a child process per zone (UTC, America/Los_Angeles,
 * Asia/Kolkata, Pacific/Kiritimati, Pacific/Pago_Pago) and compares the outputs.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { civil, formatWhen, parseWhen, realNow } from '../../src/core/civil';
import { calendarFromResults } from '../../src/core/ics';
import { analyze, type FileResult } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { When } from '../../src/core/types';

const ZONES: [string, number][] = [
  // [zone, Date#getTimezoneOffset() on 2026-07-01, to prove the child really ran in it]
  ['UTC', 0],
  ['America/Los_Angeles', 420],
  ['Asia/Kolkata', -330],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
];

const FILES: Record<string, string> = {
  // US spring forward (2026-03-08 02:00 does not exist in America): thank-yous 23:30 and 24:30 (wall clock)
  // after a timed interview; Pat Doe's is due 2026-03-08 17:00 local, 23 real hours later in America.
  'us-spring.md': `---
company: Northwind
role: Backend Engineer
interview: 2026-03-07 17:00
interviewers:
  - Jason Lee
  - name: Maria Chen
    email: maria@northwind.example
  - Pat Doe
contacts:
  - {date: 2026-03-08 16:30, to: Jason Lee, via: email, kind: thank-you}
  - {date: 2026-03-08 17:30, to: Maria Chen, via: email, kind: thank-you}
  - {date: 2026-03-08 02:30, to: Maria Chen, via: email, kind: informational}
---
`,
  // EU spring forward (2026-03-29): a date-only interview, thank-you by the end of the next day
  // (Lia Moss's is overdue from 2026-03-30 00:00), a recruiter called at night and on Sunday.
  'eu-spring.md': `---
company: Contoso
role: Data Engineer
interview: 2026-03-28
interviewers: [Ana Lopez, Tom Berg, Lia Moss]
recruiter: {name: Sam Reed, agency: Hays, phone: "+44 20 1234"}
contacts:
  - {date: 2026-03-29 23:59, to: Ana Lopez, via: email, kind: thank-you}
  - {date: 2026-03-30 00:01, to: Tom Berg, via: email, kind: thank-you}
  - {date: 2026-03-29 02:30, to: Sam Reed, via: phone, kind: debrief}
  - {date: 2026-03-30 07:59, to: Sam Reed, via: phone, kind: check-in}
---
`,
  // US fall back (2026-11-01 01:00-02:00 happens twice): a check-in that is one or two days after
  // the last one depending on the hour, and a call to the recruiter on Sunday.
  'us-fall.md': `---
company: Fabrikam
role: SRE
interview: 2026-10-30 09:00
decision_by: 2026-10-31
interviewers:
  - {name: Lee Park, phone_ok: true, email: lee@fabrikam.example}
contacts:
  - {date: 2026-10-30 20:00, to: Lee Park, via: email, kind: thank-you}
  - {date: 2026-11-03 01:30, to: Lee Park, via: email, kind: check-in}
  - {date: 2026-11-04 01:29, to: Lee Park, via: phone, kind: check-in}
  - {date: 2026-11-06 01:30, to: Lee Park, via: email, kind: check-in}
---
`,
  'us-fall-recruiter.md': `---
company: Fabrikam
role: SRE II
interview: 2026-10-31 18:00
interviewers: [Kim Ode]
recruiter: Sam Reed
promised: {by: 2026-11-02, via: email}
contacts:
  - {date: 2026-11-01 01:30, to: Kim Ode, via: email, kind: thank-you}
  - {date: 2026-11-01 10:00, to: Sam Reed, via: phone, kind: debrief}
  - {date: 2026-11-02 08:00, to: Sam Reed, via: phone, kind: other}
---
`,
  // Leap day: a real date in 2028, an error in 2027; the check-in three days after it.
  'leap.md': `---
company: Litware
role: Analyst
interview: 2028-02-28 15:00
decision_by: 2028-02-29
offer_deadline: 2027-02-29
interviewers: [Ivy Chan]
contacts:
  - {date: 2028-02-29 09:00, to: Ivy Chan, via: email, kind: thank-you}
---
- [ ] send references due:2028-02-29
- [ ] bad date due:2027-02-29
`,
  // New year: a timed interview on 2026-12-31, the thank-you due on 2027-01-01.
  'new-year-timed.md': `---
company: Adatum
role: Designer
interview: 2026-12-31 16:00
interviewers: [Nia Blue]
---
`,
  // New year: date-only, no decision date: check-in 14 days later, across the year.
  'new-year-date.md': `---
company: Tailspin
role: PM
interview: 2026-12-31
interviewers: [Omar Fay]
promised: 2027-01-01
contacts:
  - {date: 2027-01-01 00:00, to: Omar Fay, via: email, kind: thank-you}
---
`,
  'offer.md': `---
company: Proseware
role: Engineer
status: offer
offer_deadline: 2027-01-01
interview: 2026-12-01
interviewers: [Rae Kim]
contacts:
  - {date: 2026-12-02, to: Rae Kim, via: email, kind: thank-you}
  - {date: 2026-12-30 17:00, from: Rae Kim, via: phone, kind: offer}
---
`,
  'closed.md': `---
company: Wingtip
role: Engineer
status: rejected
interview: 2026-03-08 02:30
interviewers: [Uma Vos]
---
`,
};

/** Planning clocks: at each transition, inside the skipped or repeated hour, either side of a due time and of midnight. */
const CLOCKS = [
  { now: '2026-03-08T02:30' },
  { now: '2026-03-08T16:59' },
  { now: '2026-03-08T17:01' },
  { today: '2026-03-29' },
  { now: '2026-03-29T23:59' },
  { now: '2026-03-30T00:00' },
  { now: '2026-11-01T01:30' },
  { now: '2026-11-04T12:00' },
  { now: '2026-12-31T23:59' },
  { now: '2027-01-01T15:59' },
  { now: '2027-01-01T16:01' },
  { today: '2027-01-15' },
  { now: '2028-02-29T00:00' },
  { now: '2028-03-03T23:59' },
];
const ICS_CLOCK = '2026-12-31T23:59';

/** Two journals: the entries, and the offer with one other entry (an offer changes every other entry's next step). */
const JOURNALS = [Object.keys(FILES).filter((p) => p !== 'offer.md'), ['offer.md', 'new-year-timed.md']];

function fmt(w: When | null): string {
  if (!w) return '-';
  const d = new Date(w.t * 60000).toISOString();
  return w.timed ? `${d.slice(0, 10)} ${d.slice(11, 16)}` : d.slice(0, 10);
}

function lines(results: FileResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      out.push(`${r.path} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.rule} ${d.severity}: ${d.message}`);
    }
    for (const s of r.steps) out.push(`${r.path} step ${s.kind} ${s.urgency} due ${fmt(s.due)}${s.optional ? ' (optional)' : ''}: ${s.text}`);
  }
  return out;
}

/** Everything the engine says about FILES at every clock, and the calendar: one string per line. */
export function snapshot(): string[] {
  const out: string[] = [];
  for (const clock of CLOCKS) {
    out.push(`== ${clock.now ?? clock.today}`);
    JOURNALS.forEach((paths, j) => {
      const results = analyze(
        paths.map((p) => ({ path: j === 0 ? p : `offers/${p}`, text: FILES[p] })),
        // email-not-given does not depend on dates: off, to keep the snapshot short.
        { ...DEFAULT_SETTINGS, rules: { 'email-not-given': 'off' }, today: clock.today ?? '', now: clock.now ?? '' },
      );
      out.push(...lines(results));
      if (j === 0 && clock.now === ICS_CLOCK) out.push(...calendarFromResults(results, { stampMs: Date.UTC(2026, 11, 31, 23, 59) }).split('\r\n'));
    });
  }
  return out;
}

/** In a child process: the snapshot, the zone's offset, and realNow() against the zone's own wall clock. */
function childReport(): string {
  const before = Date.now();
  const local = realNow();
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(new Date(before))
      .map((p) => [p.type, p.value]),
  );
  const wall = civil(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute));
  return JSON.stringify({ offset: new Date(2026, 6, 1).getTimezoneOffset(), realNowMatchesWallClock: Math.abs(local - wall) <= 1, snapshot: snapshot() });
}

if (process.env.IJ_TZ_CHILD === '1') {
  process.stdout.write(childReport());
} else {
  describe('time zones: identical results everywhere', function () {
    this.timeout(30_000);

    it(`in this process (TZ=${process.env.TZ ?? 'unset'}): diagnostics, next steps and the calendar match the pinned snapshot`, () => {
      assert.deepEqual(snapshot(), EXPECTED);
    });

    it('dates are read as written in every year: no two-digit-year shift, Gregorian leap years', () => {
      const read = (s: string) => {
        const p = parseWhen(s);
        return p.ok ? formatWhen(p.when) : `error: ${p.reason}`;
      };
      assert.equal(read('0026-11-20'), '0026-11-20', 'a typo for 2026 must not become 1926');
      assert.equal(read('0001-01-01 09:30'), '0001-01-01 09:30');
      assert.equal(read('0000-02-29'), '0000-02-29');
      assert.equal(read('0004-02-29'), '0004-02-29');
      assert.match(read('0100-02-29'), /^error: 0100-02-29 does not exist/);
      assert.match(read('1900-02-29'), /^error: 1900-02-29 does not exist/);
      assert.equal(read('2000-02-29'), '2000-02-29');
      assert.match(read('2100-02-29'), /^error: 2100-02-29 does not exist/);
      assert.equal(read('9999-12-31 23:59'), '9999-12-31 23:59');
      const [r] = analyze([{ path: 'a.md', text: '---\ncompany: Acme\nrole: x\ninterview: 0026-11-20\ninterviewers: [Ann Bo]\n---\n' }], { ...DEFAULT_SETTINGS, today: '2026-12-15' });
      assert.match(r.diagnostics.map((d) => d.message).join('\n'), /interview of Fri 20 Nov 0026/);
    });

    it('in a child process per zone: the same snapshot, and the real clock reads the zone\'s wall time', () => {
      for (const [zone, offset] of ZONES) {
        const r = spawnSync(process.execPath, [__filename], { env: { ...process.env, TZ: zone, IJ_TZ_CHILD: '1' }, encoding: 'utf8' });
        assert.equal(r.status, 0, `${zone}: ${r.stderr}`);
        const got = JSON.parse(r.stdout) as { offset: number; realNowMatchesWallClock: boolean; snapshot: string[] };
        assert.equal(got.offset, offset, `${zone}: the child did not run in that zone`);
        assert.equal(got.realNowMatchesWallClock, true, `${zone}: realNow() is not the local wall-clock time`);
        assert.deepEqual(got.snapshot, EXPECTED, zone);
      }
    });
  });
}

/** The pinned snapshot (generated under TZ=UTC; every zone must give exactly this). */
const EXPECTED: string[] = [
  "== 2026-03-08T02:30",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step prepare later due 2026-03-28: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md step thank-you today due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "us-spring.md step handwritten-note today due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Jason Lee",
  "us-spring.md step handwritten-note today due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Maria Chen",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-03-08T16:59",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step prepare later due 2026-03-28: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md step thank-you today due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "us-spring.md step handwritten-note today due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Jason Lee",
  "us-spring.md step handwritten-note today due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Maria Chen",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-03-08T17:01",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step prepare later due 2026-03-28: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "us-spring.md step handwritten-note overdue due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Jason Lee",
  "us-spring.md step handwritten-note overdue due 2026-03-08 17:00 (optional): Send a handwritten thank-you note to Maria Chen",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-03-29",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you today due 2026-03-29: Send a thank-you letter to Lia Moss",
  "eu-spring.md step handwritten-note today due 2026-03-29 (optional): Send a handwritten thank-you note to Ana Lopez",
  "eu-spring.md step handwritten-note today due 2026-03-29 (optional): Send a handwritten thank-you note to Tom Berg",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-03-29T23:59",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you today due 2026-03-29: Send a thank-you letter to Lia Moss",
  "eu-spring.md step handwritten-note today due 2026-03-29 (optional): Send a handwritten thank-you note to Ana Lopez",
  "eu-spring.md step handwritten-note today due 2026-03-29 (optional): Send a handwritten thank-you note to Tom Berg",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-03-30T00:00",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "eu-spring.md step handwritten-note overdue due 2026-03-29 (optional): Send a handwritten thank-you note to Ana Lopez",
  "eu-spring.md step handwritten-note overdue due 2026-03-29 (optional): Send a handwritten thank-you note to Tom Berg",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step prepare later due 2026-10-31 18:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step prepare later due 2026-10-30 09:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-11-01T01:30",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in waiting due 2026-11-04: Wait for their decision, then check in with Sam Reed by email",
  "us-fall-recruiter.md step handwritten-note today due 2026-11-01 18:00 (optional): Send a handwritten thank-you note to Kim Ode",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-fall.md step handwritten-note overdue due 2026-10-31 09:00 (optional): Send a handwritten thank-you note to Lee Park",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-11-04T12:00",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare later due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in today due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md step prepare later due 2026-12-31 16:00: Prepare for the interview; ask about next steps and their timeframe",
  "offers/offer.md step prepare later due 2026-12-01: Prepare for the interview; ask about next steps and their timeframe",
  "== 2026-12-31T23:59",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md step prepare today due 2026-12-31: Prepare for the interview; ask about next steps and their timeframe",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md step thank-you soon due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Interview Journal//interview-journal//EN",
  "CALSCALE:GREGORIAN",
  "METHOD:PUBLISH",
  "X-WR-CALNAME:Interview Journal",
  "BEGIN:VEVENT",
  "UID:84b193e0acc60075@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART;VALUE=DATE:20260329",
  "DTEND;VALUE=DATE:20260330",
  "TRANSP:TRANSPARENT",
  "SUMMARY:Contoso: Send a thank-you letter to Lia Moss",
  "DESCRIPTION:Role: Data Engineer\\nUrgency: overdue\\nFile: eu-spring.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Contoso: Send a thank-you letter to Lia Moss",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:7296f1732ec23841@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART:20280228T150000",
  "DTEND:20280228T153000",
  "SUMMARY:Litware: Prepare for the interview\\; ask about next steps and their",
  "  timeframe",
  "DESCRIPTION:Role: Analyst\\nUrgency: later\\nFile: leap.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Litware: Prepare for the interview\\; ask about next steps and t",
  " heir timeframe",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:46afd37371ef4db7@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART;VALUE=DATE:20280229",
  "DTEND;VALUE=DATE:20280301",
  "TRANSP:TRANSPARENT",
  "SUMMARY:Litware: send references",
  "DESCRIPTION:Role: Analyst\\nUrgency: later\\nFile: leap.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Litware: send references",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:90441f4ce732dfd6@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART;VALUE=DATE:20261231",
  "DTEND;VALUE=DATE:20270101",
  "TRANSP:TRANSPARENT",
  "SUMMARY:Tailspin: Prepare for the interview\\; ask about next steps and thei",
  " r timeframe",
  "DESCRIPTION:Role: PM\\nUrgency: due today\\nFile: new-year-date.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Tailspin: Prepare for the interview\\; ask about next steps and ",
  " their timeframe",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:92d32ba8b50ec6d1@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART:20270101T160000",
  "DTEND:20270101T163000",
  "SUMMARY:Adatum: Send a thank-you letter to Nia Blue",
  "DESCRIPTION:Role: Designer\\nUrgency: due soon\\nFile: new-year-timed.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Adatum: Send a thank-you letter to Nia Blue",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:06b8bbc130744ee1@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART;VALUE=DATE:20261104",
  "DTEND;VALUE=DATE:20261105",
  "TRANSP:TRANSPARENT",
  "SUMMARY:Fabrikam: Check in with Sam Reed by email",
  "DESCRIPTION:Role: SRE II\\nUrgency: overdue\\nFile: us-fall-recruiter.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Fabrikam: Check in with Sam Reed by email",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:c8b96ceb5e4d9fcd@interview-journal",
  "DTSTAMP:20261231T235900Z",
  "DTSTART:20260308T170000",
  "DTEND:20260308T173000",
  "SUMMARY:Northwind: Send a thank-you letter to Pat Doe",
  "DESCRIPTION:Role: Backend Engineer\\nUrgency: overdue\\nFile: us-spring.md",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "DESCRIPTION:Northwind: Send a thank-you letter to Pat Doe",
  "TRIGGER:PT0S",
  "END:VALARM",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md step thank-you soon due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer soon due 2027-01-01: Answer the offer: write to Rae Kim",
  "== 2027-01-01T15:59",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Omar Fay when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-date.md step promised today due 2027-01-01: Follow up with Omar Fay by letter as promised",
  "new-year-date.md step handwritten-note today due 2027-01-01 (optional): Send a handwritten thank-you note to Omar Fay",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md step thank-you today due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md step thank-you today due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer today due 2027-01-01: Answer the offer: write to Rae Kim",
  "== 2027-01-01T16:01",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Omar Fay when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-date.md step promised today due 2027-01-01: Follow up with Omar Fay by letter as promised",
  "new-year-date.md step handwritten-note today due 2027-01-01 (optional): Send a handwritten thank-you note to Omar Fay",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "offers/new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer today due 2027-01-01: Answer the offer: write to Rae Kim",
  "== 2027-01-15",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step prepare later due 2028-02-28 15:00: Prepare for the interview; ask about next steps and their timeframe",
  "leap.md step task later due 2028-02-29 (optional): send references",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Omar Fay when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-date.md 6:1-6:9 promise-overdue warning: You promised to follow up by Fri 1 Jan 2027 and nothing has gone out since the interview: follow up with Omar Fay by letter today, as promised, and log it under contacts.",
  "new-year-date.md step promised overdue due 2027-01-01: Follow up with Omar Fay by letter as promised",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "offers/new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer overdue due 2027-01-01: Answer the offer: write to Rae Kim",
  "== 2028-02-29T00:00",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step task today due 2028-02-29: send references",
  "leap.md step check-in waiting due 2028-03-03: Wait for their decision, then check in with Ivy Chan by letter",
  "leap.md step handwritten-note today due 2028-02-29 15:00 (optional): Send a handwritten thank-you note to Ivy Chan",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Omar Fay when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-date.md 6:1-6:9 promise-overdue warning: You promised to follow up by Fri 1 Jan 2027 and nothing has gone out since the interview: follow up with Omar Fay by letter today, as promised, and log it under contacts.",
  "new-year-date.md step promised overdue due 2027-01-01: Follow up with Omar Fay by letter as promised",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "offers/new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer overdue due 2027-01-01: Answer the offer: write to Rae Kim",
  "== 2028-03-03T23:59",
  "closed.md step closed done due -: Closed (rejected)",
  "eu-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 28 Mar 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 1 Apr 2026.",
  "eu-spring.md 5:37-5:45 thank-you-overdue warning: No thank-you to Lia Moss yet: it was due by the end of Sun 29 Mar 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "eu-spring.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-29 at 02:30, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md 11:5-11:71 follow-up-too-early warning: Check-in call to Sam Reed on Mon 30 Mar 2026 came too early: the first check-in is due on Wed 1 Apr 2026, 4 days after the interview, through the recruiter Sam Reed. Give them time to decide: wait for that date before contacting them again.",
  "eu-spring.md 11:12-11:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-03-30 at 07:59, outside office hours: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "eu-spring.md step thank-you overdue due 2026-03-29: Send a thank-you letter to Lia Moss",
  "leap.md 6:17-6:27 invalid-date error: offer_deadline: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md 12:20-12:30 invalid-date error: due: 2027-02-29 does not exist: February 2027 has 28 days.",
  "leap.md step task overdue due 2028-02-29: send references",
  "leap.md step check-in today due 2028-03-03: Check in with Ivy Chan by letter",
  "leap.md step task later due - (optional): bad date",
  "new-year-date.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Omar Fay when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-date.md 6:1-6:9 promise-overdue warning: You promised to follow up by Fri 1 Jan 2027 and nothing has gone out since the interview: follow up with Omar Fay by letter today, as promised, and log it under contacts.",
  "new-year-date.md step promised overdue due 2027-01-01: Follow up with Omar Fay by letter as promised",
  "new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "us-fall-recruiter.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 31 Oct 2026: ask Sam Reed when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Wed 4 Nov 2026.",
  "us-fall-recruiter.md 10:12-10:28 recruiter-after-hours warning: You called the recruiter Sam Reed on 2026-11-01 at 10:00, a Sunday: keep calls to Sam Reed for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.",
  "us-fall-recruiter.md step check-in overdue due 2026-11-04: Check in with Sam Reed by email",
  "us-fall.md 11:5-11:71 too-frequent warning: Check-in call to Lee Park on Wed 4 Nov 2026 came 1 day after your check-in email to Lee Park on Tue 3 Nov 2026: leave at least 2 days between messages to Fabrikam. Contacting them again is fine from Fri 6 Nov 2026.",
  "us-fall.md 12:5-12:71 too-many-follow-ups warning: Check-in email to Lee Park on Fri 6 Nov 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Fabrikam and move on: the ball is in their court.",
  "us-fall.md step move-on waiting due -: Move on: no more follow-ups to Fabrikam",
  "us-spring.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Sat 7 Mar 2026: ask Jason Lee when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Sat 21 Mar 2026.",
  "us-spring.md 9:5-9:12 thank-you-overdue warning: No thank-you to Pat Doe yet: it was due by Sun 8 Mar 2026 17:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "us-spring.md step thank-you overdue due 2026-03-08 17:00: Send a thank-you letter to Pat Doe",
  "offers/new-year-timed.md 4:1-4:10 decision-date-missing information: No decision date for the interview of Thu 31 Dec 2026: ask Nia Blue when they expect to decide, and write it as \"decision_by: YYYY-MM-DD\". Until then the first check-in is planned for Thu 14 Jan 2027.",
  "offers/new-year-timed.md 5:16-5:24 thank-you-overdue warning: No thank-you to Nia Blue yet: it was due by Fri 1 Jan 2027 16:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.",
  "offers/new-year-timed.md step thank-you overdue due 2027-01-01 16:00: Send a thank-you letter to Nia Blue",
  "offers/offer.md step answer-offer overdue due 2027-01-01: Answer the offer: write to Rae Kim",
];
