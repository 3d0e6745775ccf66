/** `unknown-field`: a key the journal does not know. The reader (entry-read.ts) reports it while parsing. */
import type { Rule } from './context';

export const rule: Rule<'unknown-field'> = {
  id: 'unknown-field',
  severity: 'warning',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#unknown-field',
  keys: [],
};


