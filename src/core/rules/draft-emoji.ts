/** `draft-emoji`: an emoji or smiley in a draft. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag } from './helpers';
import { findEmoji, quote, scannedDrafts } from './draft-text';

export const rule: Rule<'draft-emoji'> = {
  id: 'draft-emoji',
  severity: 'information',
  validation: false,
  sources: ['000'],
  docs: 'docs/rules.md#draft-emoji',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    if (entry.drafts.length === 0) return out;
    for (const { draft, prose, at } of scannedDrafts(entry)) {
      for (const h of findEmoji(prose)) {
        out.push(diag(rule, `Remove ${quote(h.text)} from draft "${draft.title}": keep follow-ups professional, without emoji or smileys.`, at(h)));
      }
    }
    return out;
  },
};


