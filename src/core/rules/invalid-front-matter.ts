/** `invalid-front-matter`: front matter that cannot be read as YAML. The reader (entry-read.ts) reports it while parsing. */
import type { Rule } from './context';

export const rule: Rule<'invalid-front-matter'> = {
  id: 'invalid-front-matter',
  severity: 'error',
  validation: true,
  sources: [],
  docs: 'docs/rules.md#invalid-front-matter',
  keys: [],
};


