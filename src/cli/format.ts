/** The CLI's output: ESLint-stylish text, the JSON documents, and the `next` list. */
import { formatDate, formatWhen } from '../core/civil';
import { stepPhrase as corePhrase } from '../core/phrases';
import type { Entry } from '../core/entry';
import type { FileResult } from '../core/journal';
import { compareSteps } from '../core/next';
import { type Minutes, type Severity, type Step } from '../core/types';

/**
 * What the CLI prints of a file's result: a FileResult, or the same with only the entry fields
 * the output reads (the CLI keeps that much once the journal is analysed, not every entry).
 */
/** A file's result as the CLI keeps it: every pending step only for the calendar, which exports them all. */
export type Row = Omit<FileResult, 'entry' | 'steps' | 'problemCodes'> & Partial<Pick<FileResult, 'steps'>> & { entry: Pick<Entry, 'isEntry' | 'company' | 'role' | 'status'> };

export interface Painter {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOURS: Painter = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};
const id = (s: string) => s;
export const PLAIN: Painter = { red: id, yellow: id, blue: id, green: id, cyan: id, dim: id, bold: id, underline: id };

/**
 * Colour when stdout is a terminal, unless NO_COLOR is set (non-empty); FORCE_COLOR wins over
 * both (`0` or `false` turns colour off, anything else on), as in Node itself.
 */
export function useColour(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** Control characters (terminal escapes, newlines) in journal text never reach the terminal raw. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

function addCounts(c: Counts, r: Row): void {
  for (const d of r.diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
}

export function count(results: readonly Row[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const r of results) addCounts(c, r);
  return c;
}

/** The step's date and urgency in the words every surface uses (core/phrases.ts). */
export function stepPhrase(step: Step, now: Minutes): string {
  return corePhrase(step, now);
}

/** Length in code points (what the columns are padded by), without an array of them. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - codePoints(s)));
}
function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - codePoints(s))) + s;
}

function severityColour(p: Painter, sev: Severity): (s: string) => string {
  return sev === 'error' ? p.red : sev === 'warning' ? p.yellow : p.blue;
}

/** `check` as text: ESLint's stylish layout, plus each entry's next step and a summary line. */
export function formatCheckText(results: readonly Row[], now: (r: Row) => Minutes, p: Painter, maxWarnings: number | undefined): string {
  let out = '';
  writeCheckText(results, now, p, maxWarnings, (s) => (out += s));
  return out;
}

/**
 * Text is handed to `write` in pieces of about this many characters: small enough to stay out
 * of V8's large-object space (over 128 KB, where each piece would wait for a full collection).
 */
const TEXT_PIECE = 16 * 1024;

/**
 * `check` as text, written in pieces as it is made (as the JSON report is): the whole report of
 * a busy journal is tens of megabytes, and only one file's lines are ever held here.
 */
export function writeCheckText(results: Iterable<Row>, now: (r: Row) => Minutes, p: Painter, maxWarnings: number | undefined, write: (s: string) => void): Counts {
  let buf = '';
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  let files = 0;
  for (const r of results) {
    files++;
    buf += p.underline(oneLine(r.path)) + '\n';
    const ds = r.diagnostics;
    // Column widths of this file, then its lines (each message made one line once).
    const msgs: string[] = new Array(ds.length);
    let wl = 0;
    let wc = 0;
    let ws = 0;
    let wm = 0;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      if (d.severity === 'error') c.errors++;
      else if (d.severity === 'warning') c.warnings++;
      else c.infos++;
      wl = Math.max(wl, String(d.range.start.line + 1).length);
      wc = Math.max(wc, String(d.range.start.character + 1).length);
      ws = Math.max(ws, SEVERITY_WORD[d.severity].length);
      msgs[i] = oneLine(d.message);
      wm = Math.max(wm, codePoints(msgs[i]));
    }
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      const pos = `${padStart(String(d.range.start.line + 1), wl)}:${padEnd(String(d.range.start.character + 1), wc)}`;
      const sev = severityColour(p, d.severity)(padEnd(SEVERITY_WORD[d.severity], ws));
      buf += `  ${p.dim(pos)}  ${sev}  ${padEnd(msgs[i], wm)}  ${p.dim(d.rule)}\n`;
    }
    if (r.next) {
      const phrase = stepPhrase(r.next, now(r));
      buf += `  ${p.cyan('next:')} ${oneLine(r.next.text)}${phrase ? ` (${phrase})` : ''}\n`;
    }
    buf += '\n';
    if (buf.length >= TEXT_PIECE) {
      write(buf);
      buf = '';
    }
  }
  const total = c.errors + c.warnings + c.infos;
  if (total === 0) {
    buf += p.green(`✔ no problems in ${plural(files, 'entry', 'entries')}`) + '\n';
  } else {
    const line = `✖ ${plural(total, 'problem', 'problems')} (${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}, ${plural(c.infos, 'info', 'infos')})`;
    buf += p.bold(c.errors ? p.red(line) : c.warnings ? p.yellow(line) : p.blue(line)) + '\n';
  }
  if (maxWarnings !== undefined && c.warnings > maxWarnings) {
    buf += p.red(`✖ too many warnings: ${c.warnings}, the maximum is ${maxWarnings} (--max-warnings)`) + '\n';
  }
  write(buf);
  return c;
}

function dueJson(step: Step | undefined): string | null {
  return step?.due ? formatDate(step.due.t) : null;
}

function nextJson(step: Step | undefined): { text: string; due: string | null; urgency: string } | null {
  if (!step) return null;
  return { text: step.text, due: dueJson(step), urgency: step.urgency };
}

function fileJson(r: Row): object {
  return {
    path: r.path,
    company: r.entry.company,
    role: r.entry.role ?? null,
    status: r.entry.status,
    next: nextJson(r.next),
    diagnostics: r.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    })),
  };
}

/** Characters JSON.stringify escapes in a string: quote, backslash, controls, and surrogates (a lone one is escaped). */
// eslint-disable-next-line no-control-regex
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A value as JSON.stringify writes it: most strings need no escape, and skip its call. */
function json(value: string | number | null): string {
  return typeof value === 'string' && !JSON_ESCAPED.test(value) ? `"${value}"` : JSON.stringify(value);
}

/** `"key": value` at an indent, as JSON.stringify(…, null, 2) writes it; nothing for undefined. */
function member(pad: string, key: string, value: string | number | null | undefined, last = false): string {
  return value === undefined ? '' : `${pad}"${key}": ${json(value)}${last ? '' : ','}\n`;
}

/**
 * One file of the `check` document, exactly as JSON.stringify(doc, null, 2) writes it inside
 * `files` (the fields of fileJson, in its order), without making the object first: the report
 * of a busy journal is tens of megabytes. test/unit/cli.test.ts checks the two agree.
 */
function fileJsonText(r: Row): string {
  const p = '        ';
  let out = `    {\n${member('      ', 'path', r.path)}${member('      ', 'company', r.entry.company)}${member('      ', 'role', r.entry.role ?? null)}${member('      ', 'status', r.entry.status)}`;
  const n = nextJson(r.next);
  out += n ? `      "next": {\n${member(p, 'text', n.text)}${member(p, 'due', n.due)}${member(p, 'urgency', n.urgency, true)}      },\n` : '      "next": null,\n';
  const ds = r.diagnostics;
  if (ds.length === 0) return `${out}      "diagnostics": []\n    }`;
  out += '      "diagnostics": [\n';
  const q = '          ';
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const { start, end } = d.range;
    // Positions are whole numbers: written as they are.
    out += `        {\n${member(q, 'rule', d.rule)}${member(q, 'severity', d.severity)}${member(q, 'message', d.message)}${q}"line": ${start.line + 1},\n${q}"column": ${start.character + 1},\n${q}"endLine": ${end.line + 1},\n${q}"endColumn": ${end.character + 1}\n        }${i + 1 < ds.length ? ',' : ''}\n`;
  }
  return `${out}      ]\n    }`;
}

/**
 * `check --format json`, written as the rows come, in pieces: the same text as checkJson, never
 * the whole document in memory. Returns the counts (for the exit code).
 */
export function writeCheckJson(results: Iterable<Row>, write: (s: string) => void): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  // Pieces under V8's large-object size (128 KB), where each would wait for a full collection.
  let buf = '';
  let first = true;
  for (const r of results) {
    addCounts(c, r);
    buf += (first ? '{\n  "files": [\n' : ',\n') + fileJsonText(r);
    first = false;
    if (buf.length >= TEXT_PIECE) {
      write(buf);
      buf = '';
    }
  }
  write(first ? '{\n  "files": []\n}\n' : `${buf}\n  ]\n}\n`);
  return c;
}

/** `check --format json` made whole with JSON.stringify (docs/cli.md): the reference writeCheckJson is tested against. */
export function checkJson(results: readonly Row[]): string {
  return JSON.stringify({ files: results.map(fileJson) }, null, 2) + '\n';
}

/** Most urgent first: the core's step order (urgency, then due date, undated last), then path. */
export function compareNext(a: Row, b: Row): number {
  const c = compareSteps(a.next!, b.next!);
  if (c !== 0) return c;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sortedByUrgency(results: readonly Row[]): Row[] {
  return results.filter((r) => r.entry.isEntry && r.next).sort(compareNext);
}

function who(r: Row): string {
  // An entry whose front matter cannot be read has no company: name the file instead.
  const company = r.entry.company || r.path.split(/[\\/]/).pop() || r.path;
  return r.entry.role ? `${company} — ${r.entry.role}` : company;
}

/** `next` as text: one line per entry, aligned columns: urgency, due, company — role, step. */
export function formatNextText(sorted: readonly Row[], p: Painter): string {
  if (sorted.length === 0) return 'no journal entries found\n';
  const rows = sorted.map((r) => ({
    urgency: r.next!.urgency,
    due: r.next!.due ? formatWhen(r.next!.due) : '—',
    who: oneLine(who(r)),
    text: oneLine(r.next!.text),
  }));
  const wu = Math.max(...rows.map((x) => x.urgency.length));
  const wd = Math.max(...rows.map((x) => [...x.due].length));
  const ww = Math.max(...rows.map((x) => [...x.who].length));
  const paint = (u: string) => (u === 'overdue' ? p.red : u === 'today' ? p.yellow : u === 'soon' ? p.cyan : u === 'done' ? p.dim : id);
  return (
    rows.map((x) => `${paint(x.urgency)(padEnd(x.urgency, wu))}  ${padEnd(x.due, wd)}  ${p.bold(padEnd(x.who, ww))}  ${x.text}`.trimEnd()).join('\n') + '\n'
  );
}

/** `next --format json`: `{"steps":[{"path","company","role","status","kind","text","due","urgency"}]}`. */
export function nextJsonDoc(sorted: readonly Row[]): string {
  const steps = sorted.map((r) => ({
    path: r.path,
    company: r.entry.company,
    role: r.entry.role ?? null,
    status: r.entry.status,
    kind: r.next!.kind,
    text: r.next!.text,
    due: dueJson(r.next),
    urgency: r.next!.urgency,
  }));
  return JSON.stringify({ steps }, null, 2) + '\n';
}
