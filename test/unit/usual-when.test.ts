/**
 * usualWhen (src/core/entry-store.ts) reads the usual date texts from their digits; parseWhen
 * (src/core/civil.ts) is the reference. Wherever usualWhen answers, it must be parseWhen's
 * moment; it must answer for the usual forms of every real day; it must leave every text that
 * is not a real date or time to parseWhen (which then reports it).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseWhen } from '../../src/core/civil';
import { usualWhen } from '../../src/core/entry-store';

function agrees(text: string): boolean {
  const fast = usualWhen(text);
  if (fast === undefined) return false;
  const slow = parseWhen(text, true);
  assert.ok(slow.ok, `usualWhen read ${JSON.stringify(text)}, parseWhen refuses it`);
  assert.deepStrictEqual({ ...fast }, slow.when, text);
  return true;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('usualWhen: dates read from their digits', () => {
  it('reads every day from 1899 to 2101, with and without a time, as parseWhen does', () => {
    const day = new Date(Date.UTC(1899, 11, 25));
    const end = Date.UTC(2101, 0, 5);
    let n = 0;
    for (; day.getTime() <= end; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      assert.ok(agrees(date), date);
      const time = ['00:00', '09:05', '12:00', '23:59'][n % 4];
      assert.ok(agrees(`${date} ${time}`), `${date} ${time}`);
      assert.ok(agrees(`${date}${n % 2 ? 'T' : 't'}${time}`));
      n++;
    }
    assert.ok(n > 73000);
  });

  it('leaves days and times that do not exist, and other forms, to parseWhen', () => {
    for (const text of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-01 24:00', '2026-01-01 12:60', '2026-1-05', '2026-01-05 9:00', '2026-01-05  09:00', '2026-01-05T09:00Z', '2026-01-05 09:00:30', ' 2026-01-05', '2026/01/05', '２０２６-01-05', '2026-01-05x']) {
      assert.equal(usualWhen(text), undefined, text);
    }
    assert.ok(agrees('2024-02-29') && agrees('2000-02-29') && agrees('0026-11-20') && agrees('9999-12-31 23:59'));
  });

  it('never answers differently from parseWhen on texts made of date characters', () => {
    const ch = fc.constantFrom('0', '1', '2', '3', '5', '9', '-', ':', ' ', 'T', 't', 'x');
    fc.assert(
      fc.property(fc.array(ch, { minLength: 8, maxLength: 17 }), (cs) => {
        agrees(cs.join(''));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }), (y, m, d, h, mi) => {
        agrees(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
        agrees(`${pad(y, 4)}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`);
      }),
      { numRuns: 5000 },
    );
  });
});
