/** Shared builders for unit tests: write an entry as YAML lines, analyse it at a pinned clock. */
import { analyze, type FileResult } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Diagnostic, RuleId } from '../../src/core/types';

/** A file: front matter lines (without the `---` delimiters) and an optional body. */
export function entry(frontMatter: string[], body = ''): string {
  return `---\n${frontMatter.join('\n')}\n---\n${body}`;
}

/**
 * A timed interview (Fri 20 Nov 2026 14:00 at Acme) with two interviewers, Jason Lee (a bare
 * name, no email) and Maria Diaz (with an email). Extra front matter lines start at line 9.
 */
export function acme(...extra: string[]): string {
  return entry([
    'company: Acme', //                 line 2
    'role: Engineer', //                line 3
    'interview: 2026-11-20 14:00', //   line 4
    'interviewers:', //                 line 5
    '  - Jason Lee', //                 line 6
    '  - name: Maria Diaz', //          line 7
    '    email: maria@acme.com', //     line 8
    ...extra, //                        line 9 on
  ]);
}

export interface RunOptions {
  /** `YYYY-MM-DDTHH:mm` */
  now?: string;
  /** `YYYY-MM-DD` (that day at 12:00) */
  today?: string;
  settings?: Partial<Settings>;
}

/** Analyses files ({path: text}) with the clock pinned; returns results by path. */
export function run(files: Record<string, string>, opts: RunOptions = {}): Record<string, FileResult> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...opts.settings, now: opts.now ?? '', today: opts.today ?? '' };
  if (!settings.now && !settings.today) throw new Error('tests must pin the clock (now or today)');
  const results = analyze(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    settings,
  );
  return Object.fromEntries(results.map((r) => [r.path, r]));
}

/** Analyses one file and returns its diagnostics. */
export function check(text: string, opts: RunOptions = {}, path = 'journal/acme.md'): Diagnostic[] {
  return run({ [path]: text }, opts)[path].diagnostics;
}

/** Diagnostics of one rule, as compact tuples [1-based line, 1-based column, message]. */
export function only(diags: Diagnostic[], rule: RuleId): [number, number, string][] {
  return diags.filter((d) => d.rule === rule).map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message]);
}

/** Every diagnostic as "line:col-endLine:endCol rule" (1-based), for exact-range assertions. */
export function ranges(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.rule}`);
}
