/** Log Contact's questions: who, how, what kind, a note and when, each starting with what the next step asks for. */
import * as vscode from 'vscode';
import { formatWhen, parseWhen } from '../core/civil';
import type { NewContact } from '../core/edits';
import type { FileResult } from '../core/journal';
import { stepTitle } from '../core/phrases';
import { normalizeName } from '../core/text';
import { CONTACT_KINDS, VIAS, type ContactKind, type Step, type StepKind, type Via } from '../core/types';

export const TO_KINDS: ContactKind[] = ['thank-you', 'check-in', 'update-request', 'informational', 'debrief', 'reply', 'other'];
export const FROM_KINDS: ContactKind[] = ['reply', 'debrief', 'offer', 'rejection', 'informational', 'other'];

/** The contact that does a step, for steps that do not say (until every step carries its contactKind). */
const FALLBACK_KIND: Partial<Record<StepKind, ContactKind>> = {
  'thank-you': 'thank-you',
  'handwritten-note': 'thank-you',
  debrief: 'debrief',
  'check-in': 'check-in',
  promised: 'check-in',
  'other-offer': 'update-request',
};

/** What the next step asks for: its person, channel and contact kind (from the step, else from its kind). */
function stepAsks(step: Step | undefined): { person?: string; via?: Via; kind?: ContactKind } {
  if (!step) return {};
  const kind = step.contactKind ?? FALLBACK_KIND[step.kind];
  const via = step.via ?? (step.kind === 'debrief' ? 'phone' : /\bby phone\b/.test(step.text) ? 'phone' : kind ? 'email' : undefined);
  return { person: step.person, via, kind };
}

/** Asks for the contact to log (undefined when a question is dismissed). */
export async function askContact(r: FileResult, today: string): Promise<NewContact | undefined> {
  const e = r.entry;
  const asks = stepAsks(r.next);
  const stepNote = r.next ? `next step: ${stepTitle(r.next)}` : undefined;
  type WhoItem = vscode.QuickPickItem & { name?: string };
  const people: WhoItem[] = [
    ...e.interviewers.map((p) => ({ label: p.name, description: p.title ? `interviewer, ${p.title}` : 'interviewer', name: p.name })),
    ...(e.recruiter ? [{ label: e.recruiter.name, description: e.recruiter.agency ? `recruiter, ${e.recruiter.agency}` : 'recruiter', name: e.recruiter.name }] : []),
    { label: '$(person-add) Someone else…' },
  ];
  // The next step's person first (the active item when the pick opens).
  const first = asks.person ? people.findIndex((p) => p.name && normalizeName(p.name) === normalizeName(asks.person!)) : -1;
  if (first >= 0) {
    const [p] = people.splice(first, 1);
    people.unshift({ ...p, description: `${p.description} · ${stepNote}` });
  }
  const title = `Log contact: ${e.company} — ${e.role ?? ''}`;
  const who = await vscode.window.showQuickPick(people, { title, placeHolder: 'Who?' });
  if (!who) return undefined;
  let name = who.name;
  if (!name) {
    name = (await vscode.window.showInputBox({ title, prompt: 'Their name (or email address)', validateInput: (v) => (v.trim() ? undefined : 'Write a name') }))?.trim();
    if (!name) return undefined;
  }
  const forStep = !!asks.person && normalizeName(name) === normalizeName(asks.person);
  const vias: Via[] = forStep && asks.via ? [asks.via, ...VIAS.filter((v) => v !== asks.via)] : [...VIAS];
  const viaPick = await vscode.window.showQuickPick(
    vias.map((v, i) => ({ label: v, ...(forStep && asks.via && i === 0 ? { description: stepNote } : {}) })),
    { title, placeHolder: `How did you talk to ${name}?` },
  );
  if (!viaPick) return undefined;
  type KindItem = vscode.QuickPickItem & { contactKind?: ContactKind; dir?: 'to' | 'from' };
  const stepKind = forStep ? asks.kind : undefined;
  const toKinds = stepKind && TO_KINDS.includes(stepKind) ? [stepKind, ...TO_KINDS.filter((k) => k !== stepKind)] : TO_KINDS;
  const items: KindItem[] = [
    { label: `You contacted ${name}`, kind: vscode.QuickPickItemKind.Separator },
    ...toKinds.map((k) => ({ label: `$(arrow-right) ${k}`, description: k === stepKind ? `to ${name} · ${stepNote}` : `to ${name}`, contactKind: k, dir: 'to' as const })),
    { label: `${name} contacted you`, kind: vscode.QuickPickItemKind.Separator },
    ...FROM_KINDS.map((k) => ({ label: `$(arrow-left) ${k}`, description: `from ${name}`, contactKind: k, dir: 'from' as const })),
  ];
  const kindPick = await vscode.window.showQuickPick(items, { title, placeHolder: 'What kind of contact?' });
  if (!kindPick || !kindPick.dir || !(CONTACT_KINDS as readonly string[]).includes(String(kindPick.contactKind))) return undefined;
  const note = await vscode.window.showInputBox({ title, prompt: 'A note (optional): what was said, what comes next', placeHolder: 'Leave empty for none' });
  if (note === undefined) return undefined;
  const date = await vscode.window.showInputBox({
    title,
    prompt: 'When? (YYYY-MM-DD, or YYYY-MM-DD HH:mm)',
    value: today,
    validateInput: (v) => {
      const p = parseWhen(v, true);
      return p.ok ? undefined : p.reason;
    },
  });
  if (!date) return undefined;
  const p = parseWhen(date, true);
  const written = p.ok ? formatWhen(p.when) : date.trim();
  return { date: written, [kindPick.dir]: name, via: viaPick.label as Via, kind: kindPick.contactKind as ContactKind, ...(note.trim() ? { note: note.trim() } : {}) };
}

/** "a thank-you to Jason Lee by email on 2026-11-23 (note: ...)" */
export function describeContact(c: NewContact): string {
  const who = c.to ? `to ${c.to}` : `from ${c.from}`;
  const what = c.kind === 'other' ? 'contact' : c.kind;
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} ${who} by ${c.via} on ${c.date}`;
}
