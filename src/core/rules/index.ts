/** Every rule family, in the order their diagnostics are reported. */
import type { RuleFamily } from './context';
import { duties } from './duties';
import { timing } from './timing';
import { channels } from './channels';
import { drafts } from './drafts';

export const RULE_FAMILIES: readonly RuleFamily[] = [duties, timing, channels, drafts];
export type { RuleContext, RuleFamily } from './context';
