/** `draft-too-long`: a draft longer than draftMaxWords. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag } from './helpers';

export const rule: Rule<'draft-too-long'> = {
  id: 'draft-too-long',
  severity: 'information',
  validation: false,
  sources: ['000'],
  docs: 'docs/rules.md#draft-too-long',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    const max = ctx.settings.draftMaxWords;
    for (const draft of entry.drafts) {
      if (draft.words <= max) continue;
      out.push(
        diag(
          rule,
          `Draft "${draft.title}" has ${draft.words} words, more than ${max}: keep a follow-up brief (thanks, one point about your fit, your interest); cut it to ${max} words or fewer.`,
          draft.heading,
        ),
      );
    }
    return out;
  },
};


