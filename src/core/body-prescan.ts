/** The pre-scan of a body: could it hold a draft heading or a task item at all? */

/**
 * Could this body have a draft heading or a task item at all? Exactly what
 * `/^[ \t]{0,3}#{1,6}[ \t]+[*_`]*draft|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/im.test(body.slice(from))` says,
 * found from the `[` and `#` characters instead of trying the pattern's line starts one by one:
 * most bodies have few of either, and the regular expression cost more than remark once fewer
 * bodies went to remark.
 */
export function needsRemark(body: string, from = 0): boolean {
  for (let i = body.indexOf('[', from); i >= 0; i = body.indexOf('[', i + 1)) if (isTaskCheck(body, from, i)) return true;
  for (let i = body.indexOf('#', from); i >= 0; i = body.indexOf('#', i + 1)) if (isDraftHeading(body, from, i)) return true;
  return false;
}

/** At a line start for that pattern's `^` (multiline: after any JavaScript line terminator, or at `from`). */
function lineStartAt(s: string, from: number, i: number): boolean {
  if (i <= from) return true;
  const c = s.charCodeAt(i - 1);
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** `^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+` before the `[` at i, and `[ xX]]` from it. */
function isTaskCheck(s: string, from: number, i: number): boolean {
  const x = s.charCodeAt(i + 1);
  if (s.charCodeAt(i + 2) !== 93 || !(x === 32 || x === 120 || x === 88)) return false;
  let j = i - 1;
  if (j < from || !isBlank(s.charCodeAt(j))) return false;
  while (j >= from && isBlank(s.charCodeAt(j))) j--;
  if (j < from) return false;
  const m = s.charCodeAt(j);
  if (m === 46 || m === 41) {
    let d = 0;
    while (j - 1 >= from && d < 10 && s.charCodeAt(j - 1) >= 48 && s.charCodeAt(j - 1) <= 57) {
      j--;
      d++;
    }
    if (d < 1 || d > 9) return false;
  } else if (m !== 45 && m !== 42 && m !== 43) return false;
  j--;
  while (j >= from && isBlank(s.charCodeAt(j))) j--;
  return lineStartAt(s, from, j + 1);
}

/** `^[ \t]{0,3}#{1,6}[ \t]+[*_`]*draft` (any case) with the `#`s starting at i. */
function isDraftHeading(s: string, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && j >= i - 3 && isBlank(s.charCodeAt(j))) j--;
  if (!lineStartAt(s, from, j + 1)) return false;
  let k = i;
  while (s.charCodeAt(k) === 35) k++;
  if (k - i > 6 || !isBlank(s.charCodeAt(k))) return false;
  while (isBlank(s.charCodeAt(k))) k++;
  // `## **Draft** to Jason`: emphasis or code markers may come first.
  for (let c = s.charCodeAt(k); c === 42 || c === 95 || c === 96; c = s.charCodeAt(k)) k++;
  for (let n = 0; n < 5; n++) if ((s.charCodeAt(k + n) | 32) !== 'draft'.charCodeAt(n)) return false;
  return true;
}
