/**
 * The statistics model on a golden journal (numbers worked out by hand from the files below),
 * `--since`, groups, and invariants over random journals. Runs under five time zones like the
 * rest: every date here is floating local time.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { civil } from '../../src/core/civil';
import { computeStats, spread } from '../../src/core/stats';
import { CONTACT_KINDS, STATUSES, URGENCIES, VIAS } from '../../src/core/types';
import { entry } from './helpers';
import { GOLDEN, groupOf } from './stats-fixture';

describe('stats', () => {
  const model = computeStats([groupOf('j', GOLDEN)]);

  it('counts entries by status and by the urgency of their next step (non-entries left out)', () => {
    assert.equal(model.entries, 6);
    assert.deepEqual(model.byStatus, { active: 4, offer: 1, accepted: 0, declined: 0, rejected: 1, withdrawn: 0, closed: 0 });
    // Hooli: prepare, due Thu 3 Dec (soon). Globex: answer the offer by Fri 4 Dec (later). The
    // three active Acme and Initech entries: tell them about the Globex offer, due today.
    // Umbrella: closed (done).
    assert.deepEqual(model.byUrgency, { overdue: 0, today: 3, soon: 1, later: 1, waiting: 0, done: 1 });
    assert.equal(
      Object.values(model.byUrgency).reduce((a, b) => a + b, 0),
      6,
    );
  });

  it('the funnel: companies, later rounds (a second file or a round past the screen), offers, accepted', () => {
    assert.deepEqual(model.funnel, { companies: 5, laterRounds: 2, offers: 1, accepted: 0 });
  });

  it('response time: days from each interview that is over to the first message from them', () => {
    // Acme 4 and 2, Globex 7, Umbrella 7; Initech still waiting; Hooli not yet interviewed.
    const { byCompany, ...overall } = model.responseTime;
    assert.deepEqual(overall, { count: 4, median: 5.5, q1: 3.5, q3: 7, min: 2, max: 7, waiting: 1 });
    assert.deepEqual(byCompany, [
      { company: 'Acme', interviews: 2, waiting: 0, count: 2, median: 3, q1: 2.5, q3: 3.5, min: 2, max: 4 },
      { company: 'Globex', interviews: 1, waiting: 0, count: 1, median: 7, q1: 7, q3: 7, min: 7, max: 7 },
      { company: 'Umbrella', interviews: 1, waiting: 0, count: 1, median: 7, q1: 7, q3: 7, min: 7, max: 7 },
      { company: 'Initech', interviews: 1, waiting: 1, count: 0 },
    ]);
  });

  it('messages sent and answered (a later message from them in the same entry), by kind and by channel', () => {
    assert.deepEqual(model.followUps, {
      sent: 7,
      answered: 5,
      byKind: [
        { key: 'thank-you', sent: 6, answered: 5 },
        { key: 'check-in', sent: 1, answered: 0 },
      ],
      byChannel: [
        { key: 'email', sent: 6, answered: 4 },
        { key: 'letter', sent: 1, answered: 1 },
      ],
    });
  });

  it('weekly activity: every week from the first to the last, Monday first, empty weeks included', () => {
    assert.deepEqual(model.weekly, [
      { week: '2026-10-05', sent: 1, received: 0, interviews: 1 },
      { week: '2026-10-12', sent: 0, received: 1, interviews: 0 },
      { week: '2026-10-19', sent: 0, received: 0, interviews: 0 },
      { week: '2026-10-26', sent: 0, received: 0, interviews: 0 },
      { week: '2026-11-02', sent: 0, received: 0, interviews: 0 },
      { week: '2026-11-09', sent: 1, received: 1, interviews: 1 },
      { week: '2026-11-16', sent: 4, received: 0, interviews: 3 },
      { week: '2026-11-23', sent: 1, received: 2, interviews: 0 },
      { week: '2026-11-30', sent: 0, received: 0, interviews: 1 },
    ]);
  });

  it('problems by rule with their severities, in rule order', () => {
    // Initech: no decision_by, and a check-in on 25 Nov before its date (2 Dec).
    assert.deepEqual(model.problems, [
      { rule: 'decision-date-missing', error: 0, warning: 0, information: 1, total: 1 },
      { rule: 'follow-up-too-early', error: 0, warning: 1, information: 0, total: 1 },
    ]);
  });

  it('a timeline per entry, latest interview first, with the plan windows and each contact', () => {
    assert.deepEqual(
      model.timelines.map((t) => t.path),
      ['j/hooli.md', 'j/acme-onsite.md', 'j/initech.md', 'j/globex.md', 'j/acme-screen.md', 'j/umbrella.md'],
    );
    const acme = model.timelines[1];
    assert.equal(acme.line, 4); // the `interview:` key
    assert.equal(acme.interview, '2026-11-20T14:00');
    assert.deepEqual(acme.contacts, [
      { at: '2026-11-20T18:00', dir: 'to', who: 'Maria Diaz', via: 'email', kind: 'thank-you' },
      { at: '2026-11-20T18:05', dir: 'to', who: 'Jason Lee', via: 'letter', kind: 'thank-you' },
      { at: '2026-11-24', dir: 'from', who: 'Maria Diaz', via: 'email', kind: 'reply' },
    ]);
    // The windows are the plan's duties, as planOf gives them.
    assert.deepEqual(acme.windows, [
      { kind: 'prepare', to: 'Acme', from: undefined, until: '2026-11-20T14:00', state: 'done' },
      { kind: 'thank-you', to: 'Jason Lee', from: '2026-11-20T14:00', until: '2026-11-21T14:00', state: 'done' },
      { kind: 'thank-you', to: 'Maria Diaz', from: '2026-11-20T14:00', until: '2026-11-21T14:00', state: 'done' },
      // Globex made an offer: tell Acme, through the interviewer who gave an email.
      { kind: 'other-offer', to: 'Maria Diaz', from: undefined, until: '2026-11-30', state: 'open' },
      { kind: 'check-in', to: 'Maria Diaz', from: '2026-11-30', until: '2026-11-30', state: 'open' },
    ]);
    assert.equal(acme.thankYouDue, '2026-11-21T14:00');
    assert.equal(acme.checkIn, '2026-11-30');
    const initech = model.timelines[2];
    assert.equal(initech.urgency, 'today');
    assert.equal(initech.next, 'Tell Initech about your other offer and ask for an update: email Bob Stone');
    assert.deepEqual(
      initech.windows.map((w) => [w.kind, w.from, w.until, w.state]),
      [
        ['prepare', undefined, '2026-11-18', 'done'],
        ['thank-you', '2026-11-18', '2026-11-19', 'done'],
        // Globex's offer is news to tell, two days after the last message (the check-in of 25 Nov).
        ['other-offer', '2026-11-27', '2026-11-30', 'open'],
        ['check-in', '2026-12-02', '2026-12-02', 'not-yet'],
      ],
    );
    // A closed entry keeps what was done, not what the plan would still ask.
    assert.deepEqual(
      model.timelines[5].windows.map((w) => [w.kind, w.state]),
      [['prepare', 'done'], ['thank-you', 'done']],
    );
    assert.equal(model.now, '2026-11-30T12:00');
    assert.equal(model.timelineCount, 6);
    // Only the latest, when asked (the dashboard shows a few hundred).
    const few = computeStats([groupOf('j', GOLDEN)], { maxTimelines: 2 });
    assert.deepEqual(
      few.timelines.map((t) => t.path),
      ['j/hooli.md', 'j/acme-onsite.md'],
    );
    assert.equal(few.timelineCount, 6);
    assert.deepEqual({ ...few, timelines: [] }, { ...model, timelines: [] });
    assert.equal(model.groups, undefined);
  });

  it('--since keeps the entries interviewed on or after that day and starts the weeks there', () => {
    const m = computeStats([groupOf('j', GOLDEN)], { since: civil(2026, 11, 16) });
    assert.equal(m.since, '2026-11-16');
    assert.equal(m.entries, 4);
    assert.deepEqual(
      m.timelines.map((t) => t.path),
      ['j/hooli.md', 'j/acme-onsite.md', 'j/initech.md', 'j/globex.md'],
    );
    assert.deepEqual(m.funnel, { companies: 4, laterRounds: 2, offers: 1, accepted: 0 });
    assert.deepEqual(
      m.weekly.map((w) => w.week),
      ['2026-11-16', '2026-11-23', '2026-11-30'],
    );
  });

  it('several journals: the same numbers per journal and a roll-up over all of them', () => {
    const alice = groupOf('alice', { 'a/globex.md': GOLDEN['j/globex.md'], 'a/hooli.md': GOLDEN['j/hooli.md'] });
    const bob = groupOf('bob', { 'b/acme.md': GOLDEN['j/acme-onsite.md'] }, '2026-11-21');
    const m = computeStats([alice, bob]);
    assert.equal(m.entries, 3);
    assert.deepEqual(
      m.groups!.map((g) => [g.name, g.now, g.entries, g.byStatus.offer, g.funnel.companies]),
      [
        ['alice', '2026-11-30T12:00', 2, 1, 2],
        ['bob', '2026-11-21T12:00', 1, 0, 1],
      ],
    );
    assert.deepEqual(
      m.timelines.map((t) => [t.group, t.path]),
      [
        ['alice', 'a/hooli.md'],
        ['bob', 'b/acme.md'],
        ['alice', 'a/globex.md'],
      ],
    );
    assert.equal(computeStats([alice], { perGroup: true }).groups!.length, 1);
  });

  it('an empty journal gives zeros, not a crash', () => {
    const m = computeStats([groupOf('j', { 'x.md': '# nothing' })]);
    assert.equal(m.entries, 0);
    assert.deepEqual(m.weekly, []);
    assert.deepEqual(m.responseTime, { count: 0, waiting: 0, byCompany: [] });
    assert.equal(computeStats([]).entries, 0);
  });

  it('a closed entry without an answer is not waiting; an unreadable entry is counted but names no company', () => {
    const m = computeStats([
      groupOf('j', {
        'a.md': entry(['company: Acme', 'role: R', 'status: withdrawn', 'interview: 2026-11-02', 'interviewers: [Pat Doe]']),
        'b.md': entry(['company: Acme', 'role: R', 'interview: 2026-11-09', 'interviewers: [Pat Doe]']),
        'interviews/broken.md': '---\ncompany: [unclosed\n---\n',
      }),
    ]);
    assert.equal(m.entries, 3);
    assert.equal(m.byStatus.active, 2);
    assert.equal(m.funnel.companies, 1);
    assert.deepEqual(m.responseTime.byCompany, [{ company: 'Acme', interviews: 2, waiting: 1, count: 0 }]);
    assert.equal(m.responseTime.waiting, 1);
    assert.deepEqual(
      m.problems.map((p) => p.rule),
      ['thank-you-overdue', 'decision-date-missing', 'invalid-front-matter'],
    );
  });

  it('spread: median and quartiles by linear interpolation', () => {
    assert.deepEqual(spread([3, 1, 2]), { count: 3, median: 2, q1: 1.5, q3: 2.5, min: 1, max: 3 });
    assert.deepEqual(spread([]), { count: 0 });
  });

  it('invariants over random journals: counts add up, answered never exceeds sent, the median lies in its range', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    const contact = fc.record({ d: day, dir: fc.constantFrom('to', 'from'), via: fc.constantFrom(...VIAS), kind: fc.constantFrom(...CONTACT_KINDS) });
    const file = fc.record({
      company: fc.constantFrom('Acme', 'Globex', 'Initech'),
      status: fc.constantFrom(...STATUSES),
      round: fc.constantFrom('', 'phone screen', 'onsite', '2'),
      interview: day,
      contacts: fc.array(contact, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 8 }), (files) => {
        const texts: Record<string, string> = {};
        files.forEach((f, i) => {
          texts[`f${i}.md`] = entry([
            `company: ${f.company}`,
            'role: R',
            `status: ${f.status}`,
            ...(f.round ? [`round: ${f.round}`] : []),
            `interview: ${f.interview}`,
            'interviewers:',
            '  - Pat Doe',
            'contacts:',
            ...f.contacts.map((c) => `  - { date: ${c.d}, ${c.dir}: Pat Doe, via: ${c.via}, kind: ${c.kind} }`),
          ]);
        });
        const m = computeStats([groupOf('g', texts, '2026-11-20')]);
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        assert.equal(sum(m.byStatus), files.length);
        assert.equal(sum(m.byUrgency), files.length);
        assert.deepEqual(Object.keys(m.byUrgency), [...URGENCIES]);
        const f = m.followUps;
        assert.equal(f.byKind.reduce((a, k) => a + k.sent, 0), f.sent);
        assert.equal(f.byChannel.reduce((a, k) => a + k.answered, 0), f.answered);
        assert.ok(f.answered <= f.sent);
        assert.equal(m.weekly.reduce((a, w) => a + w.sent + w.received, 0), files.reduce((a, x) => a + x.contacts.length, 0));
        assert.ok(m.funnel.companies >= m.funnel.laterRounds && m.funnel.companies >= m.funnel.offers && m.funnel.offers >= m.funnel.accepted);
        for (const s of [m.responseTime, ...m.responseTime.byCompany]) if (s.count) assert.ok(s.min! <= s.q1! && s.q1! <= s.median! && s.median! <= s.q3! && s.q3! <= s.max!);
        assert.equal(m.timelines.length, files.length);
      }),
      { seed: 20261130, numRuns: 60, endOnFailure: true },
    );
  });
});
