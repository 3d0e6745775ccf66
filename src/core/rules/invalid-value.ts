/** `invalid-value`: a value of the wrong type or not among the allowed ones. The reader (entry-read.ts) reports it while parsing. */
import type { Rule } from './context';

export const rule: Rule<'invalid-value'> = {
  id: 'invalid-value',
  severity: 'error',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#invalid-value',
  keys: [],
};


