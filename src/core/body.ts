/**
 * The body of an entry: drafts and task items, read with remark + GFM.
 *
 * remark is the costly part of a file, so it runs only on bodies that a cheap scan shows to
 * have a "Draft" heading or a task item; others have neither, and skip it.
 */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

const NEEDS_REMARK = /^[ \t]{0,3}#{1,6}[ \t]+draft|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/im;
const DUE_RE = /\bdue:\s*(\S+)/i;

let processor: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

export function needsRemark(body: string): boolean {
  return NEEDS_REMARK.test(body);
}

export function parseBody(text: string, bodyStart: number, lines: LineIndex): Body {
  const out: Body = { drafts: [], tasks: [] };
  const body = text.slice(bodyStart);
  if (!needsRemark(body)) return out;
  processor ??= makeProcessor();
  const tree = processor.parse(body) as Root;
  const off = (o: number | undefined) => bodyStart + (o ?? 0);

  // Drafts: top-level headings whose text starts with "Draft".
  const top = tree.children;
  for (let i = 0; i < top.length; i++) {
    const node = top[i];
    if (node.type !== 'heading') continue;
    const title = toString(node).trim();
    if (!/^draft\b/i.test(title)) continue;
    const depth = (node as Heading).depth;
    let j = i + 1;
    while (j < top.length && !(top[j].type === 'heading' && (top[j] as Heading).depth <= depth)) j++;
    const hs = off(node.position?.start.offset);
    const he = off(node.position?.end.offset);
    const end = j < top.length ? off(top[j].position?.start.offset) : text.length;
    const content = top.slice(i + 1, j);
    const words = content.map((n) => toString(n)).join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    out.drafts.push({ title, heading: lines.range(hs, he), start: he, end, words });
  }

  // Task items anywhere in the body.
  const visit = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'list') {
        for (const item of (n as List).children) {
          taskOf(item as ListItem);
          visit((item as ListItem).children);
        }
      } else if ('children' in n && Array.isArray((n as { children?: unknown }).children)) {
        visit((n as { children: RootContent[] }).children);
      }
    }
  };
  const taskOf = (item: ListItem) => {
    if (typeof item.checked !== 'boolean') return;
    const first = item.children[0];
    const s = off(item.position?.start.offset);
    const e = off(item.position?.end.offset);
    const startLine = lines.positionAt(s).line;
    const raw = first ? toString(first) : '';
    const task: Task = {
      text: raw.replace(DUE_RE, '').replace(/\s+/g, ' ').trim(),
      done: item.checked,
      line: startLine,
      range: lines.range(s, Math.min(e, lines.lineEnd(startLine))),
    };
    const lineText = lines.lineText(startLine);
    const m = DUE_RE.exec(lineText);
    if (m) {
      const at = lines.lineStart(startLine) + m.index + m[0].length - m[1].length;
      task.dueRange = lines.range(at, at + m[1].length);
      const p = parseWhen(m[1], true);
      if (p.ok) task.due = p.when;
      else task.dueError = p.reason;
    }
    out.tasks.push(task);
  };
  visit(tree.children);
  return out;
}
