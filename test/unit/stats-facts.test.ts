/**
 * The statistics' speed tricks equal the plain path: each entry's facts (two passes over its
 * packed contacts and problems) against the straightforward definition (every message of yours
 * checked against every message of theirs), the stamps, the order of the
 * timelines when only the latest are asked for, the weekly counts, and the journal's kept path
 * order. On the corpora and on random input.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { join } from 'node:path';
import { dayOf, formatDate, formatTime, startOfDayNumber, weekday } from '../../src/core/civil';
import type { Contact, Entry } from '../../src/core/entry';
import { Journal, type FileResult } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { latestFirst, MAX_WEEKS, stamp } from '../../src/core/stats';
import { core } from '../../src/core/stats-core';
import { entryFactsOf, factsOf, mondayOf, SEVERITIES, WEEK_INTERVIEW, WEEK_RECEIVED, WEEK_SENT, type EntryFacts, type ResultFacts } from '../../src/core/stats-entry';
import { packContacts, packProblems, unpackContact } from '../../src/core/packed';
import { CONTACT_KINDS, RULE_IDS, VIAS, type Diagnostic } from '../../src/core/types';
import { generatedJournal, mdFiles, ROOT } from './corpus';

// ---------------------------------------------------------------- the plain path

const FIRST_ROUND = /screen|^\s*(?:1|1st|first|one|intro\w*|initial|recruiter\w*)\s*(?:round|interview|call)?\s*$/i;

const plainMonday = (t: number) => dayOf(t) - ((weekday(t) + 6) % 7);

/** They wrote after this message: later, or at the same moment and listed after it, or date-only on its day when it has a time. */
function answeredAfter(c: Contact, contacts: readonly Contact[]): boolean {
  for (const o of contacts) {
    if (o.dir !== 'from') continue;
    if (o.when.t > c.when.t || (o.when.t === c.when.t && o.index > c.index)) return true;
    if (!o.when.timed && dayOf(o.when.t) === dayOf(c.when.t) && c.when.timed) return true;
  }
  return false;
}

/** The facts as first written: what the fast path must give. */
function plainFacts(r: FileResult) {
  const e = r.entry;
  const sent: number[] = [];
  const weeks: number[] = [];
  if (e.interview) weeks.push(plainMonday(e.interview.t) * 3 + WEEK_INTERVIEW);
  let latest = -Infinity;
  let offer = e.status === 'offer' || e.status === 'accepted';
  for (const c of e.contacts) {
    latest = Math.max(latest, c.when.t);
    if (c.dir === 'from') {
      weeks.push(plainMonday(c.when.t) * 3 + WEEK_RECEIVED);
      if (c.kind === 'offer') offer = true;
      continue;
    }
    weeks.push(plainMonday(c.when.t) * 3 + WEEK_SENT);
    sent.push((CONTACT_KINDS.indexOf(c.kind) * VIAS.length + VIAS.indexOf(c.via)) * 2 + (answeredAfter(c, e.contacts) ? 1 : 0));
  }
  let answerDays: number | undefined;
  let waiting = false;
  if (e.interview) {
    const day = dayOf(e.interview.t);
    let best: Contact | undefined;
    for (const c of e.contacts) if (c.dir === 'from' && dayOf(c.when.t) >= day && (!best || c.when.t < best.when.t)) best = c;
    if (best) answerDays = dayOf(best.when.t) - day;
    else waiting = !e.closed;
  }
  return {
    isEntry: e.isEntry,
    status: e.status,
    urgency: r.next?.urgency,
    key: e.companyKey,
    company: e.company,
    laterRound: e.round !== undefined && e.round.trim() !== '' && !FIRST_ROUND.test(e.round),
    offer,
    accepted: e.status === 'accepted',
    interview: e.interview?.t,
    keepT: e.interview ? e.interview.t : latest,
    answerDays,
    waiting,
    rules: r.diagnostics.map((d) => RULE_IDS.indexOf(d.rule) * 3 + SEVERITIES.indexOf(d.severity)),
    sent,
    weeks,
  };
}

/** The fast path's facts in the plain path's shape (from the packed contacts and problems). */
function fastFacts(r: FileResult) {
  const f = factsOf(r, entryFactsOf(r.entry));
  const e = f.entry;
  return {
    isEntry: e.isEntry,
    status: e.status,
    urgency: f.urgency,
    key: e.key,
    company: e.company,
    laterRound: e.laterRound,
    offer: e.offer,
    accepted: e.accepted,
    interview: e.interview,
    keepT: e.keepT,
    answerDays: e.answerDays,
    waiting: e.waiting,
    rules: f.rules,
    sent: e.codes.slice(0, e.sentEnd),
    weeks: e.codes.slice(e.sentEnd),
  };
}

function resultsOf(files: { path: string; text: string }[]): FileResult[] {
  const j = new Journal({ ...DEFAULT_SETTINGS, today: '2026-11-23' });
  for (const f of files) j.setFile(f.path, f.text);
  j.refresh();
  return j.all();
}

// ---------------------------------------------------------------- random entries

const BASE = dayOf(Date.UTC(2026, 10, 1) / 60000);

/** Moments on a few days at a few times, so that ties (the same moment, the same day) are common. */
const arbWhen = fc.record({ day: fc.integer({ min: 0, max: 12 }), minute: fc.constantFrom(0, 540, 600, 841), timed: fc.boolean() }).map(({ day, minute, timed }) => ({ t: startOfDayNumber(BASE + day) + (timed ? minute : 0), timed }));

const arbContact = fc.record({ when: arbWhen, dir: fc.constantFrom<'to' | 'from'>('to', 'from'), kind: fc.constantFrom(...CONTACT_KINDS), via: fc.constantFrom(...VIAS) });

const arbDiagnostic = fc.record({ rule: fc.constantFrom(...RULE_IDS), severity: fc.constantFrom(...SEVERITIES) });

const arbResult = fc
  .record({
    contacts: fc.array(arbContact, { maxLength: 9 }),
    interview: fc.option(arbWhen, { nil: undefined }),
    status: fc.constantFrom('active', 'offer', 'accepted', 'rejected', 'withdrawn'),
    closed: fc.boolean(),
    round: fc.option(fc.constantFrom('', ' ', 'Phone screen', 'first', 'Round 2', 'onsite', 'Intro call'), { nil: undefined }),
    diagnostics: fc.array(arbDiagnostic, { maxLength: 6 }),
  })
  .map(({ contacts, interview, status, closed, round, diagnostics }) => {
    // As the parser leaves them: sorted by moment, then as listed.
    const list = contacts.map((c, index) => ({ ...c, index, who: 'Jo', whoKey: 'jo' }) as unknown as Contact).sort((a, b) => a.when.t - b.when.t || a.index - b.index);
    const entry = { isEntry: true, status, closed, round, interview, company: 'Acme', companyKey: 'acme', contacts: list, contactCodes: packContacts(list) } as unknown as Entry;
    return { path: 'a.md', entry, diagnostics: diagnostics as Diagnostic[], next: undefined, steps: [] } as FileResult;
  });

describe('stats: the fast facts equal the plain path', function () {
  this.timeout(120_000);

  const corpora: [string, () => { path: string; text: string }[]][] = [
    ['the examples', () => mdFiles(join(ROOT, 'examples'))],
    ['test/hostile', () => mdFiles(join(ROOT, 'test', 'hostile'))],
    ['a generated journal (300, default)', () => generatedJournal(300)],
    ['a generated journal (300, busy)', () => generatedJournal(300, 'busy')],
  ];
  for (const [name, files] of corpora) {
    it(`on ${name}: the facts, the packed contacts and the packed problems`, () => {
      const results = resultsOf(files());
      assert.ok(results.length > 0);
      for (const r of results) {
        assert.deepEqual(fastFacts(r), plainFacts(r), r.path);
        const e = r.entry;
        assert.equal(e.contactCodes.length, 2 * e.contacts.length, r.path);
        e.contacts.forEach((c, i) => assert.deepEqual(unpackContact(e.contactCodes, i), { t: c.when.t, timed: c.when.timed, dir: c.dir, kind: c.kind, via: c.via }, `${r.path} contact ${i}`));
        assert.deepEqual(r.problemCodes, packProblems(r.diagnostics), r.path);
        r.diagnostics.forEach((d, i) => assert.deepEqual([RULE_IDS[Math.floor(r.problemCodes![i] / 3)], SEVERITIES[r.problemCodes![i] % 3]], [d.rule, d.severity]));
      }
    });
  }

  it('on random entries: ties at the same moment and on the same day, answers before and after', () => {
    fc.assert(
      fc.property(arbResult, (r) => {
        assert.deepEqual(fastFacts(r), plainFacts(r));
      }),
      { numRuns: 3000 },
    );
  });

  it('stamps, before 1970 and after 2106 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200 * 525_600, max: 300 * 525_600 }), fc.boolean(), (t, timed) => {
        const m = timed ? t : startOfDayNumber(dayOf(t));
        assert.equal(stamp({ t: m, timed }), timed ? `${formatDate(m)}T${formatTime(m)}` : formatDate(m));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('stats: the latest timelines first', () => {
  const plainOrder = (ts: number[], paths: string[]) => ts.map((_, i) => i).sort((a, b) => (ts[a] === ts[b] ? (paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : 0) : ts[b] - ts[a]));

  it('the first `max` of the full order, with ties, undated entries and every `max`', () => {
    const arb = fc.array(fc.record({ t: fc.oneof(fc.constant(-Infinity), fc.integer({ min: 0, max: 40 })), path: fc.constantFrom('a', 'b', 'c', 'd', 'e/f', 'É') }), { maxLength: 200 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 210 }), (rows, max) => {
        const ts = rows.map((r) => r.t);
        const paths = rows.map((r) => r.path);
        assert.deepEqual(latestFirst(ts, paths, max), plainOrder(ts, paths).slice(0, max));
        assert.deepEqual(latestFirst(ts, paths), plainOrder(ts, paths));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stats: weekly counts', () => {
  /** Facts with only weeks: an interview, sent and received messages on the given days. */
  const factsWithWeeks = (days: { day: number; what: number }[]): ResultFacts => {
    const entry: EntryFacts = {
      isEntry: true,
      status: 'active',
      key: 'acme',
      company: 'Acme',
      laterRound: false,
      offer: false,
      accepted: false,
      interview: undefined,
      keepT: 0,
      answerDays: undefined,
      waiting: false,
      codes: days.map((d) => mondayOf(startOfDayNumber(d.day)) * 3 + d.what),
      sentEnd: 0,
      contacts: undefined,
    };
    return { result: undefined as unknown as FileResult, entry, urgency: undefined, rules: [], timeline: undefined };
  };

  it('equal a plain count by week, for weeks near the clock and decades before it', () => {
    const now = startOfDayNumber(BASE);
    const arb = fc.array(fc.array(fc.record({ day: fc.oneof(fc.integer({ min: BASE - 60, max: BASE + 70 }), fc.integer({ min: BASE - 30 * 366, max: BASE - 19 * 366 })), what: fc.constantFrom(WEEK_INTERVIEW, WEEK_SENT, WEEK_RECEIVED) }), { maxLength: 6 }), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (entries) => {
        const weekly = core(entries.map(factsWithWeeks), now, undefined).weekly;
        // The plain path: a Map by week, the weeks up to eight after the clock's, the latest MAX_WEEKS.
        const counts = new Map<number, number[]>();
        const last = plainMonday(now) + 56;
        for (const e of entries)
          for (const { day, what } of e) {
            const w = plainMonday(startOfDayNumber(day));
            if (w > last) continue;
            if (!counts.has(w)) counts.set(w, [0, 0, 0]);
            counts.get(w)![what]++;
          }
        const keys = [...counts.keys()];
        const expected = [];
        if (keys.length) {
          const hi = Math.max(...keys);
          for (let w = Math.max(Math.min(...keys), hi - 7 * (MAX_WEEKS - 1)); w <= hi; w += 7) {
            const c = counts.get(w) ?? [0, 0, 0];
            expected.push({ week: formatDate(startOfDayNumber(w)), sent: c[WEEK_SENT], received: c[WEEK_RECEIVED], interviews: c[WEEK_INTERVIEW] });
          }
        }
        assert.deepEqual(weekly, expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('journal: the kept path order', () => {
  it('all() is in path order through files added, removed and added again', () => {
    const names = ['b.md', 'a.md', 'c/d.md', 'c.md', 'Z.md', 'é.md'];
    const arb = fc.array(fc.record({ name: fc.constantFrom(...names), remove: fc.boolean(), refresh: fc.boolean() }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (ops) => {
        const j = new Journal({ ...DEFAULT_SETTINGS, today: '2026-11-23' });
        const present = new Set<string>();
        for (const op of ops) {
          if (op.remove) {
            j.removeFile(op.name);
            present.delete(op.name);
          } else {
            j.setFile(op.name, '---\ncompany: Acme\n---\n');
            present.add(op.name);
          }
          if (op.refresh) {
            j.refresh();
            assert.deepEqual(
              j.all().map((r) => r.path),
              [...present].sort(),
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
