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

/** The reader's messages. */
export const messages = {
  notYaml: (language: string) => `Front matter in "${language}" is not read: only YAML front matter is supported. Change the first line to "---" and write the keys in YAML.`,
  notClosed: 'The front matter is not closed: add a line "---" after the last key.',
  duplicateKey: (token: string, line: number) => `The key "${token}" appears twice in the front matter (line ${line}): keep one.`,
  notValid: (message: string, line: number, column: number) => `The front matter is not valid YAML: ${message} (line ${line}, column ${column}).`,
  notAMap: 'The front matter must be a map of keys (company: ..., role: ...), not a list or a single value.',
};
