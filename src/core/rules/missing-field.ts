/** `missing-field`: a required key missing. The reader (entry-read.ts) reports it while parsing. */
import type { Rule } from './context';

export const rule: Rule<'missing-field'> = {
  id: 'missing-field',
  severity: 'warning',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#missing-field',
  keys: [],
};


