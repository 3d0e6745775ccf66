/** `unknown-person`: a contact to or from someone not listed. The reader (entry-read.ts) reports it while parsing. */
import type { Rule } from './context';

export const rule: Rule<'unknown-person'> = {
  id: 'unknown-person',
  severity: 'information',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#unknown-person',
  keys: [],
};


