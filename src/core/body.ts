/**
 * The body of an entry: drafts and task items.
 *
 * A body is read in two steps. A cheap line scan (aware of fenced code blocks) finds the ATX
 * headings and the lines that look like task items; most bodies have neither and cost nothing
 * more. Then each draft section and each task item is read, by remark where markdown can
 * change what it says, and directly where it provably cannot:
 *
 * - A draft whose heading and content hold none of the characters that start markdown syntax
 *   (\ ` * _ [ ] < > & # ~ NUL), no list marker or `1.` at a line start, and no hard
 *   break (two blanks before a line break) is plain paragraphs: remark's text is the source
 *   text, so its title and word count are read from the source. When the only markdown is
 *   inline (no line starts a list, quote, heading, fence, HTML block or definition, or is
 *   indented), each paragraph is read alone: remark only on the paragraphs that have markup.
 * - A one-line task item `- [ ] text` with a marker followed by one to four spaces and text
 *   without those characters is exactly what remark would read as a task with that text.
 * - Where the only markup in such a paragraph or task text is links `[text](url)`, emphasis
 *   `*text*` and code spans of the simplest kinds, an inline reader removes the markers itself
 *   (inlineText says why that is remark's text). A remark call costs much however small the
 *   text, most of it fixed: micromark combines its constructs and mdast-util-from-markdown
 *   builds its handlers on every call, and neither exports a way to do that once. On generated
 *   journals these were nearly all of the remark calls left.
 *
 * Everything else goes to remark, which runs with the one GFM construct the journal reads,
 * task-list items (micromark-extension-gfm-task-list-item): the full remark-gfm preset costs
 * several times as much per body, almost all of it in autolink-literal scanning the journal
 * never uses. The shortcuts and remark agree on every input of the differential check in
 * scripts/bench/body-check.ts; numbers in docs/performance.md.
 */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fenceCloses, fenceOpens, type Fence } from './fence';
import { countWords, inlineText, paragraphs } from './body-inline';
import { needsRemark } from './body-prescan';
import { load as loadRemark } from './lazy/load-remark';

export { needsRemark } from './body-prescan';
import { parseWhen } from './civil';
import type { LineIndex } from './text';
import type { Range, When } from './types';

export interface Draft {
  /** The heading's text, e.g. "Draft: thank-you to Jason". */
  title: string;
  heading: Range;
  /** Offsets in the document of the draft's content: after the heading line, up to the next heading of the same or a higher level. */
  start: number;
  end: number;
  /** The plain words of the draft (markdown removed). */
  words: number;
}

export interface Task {
  text: string;
  done: boolean;
  due?: When;
  /** Zero-based line of the item. */
  line: number;
  range: Range;
  /** Range of the `due:` date, for diagnostics. */
  dueRange?: Range;
  dueError?: string;
}

export interface Body {
  drafts: Draft[];
  tasks: Task[];
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const TASK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/;
const DUE_RE = /\bdue:\s*(\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2})?|\S+)/i;
/** A character that can start markdown syntax other than plain paragraphs (or a NUL, which micromark replaces); `!` and `|` need `[` or a GFM table, which the journal does not enable. */
const INLINE_SYNTAX = /[\\`*_[\]<>&#~\0]/;
/** Block syntax in plain text: a list item (`-`, `+`, `1.`, `1)`) or a hard break (two blanks at a line end). */
const BLOCK_SYNTAX = /^[ \t]*[-+](?:[ \t]|$)|\d[.)](?:\s|$)|[ \t]{2}(?:\r?\n|\r)/m;
/** A line that could start or interrupt a block other than a paragraph (or is indented). */
const BLOCK_START = /^(?![ \t]*$)(?:[\s#>\-+*=_`~<[|]|\d{1,9}[.)](?:[ \t]|$))/m;
const HARD_BREAK = /[ \t]{2}(?:\r?\n|\r)/;
/** A one-line task item remark reads as marker, check and paragraph (after the item's indent). */
const PLAIN_TASK = /^(?:[-+*]|\d{1,9}[.)]) {1,4}\[([ xX])\][ \t]+(\S.*)$/;

/** remark with task-list items, loaded when the first body needs it (lazy/remark.ts). */
let parser: ((text: string) => Root) | undefined;
function parseMarkdown(text: string): Root {
  parser ??= loadRemark().markdownParser(true);
  return parser(text);
}

interface ScannedHeading {
  line: number;
  level: number;
  /** An underlined heading (found by remark): its text is its first line. */
  setext?: boolean;
}

const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const DRAFT_TITLE = /^[*_`]*draft\b/i;
const DRAFTS_TITLE = /^[*_`]*drafts\b/i;

/**
 * The lines (zero-based, offset by `first`) where remark sees a heading (with its level), the
 * underlined (setext) headings of the top level, and the task items.
 */
function structure(tree: Root, first: number): { headings: Map<number, number>; setext: Map<number, number>; tasks: Set<number> } {
  const headings = new Map<number, number>();
  const setext = new Map<number, number>();
  const tasks = new Set<number>();
  for (const n of tree.children) {
    if (n.type === 'heading' && n.position && n.position.end.line > n.position.start.line) setext.set(n.position.start.line - 1 + first, n.depth);
  }
  const visit = (n: RootContent | Root): void => {
    const line = n.position ? n.position.start.line - 1 + first : -1;
    if (n.type === 'heading') headings.set(line, (n as Heading).depth);
    if (n.type === 'listItem' && typeof (n as ListItem).checked === 'boolean') tasks.add(line);
    if ('children' in n) for (const c of n.children as RootContent[]) visit(c);
  };
  visit(tree);
  return { headings, setext, tasks };
}

export function parseBody(text: string, bodyStart: number, lines: LineIndex): Body {
  return readBody(text, bodyStart, lines, true);
}

/** parseBody with remark on every draft and task item: for the differential check (scripts/bench/body-check.ts). */
export function parseBodyWithRemark(text: string, bodyStart: number, lines: LineIndex): Body {
  return readBody(text, bodyStart, lines, false);
}

/**
 * How much remark may read in one body, in characters, each call counted with a fixed
 * overhead. micromark is superlinear on some inputs (a 950 KB draft of `[Name]` lines),
 * so past this budget the scan's own reading is used: the word count of the raw text, a task's
 * first line. Real bodies stay far below it; hostile ones stay linear.
 */
export const REMARK_BUDGET = 256 * 1024;
const REMARK_CALL_COST = 1024;

/**
 * What remark may still read of one body. The inline reader is charged like remark, so which
 * parts of a body are read past the budget, and how, does not depend on which of the two read
 * the parts before.
 */
class Budget {
  private left = REMARK_BUDGET;
  constructor(readonly shortcuts: boolean) {}

  /** Charges src as one remark call; false when the budget is spent (never in the differential check). */
  afford(src: string): boolean {
    const cost = src.length + REMARK_CALL_COST;
    if (this.shortcuts && cost > this.left) return false;
    this.left -= cost;
    return true;
  }

  /** remark's tree of src, or undefined when the budget is spent. */
  remark(src: string): Root | undefined {
    return this.afford(src) ? parseMarkdown(src) : undefined;
  }
}

function readBody(text: string, bodyStart: number, lines: LineIndex, shortcuts: boolean): Body {
  const out: Body = { drafts: [], tasks: [] };
  const budget = new Budget(shortcuts);
  if (!needsRemark(text, bodyStart)) return out;
  const first = lines.positionAt(bodyStart).line + (bodyStart > 0 && bodyStart === text.length ? 1 : 0);
  const { headings, taskLines, unsure } = scanLines(text, first, lines);
  if ((unsure || !shortcuts) && budget.afford(text.slice(lines.lineStart(first)))) {
    const real = structure(parseMarkdown(text.slice(lines.lineStart(first))), first);
    for (let i = headings.length - 1; i >= 0; i--) if (!real.headings.has(headings[i].line)) headings.splice(i, 1);
    for (const [line, level] of real.setext) if (!headings.some((h) => h.line === line)) headings.push({ line, level, setext: true });
    headings.sort((a, b) => a.line - b.line);
    for (let i = taskLines.length - 1; i >= 0; i--) if (!real.tasks.has(taskLines[i])) taskLines.splice(i, 1);
  }
  const texts = headings.map((h) => (h.setext ? lines.lineText(h.line).trim() : lines.lineText(h.line).replace(ATX, '').replace(/[ \t]+#+[ \t]*$/, '').trim()));
  const isDraft = draftHeadings(headings, texts);
  for (let i = 0; i < headings.length; i++) {
    if (!isDraft[i]) continue;
    let j = i + 1;
    while (j < headings.length && headings[j].level > headings[i].level) j++;
    const endOff = j < headings.length ? lines.lineStart(headings[j].line) : text.length;
    out.drafts.push(readDraft(text, lines, headings[i], texts[i], endOff, budget));
  }
  for (const l of taskLines) {
    const task = readTask(lines, l, budget);
    if (task) out.tasks.push(task);
  }
  return out;
}

/**
 * The line scan: candidate headings and task items outside fences, and whether the body may
 * hold markdown the scan does not read (HTML blocks and comments, indented code, setext
 * headings): then remark says which headings and task items are real.
 */
function scanLines(text: string, first: number, lines: LineIndex): { headings: ScannedHeading[]; taskLines: number[]; unsure: boolean } {
  const headings: ScannedHeading[] = [];
  const taskLines: number[] = [];
  let fence: Fence | undefined;
  let unsure = false;
  let prevBlank = true;
  for (let l = first; l < lines.lineCount; l++) {
    // A fence, a heading or a task item starts (after blanks) with one of ` ~ # - * + or a digit;
    // most lines start with none, and are passed over without being cut out of the text.
    const start = lines.lineStart(l);
    let k = start;
    let c = text.charCodeAt(k);
    let tab = false;
    while (c === 32 || c === 9) {
      if (c === 9) tab = true;
      c = text.charCodeAt(++k);
    }
    const blank = c !== c || c === 10 || c === 13;
    if (!fence && !blank && (c === 60 || tab || k - start >= 4 || (!prevBlank && (c === 61 || c === 45) && SETEXT.test(lines.lineText(l))))) unsure = true;
    prevBlank = blank;
    if (!(c === 96 || c === 126 || c === 35 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57))) continue;
    const s = lines.lineText(l);
    if (fence) {
      if (fenceCloses(s, fence, false)) fence = undefined;
      continue;
    }
    const f = fenceOpens(s, false);
    if (f) {
      fence = f;
      continue;
    }
    const h = ATX.exec(s);
    if (h) {
      headings.push({ line: l, level: h[1].length });
      continue;
    }
    if (TASK.test(s)) taskLines.push(l);
  }
  return { headings, taskLines, unsure };
}

/** Which headings start a draft: a draft heading, or each sub-heading of a "Drafts" section (one message each). */
function draftHeadings(headings: ScannedHeading[], texts: string[]): Uint8Array {
  const isDraft = new Uint8Array(headings.length);
  for (let i = 0; i < headings.length; i++) {
    if (DRAFT_TITLE.test(texts[i])) isDraft[i] = 1;
    else if (DRAFTS_TITLE.test(texts[i])) {
      let j = i + 1;
      let sub = 7;
      for (; j < headings.length && headings[j].level > headings[i].level; j++) sub = Math.min(sub, headings[j].level);
      for (let m = i + 1; m < j; m++) if (headings[m].level === sub) isDraft[m] = 1;
    }
  }
  return isDraft;
}

/** One draft, from its heading to endOff: its title and word count as remark reads them. */
function readDraft(text: string, lines: LineIndex, h: ScannedHeading, headingText: string, endOff: number, budget: Budget): Draft {
  const startOff = lines.lineStart(h.line);
  const headingEnd = lines.lineEnd(h.line);
  const shortcuts = budget.shortcuts;
  let title = headingText;
  let words: number;
  const content = text.slice(headingEnd, endOff);
  if (shortcuts && !INLINE_SYNTAX.test(headingText) && !INLINE_SYNTAX.test(content) && !BLOCK_SYNTAX.test(content)) {
    // Plain paragraphs: remark's text is the source text (see the module comment).
    words = countWords(content);
  } else if (shortcuts && !INLINE_SYNTAX.test(headingText) && !BLOCK_START.test(content)) {
    // Only paragraphs, some with inline markdown: remark reads just those, one by one.
    words = 0;
    for (const para of paragraphs(content)) {
      const breaks = HARD_BREAK.test(para);
      if ((!breaks && !INLINE_SYNTAX.test(para)) || !budget.afford(para)) {
        words += countWords(para);
        continue;
      }
      // Links, emphasis and code spans the inline reader knows; anything else: remark.
      const inline = breaks ? undefined : inlineText(para);
      words += countWords(inline ?? parseMarkdown(para).children.map((n) => toString(n, { includeHtml: false })).join(' '));
    }
  } else {
    const tree = budget.remark(text.slice(startOff, endOff));
    if (tree) {
      const [head, ...rest] = tree.children;
      title = head && head.type === 'heading' ? toString(head as Heading).trim() : headingText;
      words = countWords(rest.map((n) => toString(n, { includeHtml: false })).join(' '));
    } else {
      words = countWords(content);
    }
  }
  return { title, heading: lines.range(startOff, headingEnd), start: headingEnd, end: endOff, words };
}

/** The task item on line l (with its continuation lines), or undefined when remark reads no task there. */
function readTask(lines: LineIndex, l: number, budget: Budget): Task | undefined {
  const lineText = lines.lineText(l);
  const indent = TASK.exec(lineText)![1].length;
  // The item: its line plus continuation lines indented deeper than the marker.
  let last = l;
  while (last + 1 < lines.lineCount) {
    const next = lines.lineText(last + 1);
    if (!next.trim() || TASK.test(next) || (next.length - next.trimStart().length) <= indent) break;
    last++;
  }
  const read = readCheck(lines, l, last, indent, budget);
  if (!read) return undefined;
  const s = lines.lineStart(l) + indent;
  const task: Task = {
    text: read.raw.replace(DUE_RE, '').replace(/\s+/g, ' ').trim(),
    done: read.done,
    line: l,
    range: lines.range(s, lines.lineEnd(l)),
  };
  const m = DUE_RE.exec(lineText);
  if (m) {
    const at = lines.lineStart(l) + m.index + m[0].length - m[1].length;
    task.dueRange = lines.range(at, at + m[1].length);
    const p = parseWhen(m[1], true);
    if (p.ok) task.due = p.when;
    else task.dueError = p.reason;
  }
  return task;
}

/** A task item's check and raw text (lines l to last), as remark reads them. */
function readCheck(lines: LineIndex, l: number, last: number, indent: number, budget: Budget): { done: boolean; raw: string } | undefined {
  const lineText = lines.lineText(l);
  const plain = budget.shortcuts && last === l ? PLAIN_TASK.exec(lineText.slice(indent)) : null;
  const marked = plain !== null && INLINE_SYNTAX.test(plain[2]);
  const inline = plain ? (marked ? inlineText(plain[2]) : plain[2]) : undefined;
  if (plain && inline !== undefined) {
    // remark would read this item as this check and this text (see the module comment). Text
    // with markup is charged to the budget like remark; past it, the line as the scan reads it.
    return { done: plain[1] !== ' ', raw: !marked || budget.afford(lineText.slice(indent)) ? inline : plain[2] };
  }
  const src: string[] = [];
  for (let k = l; k <= last; k++) src.push(lines.lineText(k).slice(Math.min(indent, lines.lineText(k).length - lines.lineText(k).trimStart().length)));
  const tree = budget.remark(src.join('\n'));
  if (tree) {
    const item = firstListItem(tree);
    if (!item || typeof item.checked !== 'boolean') return undefined;
    const para = item.children[0];
    return { done: item.checked, raw: para ? toString(para) : '' };
  }
  // Over the budget: the item's first line, as the scan reads it.
  const first = PLAIN_TASK.exec(lineText.slice(indent));
  if (!first) return undefined;
  return { done: first[1] !== ' ', raw: first[2] };
}

function firstListItem(tree: Root): ListItem | undefined {
  const list = tree.children.find((n: RootContent) => n.type === 'list') as List | undefined;
  return list?.children[0];
}
