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

/** The reader's messages: `what` names the kind of key (`front matter key`, `contact key`). */
export const messages = {
  mergeKey: (what: string, known: readonly string[]) => `Merge keys ("<<: *name") are not read: write the ${what}s out here (${known.join(', ')}).`,
  didYouMean: (what: string, key: string, suggestion: string) => `Unknown ${what} "${key}": did you mean \`${suggestion}\`?`,
  alreadyHere: (what: string, key: string, taken: string) => `Unknown ${what} "${key}": \`${taken}\` is already here; merge the two or delete this one.`,
  unknown: (what: string, key: string, known: readonly string[]) => `Unknown ${what} "${key}": the journal does not read it. Known keys: ${known.join(', ')}.`,
};
