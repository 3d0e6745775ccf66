/** `informational-too-often`: informational notes closer than informationalMinDays. */
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { INFORMATIONAL, spacing } from './helpers';

export const rule: Rule<'informational-too-often'> = {
  id: 'informational-too-often',
  severity: 'warning',
  validation: false,
  sources: ['000'],
  docs: 'docs/rules.md#informational-too-often',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    spacing(entry, ctx, out, rule, INFORMATIONAL, ctx.settings.informationalMinDays, 'informational notes', 'The next informational note is fine from');
    return out;
  },
};


