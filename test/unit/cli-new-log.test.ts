/**
 * `interview-journal new` and `log` in-process on temporary folders (clock pinned), and the
 * reminders of `ics` (VALARM), validated by parsing the output with ical.js.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ICAL from 'ical.js';
import { cli } from './cli-helpers';
import { civil, formatWhen } from '../../src/core/civil';

const FIX = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ics');

let tmp: string;
before(() => (tmp = mkdtempSync(join(tmpdir(), 'ij-newlog-'))));
after(() => rmSync(tmp, { recursive: true, force: true }));

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmp, 'j-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** The wall time of an instant in the zone under test. */
function localOf(utcMs: number): string {
  const d = new Date(utcMs);
  return formatWhen({ t: civil(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()), timed: true });
}

const ENTRY = [
  '---',
  'company: Northwind',
  'role: Platform Engineer',
  'interview: 2026-11-20 14:00   # video',
  'interviewers:',
  '  - name: Jason Lee',
  '    email: jason.lee@northwind.example',
  '  - Priya Natarajan',
  'contacts:',
  '  - {date: 2026-11-20, to: Priya Natarajan, via: letter, kind: thank-you}',
  '---',
  '',
  '## Notes',
  '',
].join('\r\n');

describe('cli new', () => {
  it('writes an entry from flags, prints its path, and never overwrites', () => {
    const dir = folder();
    const args = ['new', '--company', 'Acme Corp', '--role', 'Staff Engineer', '--interview', '2026-11-24 14:00', '--interviewer', 'Jason Lee', '--interviewer', 'Priya Shah', '--dir', 'out'];
    const r = cli(args, dir);
    assert.deepEqual([r.code, r.out, r.err], [0, 'out/2026-11-24-acme-corp-staff-engineer.md\n', '']);
    const text = readFileSync(join(dir, 'out/2026-11-24-acme-corp-staff-engineer.md'), 'utf8');
    assert.match(text, /^---\ncompany: Acme Corp\nrole: Staff Engineer\ninterview: 2026-11-24 14:00\n# round: phone screen\nstatus: active\ninterviewers:\n {2}- Jason Lee\n {2}- Priya Shah\n/);
    writeFileSync(join(dir, 'out/2026-11-24-acme-corp-staff-engineer.md'), 'mine');
    const again = cli(args, dir);
    assert.equal(again.code, 2);
    assert.equal(again.err, 'interview-journal new: out/2026-11-24-acme-corp-staff-engineer.md already exists; it was not overwritten\n');
    assert.equal(readFileSync(join(dir, 'out/2026-11-24-acme-corp-staff-engineer.md'), 'utf8'), 'mine');
    assert.deepEqual(readdirSync(join(dir, 'out')), ['2026-11-24-acme-corp-staff-engineer.md'], 'no temporary file left');
  });

  it('writes into the journal folder setting when a .vscode/settings.json is found', () => {
    const dir = folder({ '.vscode/settings.json': '{"interviewJournal.folder": "jobs"}' });
    mkdirSync(join(dir, 'sub'));
    const r = cli(['new', '--company', 'A', '--role', 'B', '--interview', '2026-11-24'], join(dir, 'sub'));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `${join(dir, 'jobs', '2026-11-24-a-b.md')}\n`);
  });

  it('refuses missing or bad flags with exit 2', () => {
    const dir = folder();
    assert.deepEqual(cli(['new', '--company', 'A'], dir), { code: 2, out: '', err: 'interview-journal new: missing --role, --interview (or --from-ics FILE)\n' });
    assert.equal(cli(['new', '--company', 'A', '--role', 'B', '--interview', '2026-02-30'], dir).err, 'interview-journal new: --interview: 2026-02-30 does not exist: February 2026 has 28 days\n');
    assert.match(cli(['new', '--bogus'], dir).err, /^interview-journal new: Unknown option '--bogus'/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('new --from-ics: the entry from a Google invitation, interviewers with email, without you', () => {
    const dir = folder({ '.vscode/settings.json': '{"interviewJournal.yourEmail": "alex.candidate@gmail.com", "interviewJournal.folder": "."}' });
    const r = cli(['new', '--from-ics', join(FIX, 'google.ics')], dir);
    assert.equal(r.code, 0, r.err);
    const when = localOf(Date.UTC(2026, 10, 20, 20, 0));
    const name = `${when.slice(0, 10)}-acme-corp-senior-platform-engineer.md`;
    assert.equal(r.out, `${name}\n`);
    const text = readFileSync(join(dir, name), 'utf8');
    assert.ok(text.startsWith(`---\ncompany: Acme Corp\nrole: Senior Platform Engineer\ninterview: ${when}\n`));
    assert.match(text, /\ninterviewers:\n {2}- name: Maria Diaz\n {4}email: maria\.diaz@acme-corp\.com\n {2}- name: Jason Lee\n {4}email: jason\.lee@acme-corp\.com\n#/);
    assert.doesNotMatch(text.split('\n---\n')[0], /alex|HQ-3-Boston/i, 'neither you nor the room is an interviewer');
    assert.match(text, /\n- Link: <https:\/\/meet\.google\.com\/abc-defg-hij>\n/);
  });

  it('new --from-ics --company --role override the guesses', () => {
    const dir = folder();
    const r = cli(['new', '--from-ics', join(FIX, 'zoom.ics'), '--company', 'Globex Corporation', '--role', 'SRE', '--dir', '.'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(dir, r.out.trim()), 'utf8'), /^---\ncompany: Globex Corporation\nrole: SRE\n/);
  });

  it('several events: lists them without --event, takes the one --event names', () => {
    const dir = folder();
    const ics = join(FIX, 'floating-allday.ics');
    const list = cli(['new', '--from-ics', ics, '--dir', '.'], dir);
    assert.equal(list.code, 2);
    assert.equal(
      list.err,
      `interview-journal new: ${ics} holds 2 events; choose one with --event N:\n  1. Initech onsite (Site Reliability Engineer): 2026-12-07\n  2. Coffee chat with Initech: 2026-12-08 08:30\n`,
    );
    assert.deepEqual(readdirSync(dir), []);
    const one = cli(['new', '--from-ics', ics, '--event', '1', '--dir', '.'], dir);
    assert.deepEqual([one.code, one.out], [0, '2026-12-07-initech-site-reliability-engineer.md\n']);
    assert.match(cli(['new', '--from-ics', ics, '--event', '3', '--dir', '.'], dir).err, /--event must be a number from 1 to 2, got '3'/);
  });

  it('a cancelled or broken invitation is refused with a message and writes nothing', () => {
    const dir = folder();
    const cases: [string, RegExp][] = [
      ['cancelled.ics', /"Canceled: Acme Corp - Senior Platform Engineer Interview" is cancelled/],
      ['no-dtstart.ics', /no-dtstart\.ics: The event "Interview with Hooli" has no start time \(DTSTART\)\. Nothing was created\./],
      ['bad-date.ics', /not a date: DTSTART 20261331T250000Z/],
      ['latin1.ics', /is not UTF-8 text/],
      ['not-a-calendar.ics', /not an iCalendar file/],
      ['missing.ics', /cannot read .*missing\.ics/],
    ];
    for (const [file, message] of cases) {
      const r = cli(['new', '--from-ics', join(FIX, file), '--dir', '.'], dir);
      assert.equal(r.code, 2, file);
      assert.match(r.err, message, file);
      assert.equal(r.out, '');
    }
    const big = join(tmp, 'big.ics');
    writeFileSync(big, readFileSync(join(FIX, 'google.ics'), 'utf8').replace('DESCRIPTION:Hi', `DESCRIPTION:${'x'.repeat(5_000_000)}`));
    assert.match(cli(['new', '--from-ics', big, '--dir', '.'], dir).err, /big\.ics is 5\.0 MB; an invitation is at most 1 MB\. Nothing was created\./);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('an updated invitation (same UID) offers to move the interview, and --update moves only that value', () => {
    const dir = folder();
    const first = cli(['new', '--from-ics', join(FIX, 'google.ics'), '--dir', '.'], dir);
    assert.equal(first.code, 0, first.err);
    const path = join(dir, first.out.trim());
    const before = readFileSync(path, 'utf8');
    const was = localOf(Date.UTC(2026, 10, 20, 20, 0));
    const now = localOf(Date.UTC(2026, 10, 23, 17, 0));
    const offer = cli(['new', '--from-ics', join(FIX, 'google-update.ics'), '--dir', '.'], dir);
    assert.equal(offer.code, 2);
    assert.equal(offer.err, `interview-journal new: ${first.out.trim()} already holds this invitation (interview: ${was}); it now says ${now}. Run again with --update to move its interview:, or edit it yourself. Nothing was written.\n`);
    assert.equal(readFileSync(path, 'utf8'), before);
    const moved = cli(['new', '--from-ics', join(FIX, 'google-update.ics'), '--dir', '.', '--update'], dir);
    assert.deepEqual([moved.code, moved.out], [0, first.out]);
    assert.equal(readFileSync(path, 'utf8'), before.replace(`interview: ${was}\n`, `interview: ${now}\n`));
    assert.equal(readdirSync(dir).length, 1, 'no second file');
    const same = cli(['new', '--from-ics', join(FIX, 'google-update.ics'), '--dir', '.'], dir);
    assert.equal(same.code, 0);
    assert.match(same.err, /already holds this invitation, at .*: nothing to change/);
  });
});

describe('cli log', () => {
  it('appends a contact byte for byte (CRLF, comments, flow items kept) and prints the next step', () => {
    const dir = folder({ 'a.md': ENTRY });
    const r = cli(['log', 'a.md', '--to', 'jason lee', '--via', 'email', '--kind', 'thank-you', '--date', '2026-11-20 18:30', '--now', '2026-11-21T09:00'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), ENTRY.replace('kind: thank-you}\r\n', 'kind: thank-you}\r\n  - {date: 2026-11-20 18:30, to: Jason Lee, via: email, kind: thank-you}\r\n'));
    const [logged, next] = r.out.split('\n');
    assert.equal(logged, 'Logged thank-you to Jason Lee via email on 2026-11-20 18:30 in a.md.');
    const json = JSON.parse(cli(['next', '--now', '2026-11-21T09:00', '--format', 'json'], dir).out);
    assert.ok(next.startsWith(`Next: ${json.steps[0].text}`), next);
  });

  it('--date defaults to now (the pinned clock)', () => {
    const dir = folder({ 'a.md': ENTRY, '.vscode/settings.json': '{"interviewJournal.now": "2026-11-22T10:15"}' });
    const r = cli(['log', 'a.md', '--from', 'Priya Natarajan', '--via', 'phone', '--kind', 'reply', '--note', 'will decide Friday'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(dir, 'a.md'), 'utf8'), /\r\n {2}- \{date: 2026-11-22 10:15, from: Priya Natarajan, via: phone, kind: reply, note: will decide Friday\}\r\n---/);
  });

  it('prints the new next step: after the last thank-you, the check-in', () => {
    const dir = folder({ 'a.md': ENTRY.replace('  - Priya Natarajan\r\n', '').replace('  - {date: 2026-11-20, to: Priya Natarajan, via: letter, kind: thank-you}\r\n', '') });
    const before = cli(['next', '--now', '2026-11-20T16:00'], dir).out;
    assert.match(before, /Send a thank-you email to Jason Lee/);
    const r = cli(['log', 'a.md', '--to', 'Jason Lee', '--via', 'email', '--kind', 'thank-you', '--now', '2026-11-20T16:00'], dir);
    assert.equal(r.code, 0, r.err);
    const next = cli(['next', '--now', '2026-11-20T16:00', '--format', 'json'], dir);
    const step = JSON.parse(next.out).steps[0];
    assert.equal(r.out.split('\n')[1].startsWith(`Next: ${step.text}`), true, r.out);
    assert.doesNotMatch(r.out, /thank-you email to Jason/);
  });

  it('an unknown person is refused with "did you mean", exit 2, the file untouched; --new-person logs it', () => {
    const dir = folder({ 'a.md': ENTRY });
    const r = cli(['log', 'a.md', '--to', 'Jasn Lee', '--via', 'email', '--kind', 'check-in', '--now', '2026-12-10T09:00'], dir);
    assert.deepEqual(r, {
      code: 2,
      out: '',
      err: 'interview-journal log: "Jasn Lee" is not an interviewer or the recruiter of a.md: did you mean "Jason Lee"? Add --new-person to log it anyway. The file was not changed.\n',
    });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), ENTRY);
    const ok = cli(['log', 'a.md', '--to', 'Dana Hiring', '--via', 'email', '--kind', 'informational', '--now', '2026-12-10T09:00', '--new-person'], dir);
    assert.equal(ok.code, 0, ok.err);
    assert.match(readFileSync(join(dir, 'a.md'), 'utf8'), /to: Dana Hiring, via: email, kind: informational\}\r\n---/);
  });

  it('broken front matter is refused with its error at its line, the file untouched', () => {
    const broken = ENTRY.replace('role: Platform Engineer', 'role: [Platform Engineer');
    const dir = folder({ 'b.md': broken });
    const r = cli(['log', 'b.md', '--to', 'Jason Lee', '--via', 'email', '--kind', 'thank-you', '--now', '2026-11-21T09:00'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^interview-journal log: b\.md:\d+:\d+: .+ The file was not changed\.\n$/);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), broken);
  });

  it('refuses bad usage with exit 2 and the nearest word', () => {
    const dir = folder({ 'a.md': ENTRY });
    const base = ['log', 'a.md', '--now', '2026-11-21T09:00'];
    const errs: [string[], string][] = [
      [[...base, '--via', 'email', '--kind', 'thank-you'], 'give exactly one of --to NAME or --from NAME'],
      [[...base, '--to', 'Jason Lee', '--from', 'Jason Lee', '--via', 'email', '--kind', 'reply'], 'give exactly one of --to NAME or --from NAME'],
      [[...base, '--to', 'Jason Lee', '--via', 'emial', '--kind', 'thank-you'], "--via 'emial' is not a channel (did you mean 'email'?): email, phone, voicemail, letter, linkedin, text, video, in-person"],
      [[...base, '--to', 'Jason Lee', '--via', 'email', '--kind', 'checkin'], "--kind 'checkin' is not a contact kind (did you mean 'check-in'?): thank-you, check-in, informational, update-request, debrief, reply, offer, rejection, other"],
      [[...base, '--to', 'Jason Lee', '--via', 'email'], 'missing --kind (thank-you, check-in, informational, update-request, debrief, reply, offer, rejection, other)'],
      [[...base, '--to', 'Jason Lee', '--via', 'email', '--kind', 'reply', '--date', '2026-11-31'], '--date: 2026-11-31 does not exist: November 2026 has 30 days'],
      [['log', 'nope.md', '--to', 'X', '--via', 'email', '--kind', 'reply', '--now', '2026-11-21T09:00'], 'nope.md: cannot read it'],
    ];
    for (const [argv, message] of errs) {
      const r = cli(argv, dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.ok(r.err.startsWith(`interview-journal log: ${message}`), `${r.err} vs ${message}`);
    }
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), ENTRY);
  });

  it('a file that is not UTF-8 is not rewritten', () => {
    const dir = folder();
    const bytes = Buffer.concat([Buffer.from(ENTRY.replace('## Notes', '## Notes caf')), Buffer.from([0xe9, 0x0d, 0x0a])]);
    writeFileSync(join(dir, 'c.md'), bytes);
    const r = cli(['log', 'c.md', '--to', 'Jason Lee', '--via', 'email', '--kind', 'thank-you', '--now', '2026-11-21T09:00'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /not valid UTF-8.*not edited/);
    assert.deepEqual(readFileSync(join(dir, 'c.md')), bytes);
  });

  it('--help of new and log, and both in the main help', () => {
    assert.match(cli(['new', '--help'], tmp).out, /^Usage: interview-journal new \[--from-ics FILE/);
    assert.match(cli(['log', '--help'], tmp).out, /^Usage: interview-journal log FILE \(--to NAME \| --from NAME\) --via VIA --kind KIND/);
    const help = cli(['--help'], tmp).out;
    assert.match(help, /\n {2}new {5}write a new entry/);
    assert.match(help, /\n {2}log {5}append a contact/);
  });
});

describe('cli ics: every dated pending step, with reminders', () => {
  const TWO = [
    '---',
    'company: Acme',
    'role: Engineer',
    'interview: 2026-11-20 14:00',
    'interviewers:',
    '  - name: Jason Lee',
    '    email: jason@acme.example',
    '  - Priya Shah',
    'decision_by: 2026-11-27',
    '---',
    '',
    '- [ ] send the portfolio due:2026-11-25',
    '',
  ].join('\n');

  function vevents(ics: string) {
    const comp = new ICAL.Component(ICAL.parse(ics));
    return comp.getAllSubcomponents('vevent');
  }

  it('exports each thank-you, the task and the check-in, each with a DISPLAY alarm at the due moment', () => {
    const dir = folder({ 'a.md': TWO });
    const r = cli(['ics', '--now', '2026-11-20T16:00'], dir);
    assert.equal(r.code, 0, r.err);
    const evs = vevents(r.out);
    const summaries = evs.map((e) => String(e.getFirstPropertyValue('summary')));
    assert.ok(summaries.includes('Acme: Send a thank-you email to Jason Lee'), summaries.join(' | '));
    assert.ok(summaries.some((s) => /Priya Shah/.test(s)), summaries.join(' | '));
    assert.ok(summaries.some((s) => /send the portfolio/.test(s)), summaries.join(' | '));
    assert.equal(new Set(evs.map((e) => e.getFirstPropertyValue('uid'))).size, evs.length, 'UIDs are unique');
    for (const e of evs) {
      const alarms = e.getAllSubcomponents('valarm');
      assert.equal(alarms.length, 1);
      assert.equal(alarms[0].getFirstPropertyValue('action'), 'DISPLAY');
      assert.equal(String(alarms[0].getFirstPropertyValue('description')), String(e.getFirstPropertyValue('summary')));
      const trigger = alarms[0].getFirstPropertyValue('trigger') as unknown as InstanceType<typeof ICAL.Duration>;
      assert.equal(trigger.toSeconds(), 0);
    }
  });

  it('after the thank-yous: the task, the check-in and the handwritten note, each its own event', () => {
    const thanked = TWO.replace(
      'decision_by: 2026-11-27\n',
      'decision_by: 2026-11-27\ncontacts:\n  - {date: 2026-11-20 15:00, to: Jason Lee, via: email, kind: thank-you}\n  - {date: 2026-11-20 15:00, to: Priya Shah, via: letter, kind: thank-you}\n',
    );
    const dir = folder({ 'a.md': thanked });
    const evs = vevents(cli(['ics', '--now', '2026-11-20T16:00'], dir).out);
    assert.deepEqual(
      evs.map((e) => [String(e.getFirstPropertyValue('summary')), String(e.getFirstPropertyValue('dtstart'))]),
      [
        ['Acme: send the portfolio', '2026-11-25'],
        ['Acme: Wait for their decision, then check in with Jason Lee by email', '2026-11-30'],
        ['Acme: Send a handwritten thank-you note to Jason Lee', '2026-11-21T14:00:00'],
      ],
    );
    assert.ok(evs.every((e) => e.getAllSubcomponents('valarm').length === 1));
  });

  it('--alarm 30 sets the alarm 30 minutes before; --no-alarm leaves them out', () => {
    const dir = folder({ 'a.md': TWO });
    const r = cli(['ics', '--now', '2026-11-20T16:00', '--alarm', '30'], dir);
    for (const e of vevents(r.out)) {
      const trigger = e.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as unknown as InstanceType<typeof ICAL.Duration>;
      assert.equal(trigger.toSeconds(), -1800);
    }
    const none = cli(['ics', '--now', '2026-11-20T16:00', '--no-alarm'], dir);
    assert.equal(none.code, 0);
    assert.ok(vevents(none.out).length > 0);
    assert.doesNotMatch(none.out, /VALARM/);
  });

  it('refuses a bad --alarm, and alarm flags on other commands', () => {
    const dir = folder({ 'a.md': TWO });
    assert.match(cli(['ics', '--alarm=-5', '--now', '2026-11-20T16:00'], dir).err, /--alarm must be a whole number of minutes from 0 to 40320, got '-5'/);
    assert.match(cli(['ics', '--alarm', 'soon', '--now', '2026-11-20T16:00'], dir).err, /--alarm must be a whole number of minutes/);
    assert.match(cli(['ics', '--alarm', '5', '--no-alarm'], dir).err, /not both/);
    assert.match(cli(['check', '--no-alarm'], dir).err, /--alarm and --no-alarm apply to ics/);
    assert.equal(existsSync(join(dir, 'a.md')), true);
  });
});
