/** Which channel, to whom: phone, LinkedIn and email only when invited or given; the recruiter's role. */
import type { RuleFamily } from './context';

export const channels: RuleFamily = {
  name: 'channels',
  ids: ['phone-not-invited', 'linkedin-not-invited', 'email-not-given', 'recruiter-bypass', 'recruiter-after-hours'],
  check() {
    return [];
  },
};
