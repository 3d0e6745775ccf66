/** `internal-error`: Interview Journal itself failed on this file (a rule threw, or the body could not be read). */
import type { Diagnostic } from '../types';
import type { Rule } from './context';

export const rule: Rule<'internal-error'> = {
  id: 'internal-error',
  severity: 'error',
  // Shown on closed entries too: it says the file was not fully checked.
  validation: true,
  sources: [],
  docs: 'docs/rules.md#internal-error',
  keys: [],
};

/** One failure, as the diagnostic lists it: `rule too-frequent failed (boom)`. */
export function failure(what: string, err: unknown): string {
  return `${what} failed (${err instanceof Error ? err.message : String(err)})`;
}

/** The one diagnostic for every failure on a file, at 1:1. */
export function internalError(failures: readonly string[]): Diagnostic {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: `Interview Journal could not check this file: ${failures.join('; ')}. The other files are not affected; please report this.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
  };
}
