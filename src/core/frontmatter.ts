/**
 * Splitting a file into front matter and body, with gray-matter.
 *
 * gray-matter is always called with options (without them it caches results by content and
 * hands the same objects to every caller), and with every engine but YAML replaced by one that
 * throws: gray-matter's default `javascript` engine would `eval` the front matter. YAML itself
 * is loaded by our own engine (./yaml.ts) so that we keep positions and local dates.
 */
import matter from 'gray-matter';
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

class NotYaml extends Error {}

const refuse = (): never => {
  throw new NotYaml('only YAML front matter is supported');
};

const YAML_NAMES = new Set(['', 'yaml', 'yml']);

export function splitFrontMatter(raw: string): Split {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = new LineIndex(text);
  const base: Split = {
    text,
    lines,
    hasFrontMatter: false,
    language: '',
    matterStart: 0,
    matterText: '',
    closed: false,
    closeLine: 0,
    bodyStart: 0,
    yaml: undefined,
  };
  // gray-matter would treat `----` and `---x` differently; check the opening line ourselves.
  const first = lines.lineText(0);
  if (!/^---(?!-)/.test(first)) return base;
  const language = first.slice(3).trim().toLowerCase();
  base.hasFrontMatter = true;
  base.language = language;
  base.matterStart = 3 + (first.length - 3);
  let yaml: YamlLoad | undefined;
  let matterText: string | undefined;
  const engine = (str: string): object => {
    matterText = str;
    yaml = loadYaml(str);
    return {};
  };
  try {
    const file = matter(text, {
      language: 'yaml',
      engines: {
        yaml: engine,
        yml: engine,
        javascript: refuse,
        js: refuse,
        json: refuse,
        coffee: refuse,
        coffeescript: refuse,
        cson: refuse,
        toml: refuse,
      },
    });
    void file;
  } catch {
    // A non-YAML engine refused, or gray-matter does not know the language: never evaluated.
  }
  const close = findClose(text, lines);
  base.closed = close >= 0;
  base.closeLine = close >= 0 ? close : lines.lineCount - 1;
  const matterEnd = close >= 0 ? lines.lineStart(close) : text.length;
  base.matterText = text.slice(base.matterStart, matterEnd);
  base.bodyStart = close >= 0 ? (close + 1 < lines.lineCount ? lines.lineStart(close + 1) : text.length) : text.length;
  if (base.closed && YAML_NAMES.has(language)) {
    // Use gray-matter's engine call when it saw the same text at the same place (the usual
    // case); otherwise (comment-only block, odd delimiters) load our own slice.
    const same = matterText !== undefined && base.matterText.startsWith(matterText) && base.matterText.slice(matterText.length).trim() === '';
    base.yaml = same && yaml ? yaml : loadYaml(base.matterText);
  }
  return base;
}

/** The line of the closing `---` (gray-matter's rule: a line that starts with the delimiter). */
function findClose(text: string, lines: LineIndex): number {
  for (let l = 1; l < lines.lineCount; l++) {
    const s = lines.lineStart(l);
    if (text.startsWith('---', s)) return l;
  }
  return -1;
}
