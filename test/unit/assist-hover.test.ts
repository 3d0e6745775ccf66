/** Hover and inlay hints: what a date drives (from the plan), who a person is, what a value or rule id means. */
import { strict as assert } from 'node:assert';
import { hover, inlayHints } from '../../src/core/assist';
import { RULE_SUMMARIES } from '../../src/core/assist/schema';
import { RULE_IDS } from '../../src/core/types';
import { ONSITE, PATHS, cursor, journal, worldFor } from './assist-fixture';

/** The onsite file with line `line` replaced by `text` (a `|` marks the cursor). */
function onsite(line: number, text: string): string {
  return ONSITE.split('\n').map((l, i) => (i === line ? text : l)).join('\n');
}

function hoverAt(doc: string, today = '2026-11-23') {
  const c = cursor(doc);
  return hover(c.lines, c.line, c.character, worldFor(journal(undefined, today), PATHS.onsite, c.text));
}

function hintsOf(doc: string, today = '2026-11-23') {
  const j = journal(undefined, today);
  const lines = doc.split('\n');
  return inlayHints({ count: lines.length, line: (i) => lines[i] ?? '' }, worldFor(j, PATHS.onsite, doc)).map((h) => `${h.line}:${h.character} ${h.label}`);
}

describe('assist: hover', () => {
  it('on the interview date: its weekday, how far from today, the duties it drives', () => {
    const h = hoverAt(onsite(4, 'interview: 2026-11-2|0 14:00'))!;
    assert.equal(h.markdown, '**Fri 20 Nov 2026 14:00**, 3 days ago\n\n- thank-yous due by Sat 21 Nov 14:00\n\n- check in from Fri 4 Dec');
    assert.deepEqual([h.line, h.start, h.end], [4, 11, 27]);
  });

  it('on decision_by: the check-in date from the plan; it follows the settings (another clock)', () => {
    assert.equal(hoverAt(onsite(9, 'decision_by: 2026-12-0|1'))!.markdown, '**Tue 1 Dec 2026**, in 8 days\n\n- check in from Fri 4 Dec\n\n11 days after the interview.');
    assert.equal(hoverAt(onsite(9, 'decision_by: 2026-12-0|1'), '2026-12-01')!.markdown, '**Tue 1 Dec 2026**, today\n\n- check in from Fri 4 Dec\n\n11 days after the interview.');
    assert.equal(hoverAt(onsite(11, '  - date: 2026-11-2|0'))!.markdown, '**Fri 20 Nov 2026**, 3 days ago\n\nThe day of the interview.');
  });

  it('on a date-only interview the thank-yous are due by the end of the next day', () => {
    assert.match(hoverAt(onsite(4, 'interview: 2026-11-2|0'))!.markdown, /thank-yous due by Sat 21 Nov\n/);
  });

  it('on a person: their details and contacts so far, across the company\'s files', () => {
    assert.equal(hoverAt(onsite(12, '    to: Pri|ya Shah'))!.markdown, '**Priya Shah**, interviewer\n\nContacts so far: 1 sent, 0 from them; last Fri 20 Nov (3 days ago).');
    // Tom is not thanked yet: the problem on his name adds its rule.
    assert.equal(hoverAt(onsite(7, '  - name: To|m Hill'))!.markdown, '**Tom Hill**, interviewer: tom@acme.example\n\nNo contacts yet.\n\n---\n\n**thank-you-overdue**: Each interviewer should get a thank-you within the thank-you window after the interview.\n\n[Read more](https://github.com/interview-journal/interview-journal/blob/main/docs/rules.md#thank-you-overdue)');
    // The recruiter of another round: her details from there, the contacts of every round.
    const rita = hoverAt(onsite(12, '    to: Ri|ta Moreno'))!.markdown;
    assert.ok(rita.startsWith('**Rita Moreno**, recruiter: TalentCo\n\nContacts so far: 1 sent, 1 from them; last Fri 20 Nov (3 days ago).\n\n---\n\n**unknown-person**: '), rita);
  });

  it('on a rule id in ignore:, its summary and link; on via, kind and status values, their meaning; on a key, its meaning', () => {
    const rule = hoverAt(ONSITE.replace('---\n\n## Notes', 'ignore: [too-fre|quent]\n---\n\n## Notes'))!;
    assert.equal(rule.markdown, '**too-frequent**: Leave a few days between two messages to the same company (thank-yous aside).\n\n[Read more](https://github.com/interview-journal/interview-journal/blob/main/docs/rules.md#too-frequent)');
    assert.deepEqual([rule.start, rule.end], [9, 21]);
    // Priya gave no email address: the problem on the channel adds its rule.
    assert.equal(hoverAt(onsite(13, '    via: em|ail'))!.markdown, '**email**: An email (to an address they gave you).\n\n---\n\n**email-not-given**: Email only people who gave you their address.\n\n[Read more](https://github.com/interview-journal/interview-journal/blob/main/docs/rules.md#email-not-given)');
    assert.match(hoverAt(onsite(14, '    kind: thank|-you'))!.markdown, /^\*\*thank-you\*\*: Thanks after the interview/);
    assert.match(hoverAt(ONSITE.replace('round: onsite', 'round: onsite\nstatus: of|fer'))!.markdown, /^\*\*offer\*\*: They made you an offer/);
    assert.match(hoverAt(onsite(11, '  - da|te: 2026-11-20'))!.markdown, /^\*\*date\*\*: When/);
  });

  it('every rule id has its own summary', () => {
    for (const id of RULE_IDS) assert.ok(RULE_SUMMARIES[id], id);
  });

  it('on company: its rounds in the journal', () => {
    assert.equal(hoverAt(onsite(1, 'company: Ac|me'))!.markdown, '**Acme**: 2 rounds in the journal: phone screen (Tue 10 Nov 14:00), onsite (Fri 20 Nov 14:00).');
  });

  it('on a problem: its rule\'s summary and link, after what the hover says about the value', () => {
    const stranger = hoverAt(onsite(12, '    to: Pri|ya Shaw'))!;
    assert.equal(
      stranger.markdown,
      '**Priya Shaw**\n\nContacts so far: 1 sent, 0 from them; last Fri 20 Nov (3 days ago).\n\n---\n\n**unknown-person**: A contact names someone who is not an interviewer or the recruiter.\n\n[Read more](https://github.com/interview-journal/interview-journal/blob/main/docs/rules.md#unknown-person)',
    );
    const broken = hoverAt(onsite(9, 'decision_by: 2026-02-3|0'))!;
    assert.match(broken.markdown, /^\*\*invalid-date\*\*: A date that is not a real date/);
    assert.deepEqual([broken.line, broken.start, broken.end], [9, 13, 23]);
  });

  it('nothing in the body, on a free text value', () => {
    assert.equal(hoverAt(ONSITE.replace('## Notes', '## No|tes')), undefined);
    assert.equal(hoverAt(onsite(2, 'role: Platf|orm Engineer')), undefined);
  });
});

describe('assist: inlay hints', () => {
  it('after interview:, decision_by: and promised:, from the plan', () => {
    const doc = ONSITE.replace('decision_by: 2026-12-01', 'decision_by: 2026-12-01\npromised: 2026-11-25');
    assert.deepEqual(hintsOf(doc), ['4:27 thank-yous due by Sat 21 Nov 14:00', '9:23 check in from Fri 4 Dec', '10:20 promised, in 2 days']);
  });

  it('promised in the past and as a map; a quoted date puts the hint after the quote', () => {
    const doc = ONSITE.replace('decision_by: 2026-12-01', 'decision_by: "2026-12-01"\npromised: {by: 2026-11-21, via: email}');
    assert.deepEqual(hintsOf(doc), ['4:27 thank-yous due by Sat 21 Nov 14:00', '9:25 check in from Fri 4 Dec', '10:25 2 days past the promise']);
  });

  it('follow edits: a new decision date moves the check-in', () => {
    assert.deepEqual(hintsOf(ONSITE.replace('decision_by: 2026-12-01', 'decision_by: 2026-12-08')).slice(1), ['9:23 check in from Fri 11 Dec']);
  });

  it('none on broken dates, none without front matter', () => {
    assert.deepEqual(hintsOf(ONSITE.replace('decision_by: 2026-12-01', 'decision_by: soon')), ['4:27 thank-yous due by Sat 21 Nov 14:00']);
    assert.deepEqual(hintsOf('# just notes\n'), []);
  });
});
