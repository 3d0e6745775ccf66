import { strict as assert } from 'node:assert';
import { findEmoji, findFollowingUp, findPlaceholders, maskCode, referenceLabels } from '../../src/core/rules/draft-text';
import type { Settings } from '../../src/core/settings';
import type { Diagnostic, RuleId } from '../../src/core/types';
import { check, entry, only, ranges } from './helpers';

const NOW = '2026-12-01T12:00';
const DRAFT_RULES: RuleId[] = ['draft-too-long', 'draft-following-up', 'draft-emoji', 'draft-placeholder'];

/** Front matter of 6 lines plus the two delimiters: body line i (0-based) is file line i + 9. */
const FM = [
  'company: Acme',
  'role: Staff Engineer',
  'interview: 2026-11-20 10:00',
  'interviewers: [Jason Lee, Maria Gomez]',
  'decision_by: 2026-11-27',
  'tags: [x]',
];

function draftDiags(body: string[], settings: Partial<Settings> = {}, eol = '\n'): Diagnostic[] {
  const text = entry(FM, body.join('\n')).replace(/\n/g, eol);
  return check(text, { now: NOW, settings }).filter((d) => DRAFT_RULES.includes(d.rule));
}

/** `n` words. */
function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
}

const TITLE = 'Draft: thank-you to Jason';

describe('draft rules', () => {
  describe('draft-too-long', () => {
    it('fires on a draft longer than draftMaxWords, on its heading', () => {
      const d = draftDiags(['# Notes', '', `## ${TITLE}`, '', words(151)]);
      assert.deepEqual(ranges(d), ['11:1-11:29 draft-too-long']);
      assert.deepEqual(only(d, 'draft-too-long'), [
        [11, 1, 'Draft "Draft: thank-you to Jason" has 151 words, more than 150: keep a follow-up brief (thanks, one point about your fit, your interest); cut it to 150 words or fewer.'],
      ]);
      assert.equal(d[0].severity, 'information');
    });

    it('does not fire at exactly the limit, and counts only the draft section', () => {
      assert.deepEqual(draftDiags([`## ${TITLE}`, words(150), '## Notes', words(500)]), []);
      assert.deepEqual(draftDiags(['## Notes', words(500)]), []);
    });

    it('follows the draftMaxWords setting, and checks each draft on its own', () => {
      const d = draftDiags(['## Draft one', 'Thank you for your time today.', '## Draft two', 'Thanks.'], { draftMaxWords: 5 });
      assert.deepEqual(only(d, 'draft-too-long'), [
        [9, 1, 'Draft "Draft one" has 6 words, more than 5: keep a follow-up brief (thanks, one point about your fit, your interest); cut it to 5 words or fewer.'],
      ]);
    });
  });

  describe('draft-following-up', () => {
    it('fires on each phrase, case-insensitive, with hyphen and line-break variants, on the exact text', () => {
      const d = draftDiags([
        `## ${TITLE}`,
        'I am Following up on our talk.',
        'Just wanted to say: checking in, and a follow-up on the role.',
        'I will be following',
        'up soon. I want to FOLLOW UP ON it.',
      ]);
      assert.deepEqual(ranges(d), [
        '10:6-10:18 draft-following-up',
        '11:1-11:15 draft-following-up',
        '11:21-11:32 draft-following-up',
        '11:40-11:52 draft-following-up',
        '12:11-13:3 draft-following-up',
        '13:20-13:32 draft-following-up',
      ]);
      assert.deepEqual(only(d, 'draft-following-up')[0], [
        10,
        6,
        `Don't write "Following up" in draft "${TITLE}": they know why you are writing. Say instead what you have been thinking about since the interview and why you want the role.`,
      ]);
      assert.equal(d[4].message.startsWith('Don\'t write "following up" in draft'), true);
    });

    it('does not fire on near-misses, in code, or outside drafts', () => {
      const d = draftDiags([
        '## Notes',
        'Following up is fine in notes.',
        `## ${TITLE}`,
        'The following updates: I will follow up. Checking into it. I just want to thank you.',
        'My follow-ups, following upstream, follow up only by email.',
        '`following up` in code',
        '```',
        'checking in',
        '```',
        '## Next section',
        'just wanted to say',
      ]);
      assert.deepEqual(d, []);
    });

    it('keeps looking in sub-sections of the draft, up to a heading of the same level', () => {
      const d = draftDiags(['## Draft: check-in', '### Subject', 'Checking in', '## Notes', 'Checking in', '# Draft: other', 'checking in']);
      assert.deepEqual(ranges(d), ['11:1-11:12 draft-following-up', '15:1-15:12 draft-following-up']);
    });
  });

  describe('a draft within a draft', () => {
    it('is measured on its own but scanned once, with the outer draft', () => {
      const d = draftDiags(['## Draft: thank-you', 'Dear [Name],', '### Draft: shorter version', 'Hi [Name] :)', '## Notes', '[Name]'], { draftMaxWords: 1 });
      assert.deepEqual(ranges(d), [
        '9:1-9:20 draft-too-long',
        '10:6-10:12 draft-placeholder',
        '11:1-11:27 draft-too-long',
        '12:4-12:10 draft-placeholder',
        '12:11-12:13 draft-emoji',
      ]);
    });
  });

  describe('draft-emoji', () => {
    it('fires on each emoji, a whole sequence at a time (skin tone, ZWJ family, flag, keycap); ☺ as text is no emoji', () => {
      const d = draftDiags([`## ${TITLE}`, 'Great 👍🏽 team 👨‍👩‍👧 from 🇺🇸 and 1️⃣ ☺ 🎉 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}.']);
      assert.deepEqual(ranges(d), [
        '10:7-10:11 draft-emoji',
        '10:17-10:25 draft-emoji',
        '10:31-10:35 draft-emoji',
        '10:40-10:43 draft-emoji',
        '10:46-10:48 draft-emoji',
        '10:49-10:63 draft-emoji',
      ]);
      assert.deepEqual(only(d, 'draft-emoji')[0], [10, 7, `Remove "👍🏽" from draft "${TITLE}": keep follow-ups professional, without emoji or smileys.`]);
    });

    it('emoji means emoji presentation: ✔ ▶ ↔ ❤ used as text are symbols, ❤️ and ✔️ are emoji', () => {
      const d = draftDiags([`## ${TITLE}`, 'Done ✔ next ▶ A ↔ B ❤ but ❤️ and ✔️']);
      assert.deepEqual(ranges(d), ['10:27-10:29 draft-emoji', '10:34-10:36 draft-emoji']);
    });

    it('"following up" with a no-break space is still "following up"', () => {
      const d = draftDiags([`## ${TITLE}`, 'I am following\u00A0up on our talk.']);
      assert.deepEqual(ranges(d).filter((r) => r.endsWith('draft-following-up')), ['10:6-10:18 draft-following-up']);
    });

    it('fires on emoticons', () => {
      const d = draftDiags([`## ${TITLE}`, 'Thanks :) and :-) then ;) and :( or :D :P, <3 =) ^_^ and Thanks:)']);
      assert.deepEqual(
        only(d, 'draft-emoji').map(([l, c, m]) => [l, c, /"(.*?)"/.exec(m)?.[1]]),
        [
          [10, 8, ':)'],
          [10, 15, ':-)'],
          [10, 24, ';)'],
          [10, 31, ':('],
          [10, 37, ':D'],
          [10, 40, ':P'],
          [10, 44, '<3'],
          [10, 47, '=)'],
          [10, 50, '^_^'],
          [10, 64, ':)'],
        ],
      );
    });

    it('does not fire on ©, ®, ™, times, ratios, words after a colon, URLs, or code', () => {
      const d = draftDiags([
        `## ${TITLE}`,
        'Acme© and Widget® and Thing™ at 10:30 (ratio 2:1) or (10:00).',
        'Note:Please read: Done. In <30 minutes. See https://example.com/a:)b and http://x.io/;)',
        'List:(a) and b. Code `:)` and `👍`.',
        '```',
        '🎉 :)',
        '```',
      ]);
      assert.deepEqual(d, []);
    });
  });

  describe('draft-placeholder', () => {
    it('fires on each placeholder with a message quoting it and saying what to put there', () => {
      const d = draftDiags([
        `## ${TITLE}`,
        'Dear [Name], thank you for the <role> interview at {{company}}.',
        'Best, ${my name} TODO add the project XXX',
        'Thanks [Interviewer Name] and <...> and [Something]',
      ]);
      assert.deepEqual(ranges(d), [
        '10:6-10:12 draft-placeholder',
        '10:32-10:38 draft-placeholder',
        '10:52-10:63 draft-placeholder',
        '11:7-11:17 draft-placeholder',
        '11:18-11:22 draft-placeholder',
        '11:39-11:42 draft-placeholder',
        '12:8-12:26 draft-placeholder',
        '12:31-12:36 draft-placeholder',
        '12:41-12:52 draft-placeholder',
      ]);
      assert.deepEqual(
        d.map((x) => x.message),
        [
          `Replace "[Name]" in draft "${TITLE}" with the interviewer's name (Jason Lee) before sending.`,
          `Replace "<role>" in draft "${TITLE}" with the role (Staff Engineer) before sending.`,
          `Replace "{{company}}" in draft "${TITLE}" with the company's name (Acme) before sending.`,
          `Replace "\${my name}" in draft "${TITLE}" with your own name before sending.`,
          `"TODO" is still in draft "${TITLE}": finish that part and delete the marker before sending.`,
          `"XXX" is still in draft "${TITLE}": finish that part and delete the marker before sending.`,
          `Replace "[Interviewer Name]" in draft "${TITLE}" with the interviewer's name (Jason Lee) before sending.`,
          `Replace "<...>" in draft "${TITLE}" with the real text before sending.`,
          `Replace "[Something]" in draft "${TITLE}" with the real text before sending.`,
        ],
      );
      assert.equal(d[0].severity, 'warning');
    });

    it('names no interviewer when the draft title does not say which one', () => {
      const d = draftDiags(['## Draft: thank-you', 'Dear [Name],']);
      assert.deepEqual(only(d, 'draft-placeholder'), [[10, 6, `Replace "[Name]" in draft "Draft: thank-you" with the interviewer's name before sending.`]]);
    });

    it('does not fire on markdown that only looks like a placeholder', () => {
      const d = draftDiags([
        `## ${TITLE}`,
        '- [ ] send it',
        '- [x] proofread',
        'See [the post](https://acme.com/blog) and [the docs][docs] and [Acme] and ![logo](logo.png).',
        'A footnote[^1] and [^note], a citation [1], an elision [...], \\[escaped\\], [[Wiki Page]].',
        'Links <https://acme.com> and <mailto:jason@acme.com> and <jason@acme.com>, [a](<my file.md>).',
        '<!-- private note [Name] <company> --> <b>bold</b> <br> <br/> <span class="x">x</span>',
        'If a < b and c > d, or 1 <2 ... > y; todo, Todo, TODOs, XXXL, XXX-large? No: XXXX.',
        'Inline `[Name]` and `{{x}}`, and:',
        '```',
        'Dear [Name] TODO ${x} <company>',
        '```',
        '',
        '[docs]: https://acme.com/docs',
        '[acme]: https://acme.com',
      ]);
      assert.deepEqual(ranges(d), ['16:63-16:66 draft-placeholder']);
      // "XXX-large": the hyphen ends the word, so XXX is a marker; "XXXX" and "XXXL" are not.
      assert.match(d[0].message, /^"XXX" is still in draft/);
    });

    it('finds a TODO left in an HTML comment, and reports [TODO] once', () => {
      const d = draftDiags([`## ${TITLE}`, 'Hello <!-- TODO: mention the demo --> and [TODO] there.']);
      assert.deepEqual(ranges(d), ['10:12-10:16 draft-placeholder', '10:43-10:49 draft-placeholder']);
      assert.deepEqual(
        d.map((x) => x.message),
        [
          `"TODO" is still in draft "${TITLE}": finish that part and delete the marker before sending.`,
          `Replace "[TODO]" in draft "${TITLE}" with the real text before sending.`,
        ],
      );
    });

    it('does not look outside drafts', () => {
      assert.deepEqual(draftDiags(['# Notes', 'Dear [Name] TODO {{x}}', `## ${TITLE}`, 'All good.', '## Later', 'TODO [Name]']), []);
    });
  });

  describe('every draft rule', () => {
    const body = [`## ${TITLE}`, 'Dear [Name], just wanted to say thanks :)', '', 'Best'];

    it('gives the same ranges with CRLF line endings', () => {
      const lf = ranges(draftDiags(body));
      assert.deepEqual(lf, ['10:6-10:12 draft-placeholder', '10:14-10:28 draft-following-up', '10:40-10:42 draft-emoji']);
      assert.deepEqual(ranges(draftDiags(body, {}, '\r\n')), lf);
    });

    it('honours severity settings, `ignore:` and closed entries', () => {
      const d = draftDiags(body, { rules: { 'draft-emoji': 'off', 'draft-placeholder': 'error' } });
      assert.deepEqual(
        d.map((x) => [x.rule, x.severity]),
        [
          ['draft-placeholder', 'error'],
          ['draft-following-up', 'information'],
        ],
      );
      const ignored = entry([...FM, 'ignore: [draft-following-up, draft-emoji]'], body.join('\n'));
      assert.deepEqual(
        check(ignored, { now: NOW }).filter((x) => DRAFT_RULES.includes(x.rule)).map((x) => x.rule),
        ['draft-placeholder'],
      );
      const closed = entry([...FM, 'status: withdrawn'], body.join('\n'));
      assert.deepEqual(check(closed, { now: NOW }), []);
    });

    it('scans large drafts of hostile text in linear time', function () {
      this.timeout(60_000);
      // 250 KB each: linear scans take milliseconds; one quadratic or backtracking pattern
      // would need ~10^10 steps, far beyond the bound even on a loaded machine.
      const mb = 250_000;
      const hostile = [
        '['.repeat(mb),
        '<'.repeat(mb),
        '{{'.repeat(mb / 2),
        '${'.repeat(mb / 2),
        ' '.repeat(mb),
        '> '.repeat(mb / 2),
        Array.from({ length: mb / 8 }, (_, i) => '`'.repeat(1 + (i % 7)) + 'x').join(''),
        '<!--'.repeat(mb / 4),
        'following'.padEnd(mb, ' '),
        'https://'.repeat(mb / 8),
        '[a]: b\n'.repeat(mb / 7),
      ];
      for (const text of hostile) {
        const started = process.hrtime.bigint();
        const { prose, notes } = maskCode(text);
        findFollowingUp(prose);
        findEmoji(prose);
        findPlaceholders(prose, notes, referenceLabels(text));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        assert.ok(ms < 5000, `${JSON.stringify(text.slice(0, 12))}... took ${ms} ms`);
      }
    });
  });
});
