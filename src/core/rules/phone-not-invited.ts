/** `phone-not-invited`: a call to an interviewer who did not invite one. */
import { formatDate } from '../civil';
import { phoneInvited } from '../plan';
import type { Diagnostic } from '../types';
import type { Rule } from './context';
import { called, diag, sentTo } from './helpers';

export const rule: Rule<'phone-not-invited'> = {
  id: 'phone-not-invited',
  severity: 'warning',
  validation: false,
  sources: ['002', '004'],
  docs: 'docs/rules.md#phone-not-invited',
  keys: [],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    for (const [c, person] of sentTo(entry)) {
      if (!person || (c.via !== 'phone' && c.via !== 'voicemail') || phoneInvited(entry, person, ctx.settings)) continue;
      const name = person.name;
      out.push(
        diag(
          rule,
          `${called(c, name)} on ${formatDate(c.when.t)}, but ${name} did not ask you to call: follow up by email instead (or add "phone_ok: true" to ${name} if they invited a call).`,
          c.viaRange,
        ),
      );
    }
    return out;
  },
};


