/** The workspace index: one file's failure stays in that file; incremental updates. */
import { strict as assert } from 'node:assert';
import { Journal } from '../../src/core/journal';
import { rule as followUpTooEarly } from '../../src/core/rules/follow-up-too-early';
import { rule as tooFrequent } from '../../src/core/rules/too-frequent';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { entry } from './helpers';

const settings = { ...DEFAULT_SETTINGS, today: '2026-11-23' };
const A = entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [Jason Lee]', 'contacts:', '  - {date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you}']);
const B = entry(['company: Globex', 'role: QA', 'interview: 2026-11-20', 'interviewers: [Hank]', 'colour: blue']);

describe('journal: failures stay in their file', () => {
  it('a rule that throws gives that file one error naming the failure; other rules and files are unaffected', () => {
    const original = followUpTooEarly.check!;
    try {
      followUpTooEarly.check = (e) => {
        if (e.company === 'Acme') throw new Error('boom');
        return original(e, { settings, now: 0, sameCompany: [], offers: [] });
      };
      const j = new Journal(settings);
      j.setFile('a.md', A);
      j.setFile('b.md', B);
      j.refresh();
      const a = j.result('a.md')!;
      assert.deepEqual(
        a.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.message]),
        [['internal-error', 'Interview Journal could not check this file: rule follow-up-too-early failed (boom). The other files are not affected; please report this.']],
      );
      assert.ok(a.next, 'the next step is still worked out');
      assert.deepEqual(j.result('b.md')!.diagnostics.map((d) => d.rule), ['decision-date-missing', 'thank-you-overdue', 'unknown-field']);
    } finally {
      followUpTooEarly.check = original;
    }
  });
  it('two rules that throw on one file give one internal-error at 1:1 naming both; a closed entry runs no rule', () => {
    const first = followUpTooEarly.check!;
    const second = tooFrequent.check!;
    try {
      followUpTooEarly.check = () => {
        throw new Error('boom');
      };
      tooFrequent.check = () => {
        throw new TypeError('bang');
      };
      const j = new Journal(settings);
      j.setFile('a.md', A);
      j.setFile('c.md', A.replace('company: Acme', 'company: Acme\nstatus: rejected'));
      j.refresh();
      const errors = j.result('a.md')!.diagnostics.filter((d) => d.rule === 'internal-error');
      assert.deepEqual(
        errors.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.message]),
        [['error', 0, 0, 'Interview Journal could not check this file: rule follow-up-too-early failed (boom); rule too-frequent failed (bang). The other files are not affected; please report this.']],
      );
      assert.deepEqual(j.result('c.md')!.diagnostics, []);
    } finally {
      followUpTooEarly.check = first;
      tooFrequent.check = second;
    }
  });
});

describe('journal: incremental updates', () => {
  it('refresh() reports only what changed: the edited file and the files of its company', () => {
    const j = new Journal(settings);
    j.setFile('a1.md', A);
    j.setFile('a2.md', A.replace('role: Eng', 'role: Eng II'));
    j.setFile('b.md', B);
    j.refresh();
    j.setFile('a1.md', A.replace('2026-11-20, to', '2026-11-21, to'));
    assert.deepEqual(j.refresh().changed.sort(), ['a1.md', 'a2.md']);
    j.removeFile('b.md');
    assert.deepEqual(j.refresh(), { changed: [], removed: ['b.md'] });
    assert.equal(j.result('b.md'), undefined);
  });
});
