/**
 * One journal file as a typed entry: the model the rules and every surface read. Reading a file
 * into it is entry-read.ts; compact storage entry-store.ts; the CLI's trimming entry-trim.ts.
 */
import { dayOf, formatDate } from './civil';
import type { Split } from './frontmatter';
import type { Draft, Task } from './body';
import type { ContactKind, Diagnostic, Range, Status, Via, When } from './types';

export interface Interviewer {
  name: string;
  key: string;
  title?: string;
  email?: string;
  phoneOk: boolean;
  linkedinOk: boolean;
  /** The name (for a map: its `name` value), where per-person diagnostics go. */
  range: Range;
  index: number;
}

export interface Recruiter {
  name: string;
  key: string;
  agency?: string;
  email?: string;
  phone?: string;
  range: Range;
}

export interface Contact {
  index: number;
  when: When;
  dir: 'to' | 'from';
  who: string;
  whoKey: string;
  via: Via;
  kind: ContactKind;
  note?: string;
  /** The whole list item. */
  range: Range;
  dateRange: Range;
  whoRange: Range;
  viaRange: Range;
  kindRange: Range;
}

export interface Promise_ {
  by: When;
  via?: Via;
  range: Range;
}

/** Where a top-level key sits, for edits and diagnostics. */
export interface KeySpan {
  key: Range;
  value: Range;
  /** Zero-based first and last line of the key and its value. */
  firstLine: number;
  lastLine: number;
}

export interface Entry {
  path: string;
  /** The file is a journal entry (front matter with `company`, or broken front matter that looks like one). */
  isEntry: boolean;
  split: Split;
  company: string;
  companyKey: string;
  role?: string;
  round?: string;
  interview?: When;
  status: Status;
  closed: boolean;
  interviewers: Interviewer[];
  recruiter?: Recruiter;
  decisionBy?: When;
  noFollowUp: boolean;
  promised?: Promise_;
  offerDeadline?: When;
  contacts: Contact[];
  /** The contacts packed as numbers, in the same order (packed.ts): what the statistics read. */
  contactCodes: readonly number[];
  ignore: Set<string>;
  tags: string[];
  drafts: Draft[];
  tasks: Task[];
  keys: Map<string, KeySpan>;
  /** The front matter's opening and closing delimiter lines (zero-based). */
  frontMatterLines: { open: number; close: number } | undefined;
  /** Validation diagnostics (default severities; the journal applies settings and `ignore`). */
  problems: Diagnostic[];
  /** The front matter cannot be read, or names no company: the entry's one step is to fix it. */
  unreadable?: true;
  /** What Interview Journal itself failed to read in this file (a bug): one `internal-error`. */
  failures?: string[];
}

/** The day an entry's interview falls on, formatted; '' when unknown. */
export function interviewDay(e: Entry): string {
  return e.interview ? formatDate(e.interview.t) : '';
}

export function interviewDayNumber(e: Entry): number | undefined {
  return e.interview ? dayOf(e.interview.t) : undefined;
}

export { parseEntry, TOP_KEYS, underInterviewsFolder } from './entry-read';
export { releaseEntryText } from './entry-trim';
