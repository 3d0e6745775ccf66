/**
 * The step and urgency words every surface prints (tree, CodeLens, status bar, CLI) come from
 * core/phrases.ts: "overdue" only for an overdue step, the date never said twice.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { civil } from '../../src/core/civil';
import { urgencyOf } from '../../src/core/next';
import { dueCountPhrase, duePhrase, stepLine, stepPhrase, stepTitle } from '../../src/core/phrases';
import type { Step, When } from '../../src/core/types';
import { stepPhrase as cliPhrase } from '../../src/cli/format';
import { entry, run } from './helpers';

const at = (y: number, m: number, d: number, h?: number, mi = 0): When => ({ t: civil(y, m, d, h ?? 0, mi), timed: h !== undefined });
const step = (text: string, due: When | null, now: number, extra: Partial<Step> = {}): Step => ({ kind: 'check-in', text, due, urgency: urgencyOf(due, now), ...extra });

describe('phrases: one wording for every surface', () => {
  const noon = civil(2026, 11, 23, 12, 0);

  it('a date-only step due today is "due today", never "overdue today"', () => {
    const s = step('Check in with Carla Walton by email', at(2026, 11, 23), noon);
    assert.equal(s.urgency, 'today');
    assert.equal(stepLine(s, noon), 'Check in with Carla Walton by email · due today');
  });

  it('a timed step past its time today is overdue since that time; before it, due by that time', () => {
    assert.equal(duePhrase(at(2026, 11, 23, 10, 0), noon), 'overdue since 10:00');
    assert.equal(duePhrase(at(2026, 11, 23, 14, 30), noon), 'due by 14:30 today');
    assert.equal(duePhrase(at(2026, 11, 21), noon), '2 days overdue');
    assert.equal(duePhrase(at(2026, 11, 22, 18), noon), '1 day overdue');
    assert.equal(duePhrase(at(2026, 11, 24), noon), 'due tomorrow');
    assert.equal(duePhrase(at(2026, 11, 26), noon), 'due in 3 days');
    assert.equal(duePhrase(at(2026, 12, 14), noon), 'due on Mon 14 Dec 2026');
  });

  it('does not repeat a date the step already names', () => {
    const waiting: Step = { kind: 'check-in', text: 'Wait for their decision; check in on Mon 14 Dec 2026', due: at(2026, 12, 14), urgency: 'waiting' };
    assert.equal(stepLine(waiting, noon), 'Wait for their decision; check in on Mon 14 Dec 2026 · waiting, in 21 days');
    const without: Step = { ...waiting, text: 'Wait for their decision, then check in with Carla Walton' };
    assert.equal(stepPhrase(without, noon), 'waiting, on Mon 14 Dec 2026');
  });

  it('says when the interview to prepare for is', () => {
    const prep = (due: When): Step => ({ kind: 'prepare', text: 'Prepare for the interview', due, urgency: 'today' });
    assert.equal(stepPhrase(prep(at(2026, 11, 23, 15)), noon), 'interview today at 15:00');
    assert.equal(stepPhrase({ ...prep(at(2026, 11, 25, 9)), urgency: 'soon' }, noon), 'interview in 2 days');
  });

  it('adds nothing for a step without a date', () => {
    assert.equal(stepLine({ kind: 'closed', text: 'Closed (rejected)', due: null, urgency: 'done' }, noon), 'Closed (rejected)');
    assert.equal(stepLine({ kind: 'move-on', text: 'Move on: no more follow-ups to Acme', due: null, urgency: 'waiting' }, noon), 'Move on: no more follow-ups to Acme');
  });

  it('short titles lead with what to do', () => {
    assert.equal(stepTitle({ kind: 'thank-you', text: 'Send a thank-you email to Aisha Rahman', person: 'Aisha Rahman', due: null, urgency: 'today' }), 'Thank Aisha Rahman');
    assert.equal(stepTitle({ kind: 'debrief', text: 'Debrief with Dana Reyes by phone', person: 'Dana Reyes', via: 'phone', due: null, urgency: 'today' }), 'Debrief with Dana Reyes');
    assert.equal(stepTitle({ kind: 'answer-offer', text: 'Answer the offer: email Samuel Osei', person: 'Samuel Osei', due: null, urgency: 'soon' }), 'Answer the offer');
    assert.equal(stepTitle({ kind: 'check-in', text: 'Wait for their decision, then check in with Priya Natarajan by email', person: 'Priya Natarajan', due: null, urgency: 'waiting' }), 'Wait for their decision');
    assert.equal(stepTitle({ kind: 'check-in', text: 'Check in with Carla Walton by email', person: 'Carla Walton', due: null, urgency: 'today' }), 'Check in with Carla Walton');
    assert.equal(stepTitle({ kind: 'other-offer', text: 'Tell Litware about your other offer and ask for an update', due: null, urgency: 'today' }), 'Mention your other offer');
    assert.equal(stepTitle({ kind: 'promised', text: 'Follow up by phone as promised', due: null, urgency: 'today' }), 'Call as promised');
    assert.equal(stepTitle({ kind: 'move-on', text: 'Move on: no more follow-ups to Proseware', due: null, urgency: 'waiting' }), 'Move on');
    assert.equal(stepTitle({ kind: 'fix', text: 'Fix the front matter so this interview can be read (see Problems)', due: null, urgency: 'today' }), 'Fix the front matter');
    assert.equal(stepTitle({ kind: 'fix', text: 'Make this file readable (see Problems)', due: null, urgency: 'today' }), 'Make this file readable');
  });

  it('the status bar counts: overdue and due today, apart', () => {
    assert.equal(dueCountPhrase(1, 2), '1 overdue, 2 due today');
    assert.equal(dueCountPhrase(0, 3), '3 due today');
    assert.equal(dueCountPhrase(2, 0), '2 overdue');
    assert.equal(dueCountPhrase(0, 0), '');
  });

  it('the CLI prints the same phrase as the editor', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'interviewers: [Jason Lee]']);
    const r = run({ 'a.md': text }, { now: '2026-11-21T16:00' })['a.md'];
    const now = civil(2026, 11, 21, 16, 0);
    assert.equal(r.next!.urgency, 'overdue');
    assert.equal(cliPhrase(r.next!, now), 'overdue since 14:00');
    assert.equal(stepLine(r.next!, now), `${r.next!.text} · overdue since 14:00`);
  });

  it('says "overdue" exactly when the step is overdue, and "today" only for its day (property)', () => {
    const minute = fc.integer({ min: civil(2026, 1, 1), max: civil(2027, 12, 31) });
    fc.assert(
      fc.property(minute, minute, fc.boolean(), (dueT, now, timed) => {
        const due: When = { t: timed ? dueT : dueT - (dueT % 1440), timed };
        const s = step('Check in with Acme by email', due, now);
        const p = stepPhrase(s, now);
        assert.equal(p.includes('overdue'), s.urgency === 'overdue', `${p} / ${s.urgency}`);
        if (s.urgency === 'today') assert.ok(p.includes('today'), p);
        assert.ok(!/\bon .* on /.test(stepLine(s, now)));
      }),
      { numRuns: 500 },
    );
  });
});
