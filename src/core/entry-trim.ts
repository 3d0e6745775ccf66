/** The CLI's trimming: what a one-shot analysis no longer needs of an entry is let go. */
import { releaseText } from './frontmatter';
import { RULE_KEYS } from './rules';
import { own } from './text';
import type { Entry, KeySpan } from './entry';

/** The `ignore` of every lean entry that ignores nothing (never added to: see releaseEntryText). */
const NO_IGNORES = new Set<string>();

/**
 * For a one-shot analysis (the CLI): drops the file's text when no rule reads it again, i.e.
 * when the entry has no draft (the draft rules scan the draft's text), and the contacts' notes,
 * which no rule reads; positions and every value the rules read stay (docs/performance.md).
 */
export function releaseEntryText(e: Entry): void {
  // No rule reads a contact's note (only the editing commands do), and the rules read the
  // spans of these keys only.
  for (const c of e.contacts) c.note = undefined;
  const keys = new Map<string, KeySpan>();
  for (const k of RULE_KEYS) {
    const span = e.keys.get(k);
    if (span) keys.set(k, span);
  }
  e.keys = keys;
  // Nothing adds to an entry afterwards: lists at their exact size (a pushed array keeps room to
  // grow), one shared empty set of ignored rules.
  e.contacts = e.contacts.slice();
  e.interviewers = e.interviewers.slice();
  e.problems = e.problems.slice();
  if (e.ignore.size === 0) e.ignore = NO_IGNORES;
  // Strings cut from the text (slices of it) would keep it whole: copies.
  for (const t of e.tasks) t.text = own(t.text);
  if (e.drafts.length > 0) {
    for (const d of e.drafts) d.title = own(d.title);
    // The draft rules read the drafts' text, and the whole text's reference definitions (lines
    // with "]:"): the text stays from the first of those lines on, the front matter mostly goes.
    const text = e.split.text;
    let from = e.drafts[0].start;
    for (const d of e.drafts) from = Math.min(from, d.start);
    const def = text.indexOf(']:');
    releaseText(e.split, def >= 0 ? Math.min(from, def) : from);
    return;
  }
  releaseText(e.split);
}
