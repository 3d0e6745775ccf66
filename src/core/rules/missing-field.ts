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

/** The reader's messages. */
export const messages = {
  noCompany: 'This interview has no company: add "company: <employer>" to the front matter.',
  noRole: (company: string) => `The interview at ${company || 'this company'} has no role: add "role: <position>".`,
  noInterview: (company: string) => `The interview at ${company || 'this company'} has no date: add "interview: YYYY-MM-DD HH:mm".`,
  noInterviewersKey: 'No interviewers: add "interviewers:" with the name of everyone who interviewed you, so each gets a thank-you.',
  noInterviewers: 'No interviewers: list everyone who interviewed you under "interviewers:", one "- Name" a line.',
};
