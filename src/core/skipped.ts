/**
 * Files the reader found and did not read (too large, unreadable, a broken link): each is
 * reported as one `file-skipped` warning at 1:1 and a step to make it readable, the same on
 * every surface (CLI, Problems, tree), so nothing is passed over without a word.
 */
import { parseEntry } from './entry';
import type { FileResult } from './journal';
import type { Diagnostic, Step } from './types';

/** The id of the reader's report. Not an etiquette rule: no setting or `ignore:` turns it off. */
export const FILE_SKIPPED = 'file-skipped';

export type SkipReason =
  /** Over `maxFileSize` bytes. */
  | { kind: 'too-large'; size: number; max: number }
  /** A symbolic link whose target is missing (or a loop). */
  | { kind: 'broken-link'; error: string }
  /** Could not be opened or read: permission denied, not a regular file, an I/O error. */
  | { kind: 'unreadable'; error: string; size?: number }
  /** Read, but the engine failed on it (an internal error). */
  | { kind: 'failed'; error: string; size?: number };

/** 12345678 → "12,345,678 bytes" (the same in every locale). */
export function bytesText(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? 'byte' : 'bytes'}`;
}

/** The warning's text: what happened, the size when known, and what to do. */
export function skippedMessage(r: SkipReason): string {
  switch (r.kind) {
    case 'too-large':
      return `Not read: the file is ${bytesText(r.size)}, more than interviewJournal.maxFileSize (${bytesText(r.max)}). Nothing in it was checked: move long notes or transcripts to another file, or raise the setting.`;
    case 'broken-link':
      return `Not read: a symbolic link that cannot be followed (${r.error}). Nothing in it was checked: fix or remove the link.`;
    case 'unreadable':
      return `Not read: ${r.error}${r.size !== undefined ? ` (${bytesText(r.size)})` : ''}. Nothing in it was checked: make the file readable.`;
    case 'failed':
      return `Not read: Interview Journal could not analyse this file (${r.error})${r.size !== undefined ? `, ${bytesText(r.size)}` : ''}. Nothing in it was checked.`;
  }
}

/** The one diagnostic of a skipped file: a warning at 1:1. Typed as a rule's so every surface shows it alike. */
export function skippedDiagnostic(r: SkipReason): Diagnostic {
  return {
    rule: FILE_SKIPPED as Diagnostic['rule'],
    severity: 'warning',
    message: skippedMessage(r),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** Whether a diagnostic is the reader's `file-skipped` report. */
export function isSkippedDiagnostic(d: Diagnostic): boolean {
  return (d.rule as string) === FILE_SKIPPED;
}

/** Its one step, as for an entry whose front matter cannot be read. */
export const SKIPPED_STEP: Step = { kind: 'fix', text: 'Make this file readable (see Problems)', due: null, urgency: 'today' };

/** The result every surface shows for a skipped file: an entry with no fields, the warning and the step. */
export function skippedResult(path: string, r: SkipReason): FileResult {
  const entry = parseEntry(path, '');
  entry.isEntry = true;
  return { path, entry, diagnostics: [skippedDiagnostic(r)], next: SKIPPED_STEP, steps: [SKIPPED_STEP] };
}
