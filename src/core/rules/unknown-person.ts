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

/** The reader's message; `hint` is the listed name nearest to `who`. */
export function message(who: string, hint: string | undefined): string {
  return `${who} is neither an interviewer nor the recruiter of this interview${hint ? `: did you mean ${hint}?` : `; add them under interviewers if they interviewed you.`}`;
}
