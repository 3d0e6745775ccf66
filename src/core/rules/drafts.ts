/** Message drafts in the body: short, no "following up", no emoji, no placeholders left. */
import type { RuleFamily } from './context';

export const drafts: RuleFamily = {
  name: 'drafts',
  ids: ['draft-too-long', 'draft-following-up', 'draft-emoji', 'draft-placeholder'],
  check() {
    return [];
  },
};
