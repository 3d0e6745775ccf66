/**
 * Splitting a file into front matter and body.
 *
 * The split follows gray-matter's rules exactly (the opening `---`, the language after it, the
 * closing delimiter at the first line that starts with `---`, comment-only blocks not parsed),
 * but runs them here in a few string operations: calling gray-matter itself cost a Buffer copy
 * of every file and a cache lookup keyed by the whole text (about 0.35 s on 10,000 entries,
 * more than reading them; see docs/performance.md). No engine is ever called but our YAML
 * loader: front matter in any other language is refused, never evaluated. YAML itself is loaded
 * by ./yaml.ts so that we keep positions and local dates.
 */
import { LineIndex } from './text';
import { loadYaml, type YamlLoad } from './yaml';

export interface Split {
  /** The text as analysed: BOM removed (VS Code does the same), line breaks untouched. */
  text: string;
  lines: LineIndex;
  /** Whether the file starts with a `---` front matter delimiter. */
  hasFrontMatter: boolean;
  /** The language named after the opening `---` (`js`, `json`, ...), '' for plain YAML. */
  language: string;
  /** Offset in `text` where the front matter's own text starts (right after `---` + language). */
  matterStart: number;
  matterText: string;
  /** Whether a closing `---` line was found. */
  closed: boolean;
  /** Zero-based line of the closing delimiter, or the last line when unclosed. */
  closeLine: number;
  /** Offset in `text` where the body starts. */
  bodyStart: number;
  /** The YAML load result, when the front matter is YAML and closed. */
  yaml: YamlLoad | undefined;
}

const YAML_NAMES = new Set(['', 'yaml', 'yml']);

/**
 * A Split whose YAML load (data and position tree, about 9 KB an entry) can be released once
 * the entry is validated and is loaded again, from the same text, if anything reads it later
 * (the editing commands do). Keeps a 10,000-entry journal about 90 MB smaller.
 */
class LazySplit implements Split {
  hasFrontMatter = false;
  language = '';
  matterStart = 0;
  matterText = '';
  closed = false;
  closeLine = 0;
  bodyStart = 0;
  /** The text the YAML load reads, when the front matter is YAML and closed. */
  source: string | undefined = undefined;
  loaded: YamlLoad | undefined = undefined;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {}

  get yaml(): YamlLoad | undefined {
    if (this.loaded === undefined && this.source !== undefined) this.loaded = loadYaml(this.source);
    return this.loaded;
  }

  set yaml(y: YamlLoad | undefined) {
    this.loaded = y;
    this.source = undefined;
  }
}

/** Drops a split's YAML load; reading `split.yaml` again loads it again (same result). */
export function releaseYaml(split: Split): void {
  if (split instanceof LazySplit && split.source !== undefined) split.loaded = undefined;
}

export function splitFrontMatter(raw: string): Split {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = new LineIndex(text);
  const base = new LazySplit(text, lines);
  // gray-matter would treat `----` and `---x` differently; check the opening line ourselves.
  const first = lines.lineText(0);
  if (!/^---(?!-)/.test(first)) return base;
  const language = first.slice(3).trim().toLowerCase();
  base.hasFrontMatter = true;
  base.language = language;
  base.matterStart = 3 + (first.length - 3);
  const close = findClose(text, lines);
  base.closed = close >= 0;
  base.closeLine = close >= 0 ? close : lines.lineCount - 1;
  const matterEnd = close >= 0 ? lines.lineStart(close) : text.length;
  base.matterText = text.slice(base.matterStart, matterEnd);
  base.bodyStart = close >= 0 ? (close + 1 < lines.lineCount ? lines.lineStart(close + 1) : text.length) : text.length;
  if (base.closed && YAML_NAMES.has(language)) {
    // gray-matter would hand its block to the YAML engine; use that text when it is ours with
    // at most trailing blanks cut (the usual case), otherwise (comment-only block, odd
    // delimiters) load our own slice.
    const matterText = grayMatterYamlBlock(text);
    const same = matterText !== undefined && base.matterText.startsWith(matterText) && base.matterText.slice(matterText.length).trim() === '';
    base.source = same ? matterText : base.matterText;
  }
  return base;
}

/**
 * The string gray-matter 4 (called with `language: 'yaml'`) passes to its YAML engine for a text
 * that starts with `---` not followed by `-`, or undefined when it would call no YAML engine
 * (another language named, or a block of only blanks and `#` comments). A line-by-line copy of
 * gray-matter's parseMatter, matter.language and engine lookup.
 */
function grayMatterYamlBlock(text: string): string | undefined {
  let str = text.slice(3);
  const len = str.length;
  const raw = str.slice(0, str.search(/\r?\n/));
  const name = raw ? raw.trim() : '';
  if (name) {
    str = str.slice(raw.length);
    const lower = name.toLowerCase();
    // engines[name] || engines[aliase(name)]: only these names reach the YAML engine.
    if (name !== 'yaml' && name !== 'yml' && lower !== 'yaml' && lower !== 'yml') return undefined;
  }
  let closeIndex = str.indexOf('\n---');
  if (closeIndex === -1) closeIndex = len;
  const block = str.slice(0, closeIndex);
  // gray-matter skips the engine when `block.replace(/^\s*#[^\n]+/gm, '').trim()` is empty; that
  // can only be when the first non-blank character is a `#` (or there is none).
  const first = /\S/.exec(block);
  if (!first) return undefined;
  if (first[0] === '#' && block.replace(/^\s*#[^\n]+/gm, '').trim() === '') return undefined;
  return block;
}

/** The line of the closing `---` (gray-matter's rule: a line that starts with the delimiter). */
function findClose(text: string, lines: LineIndex): number {
  for (let l = 1; l < lines.lineCount; l++) {
    const s = lines.lineStart(l);
    if (text.startsWith('---', s)) return l;
  }
  return -1;
}
