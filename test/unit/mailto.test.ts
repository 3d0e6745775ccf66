/** Drafts to mail: plain text, addressee, subject, kind, and mailto: URIs with every reserved character escaped. */
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { parseEntry } from '../../src/core/entry';
import { draftAddressee, draftKind, draftMail, encodeComponent, mailtoUri, plainText } from '../../src/core/mailto';

const FRONT = [
  '---',
  'company: Acme',
  'role: Platform Engineer',
  'interview: 2026-11-20 14:00',
  'interviewers:',
  '  - Jason Lee',
  '  - name: Zoë Müller',
  '    email: zoe.mueller@acme.example',
  'recruiter: {name: Sam Rivera, email: sam+jobs@northstar.example}',
  '---',
  '',
].join('\n');

function mailOf(body: string, yourName = 'Ana Núñez') {
  const text = FRONT + body;
  const e = parseEntry('a.md', text);
  assert.ok(e.drafts.length >= 1, 'a draft');
  return draftMail(e, e.drafts[0], text, { yourName });
}

/** Decodes a mailto: URI back into its parts (as a mail client does). */
function parseMailto(uri: string): { to: string; subject: string; body: string } {
  const m = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(uri);
  assert.ok(m, uri);
  return { to: decodeURIComponent(m[1]), subject: decodeURIComponent(m[2]), body: decodeURIComponent(m[3]) };
}

describe('mailto: plain text of a draft', () => {
  it('removes markdown: emphasis, links, lists, code, comments, quotes', () => {
    const md = [
      'Dear **Zoë**,',
      '',
      'Thank you for *the* conversation about [the platform team](https://acme.example/team) and `kubectl`.',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '2. second',
      '',
      '> quoted',
      '',
      '<!-- note to self -->',
      '',
      'Best,  ',
      'Ana',
    ].join('\n');
    assert.equal(
      plainText(md),
      [
        'Dear Zoë,',
        '',
        'Thank you for the conversation about the platform team (https://acme.example/team) and kubectl.',
        '',
        '- one\n- two',
        '',
        '1. first\n2. second',
        '',
        '> quoted',
        '',
        'Best,\nAna',
      ].join('\n'),
    );
  });
});

describe('mailto: URIs', () => {
  it('escapes every reserved character of RFC 3986 in subject and body', () => {
    const reserved = ":/?#[]@!$&'()*+,;=%";
    const uri = mailtoUri({ to: 'a@b.example', subject: reserved, body: reserved });
    const query = uri.slice(uri.indexOf('?') + 1);
    const values = query.split('&').map((kv) => kv.slice(kv.indexOf('=') + 1));
    for (const v of values) assert.match(v, /^(?:%[0-9A-F]{2})+$/, v);
    assert.deepEqual(parseMailto(uri), { to: 'a@b.example', subject: reserved, body: reserved });
    assert.equal(encodeComponent("!'()*"), '%21%27%28%29%2A');
  });

  it('writes line breaks as CRLF and non-ASCII as UTF-8', () => {
    const uri = mailtoUri({ subject: 'Thank you from Zoë Ó Briain 山田', body: 'Hi\nthere\r\nand\rhere' });
    assert.ok(uri.startsWith('mailto:?subject=Thank%20you%20from%20Zo%C3%AB%20%C3%93%20Briain%20%E5%B1%B1%E7%94%B0&body='));
    assert.ok(uri.endsWith('body=Hi%0D%0Athere%0D%0Aand%0D%0Ahere'));
    assert.match(uri, /^[\x21-\x7e]+$/, 'only printable ASCII');
  });

  it('keeps @ of the address and escapes the rest (+, %, ?)', () => {
    assert.ok(mailtoUri({ to: 'sam+jobs@northstar.example', subject: 's', body: 'b' }).startsWith('mailto:sam%2Bjobs@northstar.example?'));
  });

  it('round-trips any subject and body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const uri = mailtoUri({ subject, body });
        assert.match(uri, /^[\x21-\x7e]+$/);
        const back = parseMailto(uri);
        assert.equal(back.subject, subject.replace(/\r\n|\r|\n/g, '\r\n'));
        assert.equal(back.body, body.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });
});

describe('mailto: a draft to send', () => {
  it('a thank-you to someone who gave an email: To, "Thank you from <name>", plain body', () => {
    const m = mailOf('## Draft: thank-you to Zoë\n\nDear Zoë,\n\nThank you for **today**.\n\nAna\n');
    assert.ok(m.ok);
    assert.equal(m.kind, 'thank-you');
    assert.deepEqual(m.to, { name: 'Zoë Müller', email: 'zoe.mueller@acme.example', role: 'interviewer' });
    assert.equal(m.subject, 'Thank you from Ana Núñez');
    assert.equal(m.body, 'Dear Zoë,\n\nThank you for today.\n\nAna');
    assert.deepEqual(parseMailto(m.uri), { to: 'zoe.mueller@acme.example', subject: 'Thank you from Ana Núñez', body: 'Dear Zoë,\r\n\r\nThank you for today.\r\n\r\nAna' });
  });

  it('never looks an address up: no email given, no To', () => {
    const m = mailOf('## Draft: thank-you to Jason\n\nDear Jason, thank you.\n');
    assert.ok(m.ok);
    assert.equal(m.to?.name, 'Jason Lee');
    assert.equal(m.to?.email, undefined);
    assert.ok(m.uri.startsWith('mailto:?subject='));
  });

  it('a check-in to the recruiter gets a plain subject', () => {
    const m = mailOf('## Draft: check-in with Sam\n\nHi Sam, any news on the timeline?\n');
    assert.ok(m.ok);
    assert.equal(m.kind, 'check-in');
    assert.equal(m.to?.email, 'sam+jobs@northstar.example');
    assert.equal(m.subject, 'Platform Engineer interview – Ana Núñez');
  });

  it('a "Subject:" line at the top of the draft (as the snippets write it) is the subject, not the body', () => {
    const m = mailOf('## Draft: check-in with Sam\n\nSubject: Platform Engineer position, Ana Núñez\n\nHi Sam, any news?\n');
    assert.ok(m.ok);
    assert.equal(m.subject, 'Platform Engineer position, Ana Núñez');
    assert.equal(m.body, 'Hi Sam, any news?');
    const same = mailOf('## Draft: thank-you to Zoë\n\nSubject: Thank you from Ana\nDear Zoë, thanks.\n');
    assert.ok(same.ok && same.subject === 'Thank you from Ana' && same.body === 'Dear Zoë, thanks.');
    assert.equal(draftKind('Draft: handwritten note to Zoë'), 'thank-you');
  });

  it('refuses a draft with placeholders, naming them', () => {
    const m = mailOf('## Draft: thank-you to Jason\n\nDear [Name], thanks for {{topic}}. TODO\n');
    assert.deepEqual(m, { ok: false, message: 'Draft "Draft: thank-you to Jason" still has placeholders ("[Name]", "{{topic}}", "TODO"): fill them in before sending.' });
  });

  it('refuses an empty draft; only its own section is sent', () => {
    assert.deepEqual(mailOf('## Draft: thank-you to Jason\n\n## Notes\n\nprivate\n'), { ok: false, message: 'Draft "Draft: thank-you to Jason" is empty: write the message under its heading first.' });
    const m = mailOf('## Draft: thank-you to Jason\n\nThanks!\n\n## Notes\n\nprivate\n');
    assert.ok(m.ok && m.body === 'Thanks!');
  });

  it('kinds and addressees from titles', () => {
    assert.equal(draftKind('Draft: Thank you note'), 'thank-you');
    assert.equal(draftKind('Draft — checking in'), 'check-in');
    assert.equal(draftKind('Draft update request'), 'update-request');
    assert.equal(draftKind('Draft'), 'other');
    const e = parseEntry('a.md', FRONT);
    assert.equal(draftAddressee(e, 'Draft: to the team'), undefined, 'two interviewers, none named');
    assert.equal(draftAddressee(e, 'Draft: debrief for the recruiter')?.name, 'Sam Rivera');
    assert.equal(draftAddressee(e, 'Draft: thanks, Müller')?.name, 'Zoë Müller');
  });
});
