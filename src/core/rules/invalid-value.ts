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

/**
 * The reader's messages. `got` is the value as a message names it (`a list`, `the number 3`),
 * `n` a contact's number; the lists of allowed values are passed in (this module reads no
 * runtime value of types.ts, which derives its lists from the rule modules).
 */
export const messages = {
  empty: (what: string) => `${what} is empty: write a value.`,
  notText: (what: string, got: string) => `${what} must be text, not ${got}.`,
  notDate: (what: string, allowTime: boolean, got: string) => `${what} must be a date (YYYY-MM-DD${allowTime ? ' or YYYY-MM-DD HH:mm' : ''}), not ${got}.`,
  notBool: (what: string, got: string) => `${what} must be true or false, not ${got}.`,
  notOneOf: (what: string, value: string, allowed: readonly string[], hint: string | undefined) =>
    `${what} ${value} is not one of ${allowed.join(', ')}${hint ? `: did you mean \`${hint}\`?` : '.'}`,
  interviewersNotList: (got: string) => `interviewers must be a list of names ("- Jason Lee"), not ${got}.`,
  interviewerEmpty: 'An interviewer with no name: write the name or remove the line.',
  interviewerNotMap: (got: string) => `An interviewer must be a name or a map with name: ..., not ${got}.`,
  interviewerNoName: 'This interviewer has no name: add "name: ...".',
  recruiterNotMap: (got: string) => `recruiter must be a map (name: ..., agency: ...), not ${got}.`,
  recruiterNoName: 'The recruiter has no name: add "name: ..." under recruiter.',
  promisedNoDate: 'promised needs a date: "promised: {by: YYYY-MM-DD, via: email}".',
  ignoreNotList: (got: string) => `ignore must be a list of rule ids, not ${got}.`,
  notRuleId: (value: string, hint: string | undefined) => `${value} is not a rule id${hint ? `: did you mean \`${hint}\`?` : '; see docs/rules.md.'}`,
  tagsNotList: (got: string) => `tags must be a list of words, not ${got}.`,
  tagNotWord: (got: string) => `A tag must be a word, not ${got}.`,
  contactsNotList: (got: string) => `contacts must be a list of contacts ("- {date: ..., to: ..., via: email, kind: thank-you}"), not ${got}.`,
  contactEmpty: (n: number) => `Contact ${n} is empty: write its date, to or from, via and kind, or remove the line.`,
  contactNotMap: (n: number, got: string) => `Contact ${n} must be a map with date, to or from, via and kind, not ${got}.`,
  contactNoDate: (n: number) => `Contact ${n} has no date: add "date: YYYY-MM-DD".`,
  contactBoth: (n: number) => `Contact ${n} has both "to" and "from": keep "to" if you contacted them, "from" if they contacted you.`,
  contactNeither: (n: number) => `Contact ${n} has neither "to" nor "from": add "to: <name>" if you contacted them, "from: <name>" if they contacted you.`,
  contactNoVia: (n: number, vias: readonly string[]) => `Contact ${n} has no via: add "via: email" (or ${vias.filter((v) => v !== 'email').join(', ')}).`,
  contactNoKind: (n: number, kinds: readonly string[]) => `Contact ${n} has no kind: add "kind: ${kinds.join(' | ')}".`,
  noteNotText: (got: string) => `note must be text, not ${got}.`,
};
