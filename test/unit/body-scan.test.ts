/**
 * The body reader's quick test, needsRemark, is a hand-written scan from the `[` and `#`
 * characters: it must say exactly what the regular expression it replaces says, on random text
 * built from the pieces that pattern looks at (and on a start offset inside the text).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { needsRemark } from '../../src/core/body';
import { bodyCheck } from '../../scripts/bench/body-check';

const NEEDS_SCAN = /^[ \t]{0,3}#{1,6}[ \t]+[*_`]*draft|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/im;
const PIECES = ['#', '##', '######', '#######', ' ', '  ', '\t', 'draft', 'Draft', 'DRAFT', 'drafts', 'dra', '\n', '\r', '\r\n', '\u2028', '\u2029', '-', '*', '+', '1', '123456789', '0', '.', ')', '[', ']', '[ ]', '[x]', '[X]', '[y]', 'a', 'x', 'X', '\u00a0', 'é', '**', '_', '`'];

const blanks = fc.array(fc.constantFrom(' ', '\t'), { maxLength: 5 }).map((a) => a.join(''));
const digits = fc.integer({ min: 0, max: 11 }).map((n) => '1234567890a'.slice(0, n));
/** Lines near the pattern's edges: a marker and a check, or `#`s and "draft", with a piece or two off. */
const line = fc.oneof(
  fc.tuple(blanks, fc.oneof(fc.constantFrom('-', '*', '+', '', '=', '--'), fc.tuple(digits, fc.constantFrom('.', ')', ':')).map((t) => t.join(''))), blanks, fc.constantFrom('[ ]', '[x]', '[X]', '[', '[ ', '[y]', ''), fc.constantFrom(...PIECES)).map((t) => t.join('')),
  fc.tuple(blanks, fc.integer({ min: 0, max: 8 }).map((n) => '#'.repeat(n)), blanks, fc.constantFrom('draft', 'Draft', 'DRAFT', 'drafts', 'dr', 'draf', 'dRaFt', 'draft:', '', '**Draft**', '_draft', '`Draft`', '*', '**'), fc.constantFrom(...PIECES)).map((t) => t.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((a) => a.join('')),
);

describe('body: needsRemark', () => {
  it('agrees with the pattern it replaces, from any start', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', '', 'x')), { maxLength: 6 }), fc.nat(40), (lines, at) => {
        const s = lines.map((t) => t.join('')).join('');
        const from = Math.min(at, s.length);
        assert.equal(needsRemark(s, from), NEEDS_SCAN.test(s.slice(from)), JSON.stringify([s, from]));
      }),
      { seed: 20261123, numRuns: 20000 },
    );
  });
});

describe('body: the shortcuts and remark agree', function () {
  this.timeout(120_000);

  it('on the example journal, the hostile corpus and generated bodies (the differential check of the bench, smaller)', () => {
    const r = bodyCheck(100, ['examples', 'test/hostile']);
    assert.equal(r.difference, undefined);
    assert.ok(r.checked > 400, `${r.checked} bodies`);
  });
});
