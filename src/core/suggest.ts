/** "Did you mean ...?": the nearest known word by edit distance, when it is near enough. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  // Optimal string alignment: insertions, deletions, substitutions and adjacent transpositions.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** Words people write for a value the journal names otherwise (folded as `closest` folds). */
const SYNONYMS: Readonly<Record<string, string>> = {
  thanks: 'thank-you',
  thankyounote: 'thank-you',
  thanknote: 'thank-you',
  followup: 'check-in',
  followingup: 'check-in',
  checkup: 'check-in',
  call: 'phone',
  phonecall: 'phone',
  telephone: 'phone',
  sms: 'text',
  textmessage: 'text',
  mail: 'letter',
  post: 'letter',
  videocall: 'video',
  zoom: 'video',
  inperson: 'in-person',
  meeting: 'in-person',
};

/**
 * The closest candidate, compared case-insensitively with `-`/`_`/space folded; undefined when
 * none is close. The true edit distance ranks first (one typo from `interviewers` is
 * `interviewers`, not `interview`), then being a prefix, then the longer common prefix. Words
 * with a known synonym get it. Candidates in `exclude` (a key already present) are never given.
 */
export function closest(word: string, candidates: readonly string[], exclude?: ReadonlySet<string>): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const w = fold(word);
  if (!w) return undefined;
  const synonym = Object.prototype.hasOwnProperty.call(SYNONYMS, w) ? SYNONYMS[w] : undefined;
  if (synonym && candidates.includes(synonym) && !exclude?.has(synonym)) return synonym;
  let best: string | undefined;
  let bestD = Infinity;
  let bestPrefix = false;
  let bestCommon = -1;
  let bestAccept = Infinity;
  for (const c of candidates) {
    if (exclude?.has(c)) continue;
    const f = fold(c);
    const d = editDistance(w, f);
    const prefix = f.startsWith(w) || w.startsWith(f);
    const common = commonPrefix(w, f);
    if (d < bestD || (d === bestD && ((prefix && !bestPrefix) || (prefix === bestPrefix && common > bestCommon)))) {
      bestD = d;
      best = c;
      bestPrefix = prefix;
      bestCommon = common;
      bestAccept = prefix ? Math.min(d, 1) : d;
    }
  }
  const limit = Math.max(1, Math.floor(w.length / 3));
  if (bestAccept <= limit) return best;
  // An abbreviation far from every word by edit distance ("decision" for "decision_by").
  for (const c of candidates) if (!exclude?.has(c) && fold(c).startsWith(w) && w.length >= 4) return c;
  return undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
