/** How often and how soon: follow-ups too early, too many, too frequent, and after being asked not to. */
import type { RuleFamily } from './context';

export const timing: RuleFamily = {
  name: 'timing',
  ids: ['follow-up-too-early', 'too-many-follow-ups', 'too-frequent', 'informational-too-often', 'asked-not-to-follow-up'],
  check() {
    return [];
  },
};
