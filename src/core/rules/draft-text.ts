/**
 * What the draft rules scan for in a draft's text: "following up", emoji, placeholders.
 *
 * The scanning rules read the draft's raw markdown, so every diagnostic sits on the exact text.
 * Code (fenced blocks and inline code spans) is never scanned; HTML comments are notes to self,
 * so only a TODO/XXX marker is looked for inside them. Every pattern here is linear in the size
 * of the draft: no nested quantifiers, and bracketed placeholders are bounded in length.
 */
import type { Draft } from '../body';
import type { Entry } from '../entry';
import { fenceCloses, fenceOpens } from '../fence';
import type { Range } from '../types';

/** Stands in for masked text: not a space, not a word character, not an emoji. */
const MASK = '\uE000';

interface Masked {
  /** Code spans, fenced code and HTML comments masked. */
  prose: string;
  /** Only code masked (comments kept), for TODO/XXX markers. */
  notes: string;
}


/** The text with code masked (fenced blocks, whole lines, and inline code spans), and comments too for prose. */
export function maskCode(s: string): Masked {
  const lines = lineTable(s);
  const { code, para } = fencedBlocks(s, lines);
  inlineCode(s, lines.starts, para, code);
  code.sort((a, b) => a[0] - b[0]);
  const comments = htmlComments(s, code);
  const notes = apply(s, code);
  const prose = apply(s, [...code, ...comments].sort((a, b) => a[0] - b[0]));
  return { prose, notes };
}

interface LineTable {
  starts: number[];
  end(k: number): number;
}

/** Lines, with their start offsets (CRLF, LF and lone CR), and where each ends. */
function lineTable(s: string): LineTable {
  const starts: number[] = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const end = (k: number): number => {
    if (k + 1 >= starts.length) return s.length;
    let e = starts[k + 1];
    if (e > 0 && s.charCodeAt(e - 1) === 10) e--;
    if (e > 0 && s.charCodeAt(e - 1) === 13) e--;
    return e;
  };
  return { starts, end };
}

/**
 * Fenced code blocks, and the paragraph number of every line outside them (-1 inside): a blank
 * line or a fence ends a paragraph, and inline code spans never cross one.
 */
function fencedBlocks(s: string, lines: LineTable): { code: [number, number][]; para: Int32Array } {
  const code: [number, number][] = [];
  const para = new Int32Array(lines.starts.length);
  let p = 0;
  let fence: { ch: string; len: number; from: number } | undefined;
  for (let k = 0; k < lines.starts.length; k++) {
    const text = s.slice(lines.starts[k], lines.end(k));
    if (fence) {
      if (fenceCloses(text, fence, true)) {
        code.push([fence.from, lines.end(k)]);
        fence = undefined;
        p++;
      }
      para[k] = -1;
      continue;
    }
    const opened = fenceOpens(text, true);
    if (opened) {
      fence = { ...opened, from: lines.starts[k] };
      para[k] = -1;
      p++;
      continue;
    }
    if (text.trim() === '') p++;
    para[k] = p;
  }
  if (fence) code.push([fence.from, s.length]);
  return { code, para };
}

/**
 * Inline code, added to `code`: a run of n backticks opens a span closed by the next run of
 * exactly n backticks in the same paragraph; an unmatched run is literal text.
 */
function inlineCode(s: string, lineStarts: number[], para: Int32Array, code: [number, number][]): void {
  const runs: { start: number; end: number; para: number }[] = [];
  let line = 0;
  for (let i = 0; i < s.length; i++) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= i) line++;
    if (s.charCodeAt(i) !== 96 || para[line] === -1) continue;
    let j = i;
    while (j < s.length && s.charCodeAt(j) === 96) j++;
    runs.push({ start: i, end: j, para: para[line] });
    i = j - 1;
  }
  const next = new Int32Array(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const len = runs[k].end - runs[k].start;
    next[k] = lastOfLength.get(len) ?? -1;
    lastOfLength.set(len, k);
  }
  for (let k = 0; k < runs.length; k++) {
    const j = next[k];
    if (j >= 0 && runs[j].para === runs[k].para) {
      code.push([runs[k].start, runs[j].end]);
      k = j;
    }
  }
}

/** HTML comments outside code (`code` sorted), an unclosed one to the end. */
function htmlComments(s: string, code: [number, number][]): [number, number][] {
  const inCode = (o: number): boolean => {
    let lo = 0;
    let hi = code.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (code[mid][1] <= o) lo = mid + 1;
      else if (code[mid][0] > o) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const comments: [number, number][] = [];
  let from = 0;
  for (;;) {
    const open = s.indexOf('<!--', from);
    if (open < 0) break;
    if (inCode(open)) {
      from = open + 4;
      continue;
    }
    const close = s.indexOf('-->', open + 4);
    const end = close < 0 ? s.length : close + 3;
    comments.push([open, end]);
    from = end;
  }
  return comments;
}

function apply(s: string, intervals: [number, number][]): string {
  if (intervals.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of intervals) {
    const start = Math.max(a, at);
    if (b <= start) continue;
    parts.push(s.slice(at, start), MASK.repeat(b - start));
    at = b;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/** A match in the draft: offsets relative to the draft's start, and the text found. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

function matches(re: RegExp, s: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

// --- draft-following-up ---------------------------------------------------------------------

// Any blank between the words, a no-break space too (\s is Unicode's White_Space).
const FOLLOWING_UP = /\b(?:following[\s-]+up|follow[\s-]+up[\s-]+on|checking[\s-]+in|just[\s-]+wanted[\s-]+to)\b/gi;

export function findFollowingUp(prose: string): Hit[] {
  return matches(FOLLOWING_UP, prose);
}

// --- draft-emoji ----------------------------------------------------------------------------

/**
 * One emoji, in emoji presentation: a pictograph shown as emoji by default, or any pictograph
 * with the emoji variation selector (✔ ▶ ↔ ❤ alone are text symbols, ❤️ is an emoji), with its
 * tag sequence (subdivision flags), skin tone and ZWJ continuations; a flag; a keycap.
 */
const EMOJI =
  /\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}(?!\uFE0E)|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}(?=\uFE0F|\p{Emoji_Modifier}))(?:[\u{E0020}-\u{E007E}]+\u{E007F})?\uFE0F?\p{Emoji_Modifier}?(?:\u200D(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*|[0-9#*]\uFE0F?\u20E3/gu;

/**
 * Emoticons. Those ending in a bracket (":)", ";-)", ":'(") may follow a word ("Thanks:)");
 * those ending in a letter (":D", ":P") and "=)", "<3", "^_^" must start a word. None may be
 * followed by a letter or digit ("Note:Please", "<30", "10:30" are not emoticons).
 */
const EMOTICON =
  /(?<![\p{N}:;=<>\\/^_])[:;]'?-?[()](?![\p{L}\p{N}])|(?<![^\s([{"'])(?:[:;=]-?[DPpOo]|=-?[()]|<3|\^_\^)(?![\p{L}\p{N}])/gu;

/** URLs are not scanned for emoticons ("https://x.example/a:)b" is not a smiley). */
const URL = /\b(?:https?|ftp|mailto):[^\s<>"]*|\bwww\.[^\s<>"]*/gi;

export function findEmoji(prose: string): Hit[] {
  const noUrls = prose.replace(URL, (u) => MASK.repeat(u.length));
  return matches(EMOJI, prose)
    .concat(matches(EMOTICON, noUrls))
    .sort((a, b) => a.start - b.start).map((h) => ({ ...h, text: prose.slice(h.start, h.end) }));
}

// --- draft-placeholder ----------------------------------------------------------------------

/** Bounded, single-line brackets (a placeholder is short). */
const SQUARE = /\[([^[\]\r\n]{1,100})\]/g;
const ANGLE = /<([^<>\r\n]{1,100})>/g;
const BRACES = /\{\{[^{}\r\n]{0,100}\}\}|\$\{[^{}\r\n]{0,100}\}/g;
const MARKER = /\b(?:TODO|XXX)\b/g;

/** Inline HTML that may appear in markdown and is not a placeholder. */
const HTML_TAGS = new Set(
  'a abbr b blockquote br center cite code dd del details div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strike strong sub summary sup table tbody td th thead tr tt u ul var wbr'.split(' '),
);

const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/;
const AUTOLINK_EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Link reference definitions of the whole document (`[acme]: https://...`), by normalised label. */
export function referenceLabels(doc: string): Set<string> {
  const out = new Set<string>();
  // Every definition has a "]:" (most documents none: no scan of the whole text).
  if (!doc.includes(']:')) return out;
  const re = /^ {0,3}\[([^[\]\r\n]{1,999})\]:/gm;
  for (let m = re.exec(doc); m; m = re.exec(doc)) out.add(normLabel(m[1]));
  return out;
}

function normLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function lineStartBefore(s: string, at: number): number {
  let i = at;
  while (i > 0 && s[i - 1] !== '\n' && s[i - 1] !== '\r') i--;
  return i;
}

function squarePlaceholder(s: string, h: Hit, inner: string, labels: Set<string>): boolean {
  const before = h.start > 0 ? s[h.start - 1] : '';
  const after = s[h.end] ?? '';
  if (before === '\\') return false; // \[escaped]
  if (after === '(' || after === '[') return false; // [text](url), [text][ref], ![alt](src)
  if (before === ']') return false; // the [ref] of [text][ref]
  if (before === '[' && after === ']') return false; // [[wiki link]]
  if (inner.startsWith('^')) return false; // footnote [^1]
  if (/^[ xX]$/.test(inner)) return false; // task checkbox
  if (!/\p{L}/u.test(inner)) return false; // [1], [...]: citations and elisions
  if (labels.has(normLabel(inner))) return false; // shortcut reference link [acme]
  if (after === ':' && /^[ \t>]*$/.test(s.slice(lineStartBefore(s, h.start), h.start))) return false; // [ref]: url
  return true;
}

function anglePlaceholder(s: string, h: Hit, inner: string): boolean {
  if (h.start > 0 && s[h.start - 1] === '\\') return false;
  if (h.start >= 2 && s.slice(h.start - 2, h.start) === '](') return false; // [text](<url>)
  if (AUTOLINK_URI.test(inner) || AUTOLINK_EMAIL.test(inner)) return false;
  if (/^[.…]+$/.test(inner.trim())) return true; // <...>
  if (!/^[\p{L}_]/u.test(inner)) return false; // "a < b > c", "<3 ... >", "</b>", "<!-- -->"
  if (inner.endsWith('/') || inner.includes('=')) return false; // <br/>, <a href="...">
  const tag = /^[A-Za-z][A-Za-z0-9-]*/.exec(inner);
  if (tag && tag[0].length === inner.length && HTML_TAGS.has(tag[0].toLowerCase())) return false; // <b>, <br>
  return true;
}

export function findPlaceholders(prose: string, notes: string, labels: Set<string>): Hit[] {
  const hits = matches(SQUARE, prose)
    .filter((h) => squarePlaceholder(prose, h, h.text.slice(1, -1), labels))
    .concat(matches(ANGLE, prose).filter((h) => anglePlaceholder(prose, h, h.text.slice(1, -1))))
    .concat(matches(BRACES, prose))
    .sort((a, b) => a.start - b.start);
  // TODO/XXX also inside HTML comments (a note to self left in a draft), but not twice.
  const markers: Hit[] = [];
  let k = 0;
  let reach = 0; // the furthest end of the hits that start before the marker
  for (const m of matches(MARKER, notes)) {
    while (k < hits.length && hits[k].start <= m.start) reach = Math.max(reach, hits[k++].end);
    if (m.start >= reach) markers.push(m);
  }
  return hits.concat(markers).sort((a, b) => a.start - b.start);
}


/** One scanned draft: its masked text and where a hit sits in the file. */
export interface ScannedDraft {
  draft: Draft;
  prose: string;
  notes: string;
  at(h: Hit): Range;
}

let lastScan: { entry: Entry; drafts: ScannedDraft[]; labels: Set<string> | undefined } | undefined;

/**
 * The drafts of an entry, each masked once for the three scanning rules (they run one after
 * the other on the same entry, so one slot of cache is enough). A "### Draft" inside a
 * "## Draft" is scanned once, with the outer one.
 */
export function scannedDrafts(entry: Entry): ScannedDraft[] {
  if (lastScan?.entry === entry) return lastScan.drafts;
  const doc = entry.split.text;
  const base = entry.split.textStart ?? 0;
  const lines = entry.split.lines;
  const out: ScannedDraft[] = [];
  let scannedUntil = -1;
  for (const draft of entry.drafts) {
    if (draft.start < scannedUntil) continue;
    scannedUntil = draft.end;
    const { prose, notes } = maskCode(doc.slice(draft.start - base, draft.end - base));
    out.push({ draft, prose, notes, at: (h) => lines.range(draft.start + h.start, draft.start + h.end) });
  }
  lastScan = { entry, drafts: out, labels: undefined };
  return out;
}

/** The reference labels of the entry's text, for the placeholder rule (read once per entry). */
export function entryLabels(entry: Entry): Set<string> {
  scannedDrafts(entry);
  return (lastScan!.labels ??= referenceLabels(entry.split.text));
}

// --- messages -------------------------------------------------------------------------------

export function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/** The interviewer a draft is addressed to, when its title names exactly one. */
function addressee(entry: Entry, draft: Draft): string | undefined {
  const title = ` ${draft.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = entry.interviewers.filter((p) => {
    const parts = p.name.toLowerCase().split(/\s+/).filter(Boolean);
    return parts.some((w) => title.includes(` ${w} `));
  });
  if (named.length === 1) return named[0].name;
  if (entry.interviewers.length === 1) return entry.interviewers[0].name;
  return undefined;
}

function fillWith(entry: Entry, draft: Draft, text: string): string {
  const inner = text.toLowerCase();
  if (/compan|employer|firm|organi[sz]ation/.test(inner) && entry.company) return `the company's name (${entry.company})`;
  if (/role|position|job|title/.test(inner) && entry.role && !/name/.test(inner)) return `the role (${entry.role})`;
  if (/recruiter|agent/.test(inner) && entry.recruiter) return `the recruiter's name (${entry.recruiter.name})`;
  // "[Your Name]", "<my name>": the sender is you, whatever the draft's addressee.
  if (/\b(?:your|my|sender)\b/.test(inner) && /name|signature/.test(inner)) return 'your own name';
  if (/name|interviewer|manager|contact/.test(inner)) {
    const who = addressee(entry, draft);
    return who ? `the interviewer's name (${who})` : "the interviewer's name";
  }
  return 'the real text';
}

export function placeholderMessage(entry: Entry, draft: Draft, h: Hit): string {
  const where = `draft "${draft.title}"`;
  if (h.text === 'TODO' || h.text === 'XXX') {
    return `${quote(h.text)} is still in ${where}: finish that part and delete the marker before sending.`;
  }
  return `Replace ${quote(h.text)} in ${where} with ${fillWith(entry, draft, h.text)} before sending.`;
}

