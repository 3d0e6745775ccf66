/** `too-frequent`: two messages to a company closer than minDaysBetweenContacts. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { spacing } from './helpers';

export const rule: Rule<'too-frequent'> = {
  id: 'too-frequent',
  severity: 'warning',
  validation: false,
  sources: ['000', '002', '003'],
  docs: 'docs/rules.md#too-frequent',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    spacing(entry, ctx, out, rule, undefined, ctx.settings.minDaysBetweenContacts, 'messages', 'Contacting them again is fine from');
    return out;
  },
};


