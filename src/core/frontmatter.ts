/**
 * Splitting a file into front matter and body, with gray-matter.
 *
 * gray-matter is always called with options (without them it caches results by content and
 * hands the same objects to every caller), and every engine but YAML is replaced by one that
 * throws: gray-matter's default `javascript` engine would `eval` the front matter, so front
 * matter in any other language is refused, never evaluated. Our YAML engine does not parse
 * there: it keeps the block gray-matter hands it, and ./yaml.ts loads it (with positions and
 * local dates) when validation asks. yamlBlockOf finds that block without calling gray-matter in
 * the usual case, and is tested equal to it.
 */
import matter from 'gray-matter';
import { LineIndex, own } from './text';
import { loadYaml, type YamlLoad } from './yaml';

export interface Split {
  /** The text as analysed: BOM removed (VS Code does the same), line breaks untouched. */
  text: string;
  /**
   * Offset in the analysed text where `text` starts: 0, unless releaseText kept only the text's
   * end (from `textStart` on, a line start).
   */
  textStart?: number;
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

/** The front matter languages read as YAML (`---`, `---yaml`, `---yml`). */
export const YAML_NAMES: ReadonlySet<string> = new Set(['', 'yaml', 'yml']);

/**
 * A Split whose YAML load (data and position tree) can be released once the entry is validated
 * and is loaded again, from the same text, if anything reads it later (the editing commands
 * do): a loaded journal keeps far less (docs/performance.md).
 */
class LazySplit implements Split {
  textStart = 0;
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
    public text: string,
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

/**
 * Drops a split's text (and its YAML, which could not be loaded again): offsets, lines and
 * positions stay. Only for an analysis that never edits nor reads the text again.
 * `keepFrom` (an offset): the text from that offset's line on stays, as a copy (a rule reads
 * the body there); `split.textStart` says where it starts.
 */
export function releaseText(split: Split, keepFrom?: number): void {
  if (!(split instanceof LazySplit)) return;
  // The YAML source is gray-matter's block, whose parent string is a copy of the front matter
  // (gray-matter's cache lookup makes V8 internalize its input): released here, not kept with the text.
  split.matterText = '';
  split.source = undefined;
  split.loaded = undefined;
  const text = split.text;
  split.text = '';
  split.lines.releaseText();
  if (keepFrom === undefined || split.textStart !== 0) return;
  const from = split.lines.lineStart(split.lines.lineAt(keepFrom));
  // A copy: a slice would keep the whole text alive.
  split.text = from === 0 ? text : own(text.slice(from));
  split.textStart = from;
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
    // The block gray-matter hands its YAML engine, when that is our text with at most trailing
    // blanks cut (the usual case); otherwise (comment-only block, odd delimiters) our own slice.
    // gray-matter is handed the text up to the closing delimiter, not the body after it: it
    // copies its whole input into a Buffer and looks it up in a cache keyed by the text, so the
    // body only costs there. Its block is the same: it ends at the first "\n---", which starts
    // a line, so it is at or after our closing line (and when it is after, the block is longer
    // than ours and not used, cut or not).
    const matterText = yamlBlockOf(text.slice(0, lines.lineStart(close) + 3));
    // `===` on a slice, not startsWith: V8's startsWith compares gray-matter's (non-flat) string
    // a character at a time.
    const same =
      matterText !== undefined &&
      matterText.length <= base.matterText.length &&
      base.matterText.slice(0, matterText.length) === matterText &&
      base.matterText.slice(matterText.length).trim() === '';
    base.source = same ? matterText : base.matterText;
  }
  return base;
}

class NotYaml extends Error {}

const refuse = (): never => {
  throw new NotYaml('only YAML front matter is supported');
};

/**
 * What grayMatterYamlBlock gives, without gray-matter's costs (a Buffer copy of the text, a
 * cache lookup keyed by it, a multi-line comment regex) in the usual case: a `---`, `---yaml` or
 * `---yml` block whose first non-blank character is not `#`. Anything else asks `slow`
 * (gray-matter; a test passes a spy).
 * test/unit/frontmatter.test.ts checks the two agree.
 */
export function yamlBlockOf(text: string, slow: (text: string) => string | undefined = grayMatterYamlBlock): string | undefined {
  // gray-matter's steps (index.js parseMatter and matter.language), in its order.
  if (!text.startsWith('---') || text.charAt(3) === '-') return slow(text);
  let str = text.slice(3);
  const nl = str.search(/\r?\n/);
  if (nl < 0) return slow(text);
  const raw = str.slice(0, nl);
  const name = raw.trim();
  if (name !== '' && name !== 'yaml' && name !== 'yml') return slow(text);
  if (name !== '') str = str.slice(raw.length);
  const closeIndex = str.indexOf('\n---');
  const block = closeIndex < 0 ? str : str.slice(0, closeIndex);
  // Its comment regex (/^\s*#[^\n]+/gm) cannot remove a first non-blank that is not `#`.
  const first = /\S/.exec(block);
  if (first === null) return undefined;
  return block.charCodeAt(first.index) === 0x23 ? slow(text) : block;
}

/**
 * The string gray-matter 4 passes to its YAML engine for this text, or undefined when it calls
 * no YAML engine (another language named, or a block of only blanks and `#` comments).
 */
export function grayMatterYamlBlock(text: string): string | undefined {
  let block: string | undefined;
  const keep = (str: string): object => {
    block = str;
    return {};
  };
  try {
    matter(text, {
      language: 'yaml',
      engines: {
        yaml: keep,
        yml: keep,
        javascript: refuse,
        js: refuse,
        json: refuse,
        coffee: refuse,
        coffeescript: refuse,
        cson: refuse,
        toml: refuse,
      },
    });
  } catch {
    // A non-YAML engine refused, or gray-matter does not know the language: never evaluated.
    return undefined;
  }
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
