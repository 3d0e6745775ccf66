/**
 * Reading calendar invitations: zones (VTIMEZONE with Windows names, IANA, UTC, floating,
 * all-day) converted to the local wall time of the zone under test, people, links, guesses of
 * company and role, broken and cancelled invitations, and the entry written from one.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { civil, formatWhen } from '../../src/core/civil';
import { applyEdits } from '../../src/core/edits';
import { parseEntry } from '../../src/core/entry';
import {
  cancelledMessage,
  decodeInvite,
  entryFromInvite,
  guessCompany,
  guessCompanyRole,
  guessRole,
  InviteError,
  inviteUidOf,
  localWallTime,
  MAX_DESCRIPTION_CHARS,
  moveInterview,
  nameFromEmail,
  readInvite,
  type InviteEvent,
} from '../../src/core/invite';
import { newEntryText } from '../../src/core/newentry';
import type { Minutes } from '../../src/core/types';

const FIX = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ics');
const bytes = (name: string) => readFileSync(join(FIX, name));
const text = (name: string) => decodeInvite(bytes(name), name);

/** The wall time of an instant in the machine's zone (the zone under test), written as the journal writes it. */
function localOf(utcMs: number): string {
  const d = new Date(utcMs);
  return formatWhen({ t: civil(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()), timed: true });
}

/** A converter to the wall time of a named zone (as if the machine were there). */
function wallIn(zone: string): (ms: number) => Minutes {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  return (ms) => {
    const p: Record<string, number> = {};
    for (const x of f.formatToParts(new Date(ms))) if (x.type !== 'literal') p[x.type] = Number(x.value);
    return civil(p.year, p.month, p.day, p.hour, p.minute);
  };
}

function only(name: string, opts = {}): InviteEvent {
  const inv = readInvite(text(name), opts);
  assert.equal(inv.events.length, 1);
  return inv.events[0];
}

function refuses(fn: () => unknown, message: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InviteError, `an InviteError, got ${String(err)}`);
    assert.match(err.message, message);
    return true;
  });
}

describe('invite: times', () => {
  it('gives the same invite as 15:00 in New York and 21:00 in Berlin', () => {
    const g = text('google.ics');
    assert.equal(formatWhen(readInvite(g, { toLocal: wallIn('America/New_York') }).events[0].start), '2026-11-20 15:00');
    assert.equal(formatWhen(readInvite(g, { toLocal: wallIn('Europe/Berlin') }).events[0].start), '2026-11-20 21:00');
  });

  it('converts a UTC start to the wall time of the zone under test', () => {
    const ev = only('google.ics');
    assert.equal(ev.startKind, 'utc');
    assert.equal(formatWhen(ev.start), localOf(Date.UTC(2026, 10, 20, 20, 0)));
    if (process.env.TZ === 'UTC') assert.equal(formatWhen(ev.start), '2026-11-20 20:00');
  });

  it('reads an Outlook start in a Windows zone through its VTIMEZONE', () => {
    const ev = only('outlook.ics');
    assert.equal(ev.startKind, 'zoned');
    assert.equal(ev.tzid, 'Pacific Standard Time');
    // 10:00 Pacific Standard Time (UTC-8 in November) is 18:00 UTC.
    assert.equal(formatWhen(ev.start), localOf(Date.UTC(2026, 10, 24, 18, 0)));
  });

  it('reads a Teams invite in "W. Europe Standard Time" (UTC+1 in December)', () => {
    const ev = only('teams.ics');
    assert.equal(formatWhen(ev.start), localOf(Date.UTC(2026, 11, 1, 13, 0)));
    assert.equal(formatWhen(readInvite(text('teams.ics'), { toLocal: wallIn('Europe/Berlin') }).events[0].start), '2026-12-01 14:00');
  });

  it('reads an IANA TZID without a VTIMEZONE (Zoom) through the zone database', () => {
    const ev = only('zoom.ics');
    assert.equal(ev.tzid, 'Europe/Berlin');
    assert.equal(formatWhen(ev.start), localOf(Date.UTC(2026, 11, 3, 8, 30)));
  });

  it('keeps all-day and floating starts as written, in every zone', () => {
    const inv = readInvite(text('floating-allday.ics'));
    assert.equal(inv.events.length, 2);
    assert.equal(inv.events[0].startKind, 'date');
    assert.equal(formatWhen(inv.events[0].start), '2026-12-07');
    assert.equal(inv.events[0].start.timed, false);
    assert.equal(inv.events[1].startKind, 'floating');
    assert.equal(formatWhen(inv.events[1].start), '2026-12-08 08:30');
  });

  it('localWallTime agrees with the machine clock for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const d = new Date(ms);
        assert.equal(localWallTime(ms), civil(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()));
      }),
    );
  });

  it('an unknown zone without a VTIMEZONE is refused by name', () => {
    const ics = text('zoom.ics').replace(/Europe\/Berlin/g, 'Mars Standard Time');
    refuses(() => readInvite(ics), /"Mars Standard Time", which the invite does not define/);
  });
});

describe('invite: people, place and link', () => {
  it('makes the organizer and attendees interviewers, without you and without rooms or resources', () => {
    const ev = only('google.ics', { yourEmail: 'Alex.Candidate@gmail.com' });
    assert.deepEqual(ev.people, [
      { name: 'Maria Diaz', email: 'maria.diaz@acme-corp.com' },
      { name: 'Jason Lee', email: 'jason.lee@acme-corp.com' },
    ]);
    assert.equal(ev.link, 'https://meet.google.com/abc-defg-hij');
    assert.equal(ev.location, 'HQ-3-Boston (8)');
    assert.match(ev.description ?? '', /^Hi Alex, looking forward/);
  });

  it('without yourEmail, the attendee named as you (yourName) is left out', () => {
    const ev = only('google.ics', { yourName: 'alex candidate' });
    assert.deepEqual(ev.people.map((p) => p.name), ['Maria Diaz', 'Jason Lee']);
    const all = only('google.ics');
    assert.deepEqual(all.people.map((p) => p.name), ['Maria Diaz', 'Jason Lee', 'Alex Candidate']);
  });

  it('reads Outlook names with accents, skips the room, and "Last, First" becomes "First Last"', () => {
    const o = only('outlook.ics', { yourEmail: 'alex.candidate@gmail.com' });
    assert.deepEqual(o.people, [
      { name: 'Priya Shah', email: 'priya.shah@contoso.com' },
      { name: 'Tomás Ó Briain', email: 'tomas.obriain@contoso.com' },
    ]);
    assert.equal(o.location, 'Building 4, Room 1204');
    const t = only('teams.ics', { yourEmail: 'alex.candidate@gmail.com' });
    assert.deepEqual(t.people.map((p) => p.name), ['Jonas Weber', 'Zoë Müller', 'Talent Team']);
    assert.equal(t.link, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5%40thread.v2/0?context=%7b%22Tid%22%3a%22abc%22%7d');
  });

  it('finds the Zoom link in the location and names people from their address when there is no CN', () => {
    const z = only('zoom.ics');
    assert.equal(z.link, 'https://us02web.zoom.us/j/84512345678?pwd=aBcDeFgHiJkLmNoP');
    assert.deepEqual(z.people, [{ name: 'Anna Kowalski', email: 'anna.kowalski@globex.io' }]);
    assert.deepEqual(readInvite(text('floating-allday.ics')).events[0].people, [{ name: 'Bill Lumbergh', email: 'bill.lumbergh@initech.example' }]);
    assert.equal(nameFromEmail('jason.lee+jobs@acme.com'), 'Jason Lee');
  });
});

describe('invite: company and role', () => {
  const cases: [string, string, string][] = [
    ['google.ics', 'Acme Corp', 'Senior Platform Engineer'],
    ['outlook.ics', 'Contoso', 'Data Engineer'],
    ['teams.ics', 'Fabrikam', 'Backend Developer'],
  ];
  for (const [file, company, role] of cases) {
    it(`guesses ${company} / ${role} from ${file}`, () => {
      assert.deepEqual(guessCompanyRole(only(file)), { company, role });
    });
  }

  it('guesses the company from the summary or the domain when the summary has no role', () => {
    const z = only('zoom.ics');
    assert.equal(guessCompany(z), 'Globex');
    assert.equal(guessRole('Phone screen with Globex', 'Globex'), '');
    assert.equal(guessCompany({ summary: 'Interview with Hooli', organizer: { name: 'Gavin', email: 'gavin@gmail.com' }, people: [] }), 'Hooli');
    assert.equal(guessRole('Staff Engineer interview at Hooli', 'Hooli'), 'Staff Engineer');
  });
});

describe('invite: several, cancelled, updated', () => {
  it('lists several events with their index', () => {
    const inv = readInvite(text('floating-allday.ics'));
    assert.deepEqual(inv.events.map((e) => [e.index, e.summary]), [
      [1, 'Initech onsite (Site Reliability Engineer)'],
      [2, 'Coffee chat with Initech'],
    ]);
  });

  it('marks a cancelled event (METHOD:CANCEL, STATUS:CANCELLED)', () => {
    const c = only('cancelled.ics');
    assert.equal(c.cancelled, true);
    assert.equal(cancelledMessage(c), '"Canceled: Acme Corp - Senior Platform Engineer Interview" is cancelled (METHOD:CANCEL): no entry was created. If an entry exists for it, set its status instead.');
    assert.equal(only('google.ics').cancelled, false);
    const statusOnly = readInvite(text('cancelled.ics').replace('METHOD:CANCEL\r\n', '')).events[0];
    assert.equal(statusOnly.cancelled, true);
    assert.match(cancelledMessage(statusOnly), /is cancelled \(STATUS:CANCELLED\)/);
  });

  it('an updated invite has the same UID and moves only the interview: value', () => {
    const first = only('google.ics');
    const update = only('google-update.ics');
    assert.equal(update.uid, first.uid);
    assert.equal(update.sequence, 1);
    const made = entryFromInvite(first, 'Acme Corp', 'Senior Platform Engineer').text;
    assert.equal(inviteUidOf(made), first.uid);
    const moved = applyEdits(made, moveInterview(parseEntry('a.md', made), update.start));
    assert.equal(moved, made.replace(`interview: ${formatWhen(first.start)}\n`, `interview: ${formatWhen(update.start)}\n`));
  });
});

describe('invite: broken input', () => {
  it('no DTSTART', () => refuses(() => readInvite(text('no-dtstart.ics')), /^The event "Interview with Hooli" has no start time \(DTSTART\)\. Nothing was created\.$/));
  it('a date that does not exist', () => refuses(() => readInvite(text('bad-date.ics')), /start time that is not a date: DTSTART 20261331T250000Z \(no month 13\)/));
  it('30 February', () => refuses(() => readInvite(text('bad-date.ics').replace('20261331T250000Z', '20260230T100000Z')), /day 30 does not exist/));
  it('not a calendar', () => refuses(() => readInvite(text('not-a-calendar.ics')), /not an iCalendar file/));
  it('not UTF-8 (Latin-1)', () => refuses(() => decodeInvite(bytes('latin1.ics'), 'latin1.ics'), /^latin1\.ics is not UTF-8 text/));
  it('UTF-16 with a BOM is read', () => {
    const g = text('google.ics');
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(g, 'utf16le')]);
    assert.equal(decodeInvite(u16), g);
  });
  it('a 5 MB description is refused before it is read', () => {
    const big = text('google.ics').replace('DESCRIPTION:Hi Alex', `DESCRIPTION:${'x'.repeat(5_000_000)}`);
    refuses(() => decodeInvite(Buffer.from(big), 'big.ics'), /^big\.ics is 5\.0 MB; an invitation is at most 1 MB/);
    refuses(() => readInvite(big), /larger than 1 MB/);
  });
  it('a long description is cut in the body, with a note', () => {
    const ev = { ...only('google.ics'), description: 'word '.repeat(2000) };
    const body = entryFromInvite(ev, 'Acme', 'Engineer').text;
    assert.match(body, new RegExp(`> \\(the description was cut at ${MAX_DESCRIPTION_CHARS} characters\\)`));
  });
  it('a truncated file (no END:VCALENDAR) is read or refused, never thrown as something else', () => {
    const g = text('google.ics');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: g.length }), (n) => {
        try {
          readInvite(g.slice(0, n));
        } catch (err) {
          assert.ok(err instanceof InviteError, String(err));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('invite: the new entry', () => {
  it('writes interviewers with their email, the invitation in the body, and parses clean', () => {
    const ev = only('google.ics', { yourEmail: 'alex.candidate@gmail.com', toLocal: wallIn('America/New_York') });
    const { fileName, text: t } = entryFromInvite(ev, 'Acme Corp', 'Senior Platform Engineer');
    assert.equal(fileName, '2026-11-20-acme-corp-senior-platform-engineer.md');
    assert.equal(
      t,
      [
        '---',
        'company: Acme Corp',
        'role: Senior Platform Engineer',
        'interview: 2026-11-20 15:00',
        '# round: phone screen',
        'status: active',
        'interviewers:',
        '  - name: Maria Diaz',
        '    email: maria.diaz@acme-corp.com',
        '  - name: Jason Lee',
        '    email: jason.lee@acme-corp.com',
        '# recruiter: {name: Sam Rivera, agency: Northstar, email: sam@northstar.example}',
        '# decision_by: YYYY-MM-DD   (ask when they will decide)',
        'contacts:',
        '---',
        '',
        '## Invitation',
        '',
        '- Location: HQ-3-Boston (8)',
        '- Link: <https://meet.google.com/abc-defg-hij>',
        '',
        '> Hi Alex, looking forward to talking about the Senior Platform Engineer role.',
        '>',
        '> Join with Google Meet: https://meet.google.com/abc-defg-hij',
        '> Or dial: (US) +1 617-555-0142 PIN: 123456789#',
        '>',
        '> Learn more about Meet at: https://support.google.com/a/users/answer/9282720',
        '',
        '<!-- invitation uid: 4kq9v1c2b3a8d7e6f5g4h3i2j1@google.com -->',
        '',
        '## Notes',
        '',
        '',
      ].join('\n'),
    );
    const e = parseEntry(fileName, t);
    assert.deepEqual(e.problems, []);
    assert.deepEqual(e.interviewers.map((p) => [p.name, p.email]), [
      ['Maria Diaz', 'maria.diaz@acme-corp.com'],
      ['Jason Lee', 'jason.lee@acme-corp.com'],
    ]);
    assert.deepEqual(e.drafts, []);
  });

  it('a description cannot start a draft, a heading or end the front matter', () => {
    const ev = { ...only('zoom.ics'), description: '---\n## Draft: thank-you\n# Title\n- [ ] task due:2026-01-01' };
    const e = parseEntry('x.md', entryFromInvite(ev, 'Globex', 'Engineer').text);
    assert.deepEqual(e.drafts, []);
    assert.deepEqual(e.tasks, []);
    assert.equal(e.company, 'Globex');
  });

  it('the template without interviewers keeps the commented examples, and refuses a bad date', () => {
    assert.match(newEntryText({ company: 'A', role: 'B', interview: '2026-11-24' }), /\ninterviewers:\n {2}# - Jason Lee\n/);
    assert.throws(() => newEntryText({ company: 'A', role: 'B', interview: '2026-02-30' }), /does not exist/);
  });
});
