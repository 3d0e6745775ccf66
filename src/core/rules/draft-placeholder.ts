/** `draft-placeholder`: a placeholder left in a draft. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { diag } from './helpers';
import { entryLabels, findPlaceholders, placeholderMessage, scannedDrafts } from './draft-text';

export const rule: Rule<'draft-placeholder'> = {
  id: 'draft-placeholder',
  severity: 'warning',
  validation: false,
  sources: [],
  docs: 'docs/rules.md#draft-placeholder',
  keys: [],
  check(entry) {
    const out: Diagnostic[] = [];
    if (entry.drafts.length === 0) return out;
    for (const { draft, prose, notes, at } of scannedDrafts(entry)) {
      for (const h of findPlaceholders(prose, notes, entryLabels(entry))) {
        out.push(diag(rule, placeholderMessage(entry, draft, h), at(h)));
      }
    }
    return out;
  },
};


