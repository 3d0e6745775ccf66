/** The next step of an entry (spec section 4). */
import type { Entry } from './entry';
import type { RuleContext } from './rules/context';
import type { Step } from './types';

/**
 * Every pending step of an entry, the next one first: the main sequence of spec section 4
 * (first match wins), then optional steps (handwritten note, task items). A task due before
 * the main step becomes the next step.
 */
export function nextSteps(entry: Entry, ctx: RuleContext): Step[] {
  void entry;
  void ctx;
  return [{ kind: 'check-in', text: 'not implemented', due: null, urgency: 'waiting' }];
}
