/** `draft-following-up`: "following up" or "checking in" in a draft. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag } from './helpers';
import { findFollowingUp, quote, scannedDrafts } from './draft-text';

export const rule: Rule<'draft-following-up'> = {
  id: 'draft-following-up',
  severity: 'information',
  validation: false,
  sources: ['001'],
  docs: 'docs/rules.md#draft-following-up',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    if (entry.drafts.length === 0) return out;
    for (const { draft, prose, at } of scannedDrafts(entry)) {
      for (const h of findFollowingUp(prose)) {
        out.push(
          diag(
            rule,
            `Don't write ${quote(h.text)} in draft "${draft.title}": they know why you are writing. Say instead what you have been thinking about since the interview and why you want the role.`,
            at(h),
          ),
        );
      }
    }
    return out;
  },
};


