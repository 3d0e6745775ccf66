/**
 * Hovers and inlay hints in the front matter: what a date drives (from the entry's plan), who a
 * person is and how the contacts with them stand, what a rule id, key or value means.
 */
import { dayOf, formatDay, formatTime, formatWhen } from '../civil';
import type { Entry } from '../entry';
import type { Duty, Plan } from '../plan';
import { companyKeyOf, normalizeName } from '../text';
import { CONTACT_KINDS, RULE_IDS, STATUSES, VIAS, type ContactKind, type RuleId, type Status, type Via, type When } from '../types';
import { cursorAt } from './cursor';
import { boundsOf, outline, shape, type Lines } from './outline';
import { KIND_MEANINGS, STATUS_MEANINGS, VIA_MEANINGS, keysFor, ruleLink, ruleSummary } from './schema';
import { distance, mentions, shortWhen, topValue, whenOf, type World } from './world';

export interface Hover {
  markdown: string;
  line: number;
  start: number;
  end: number;
}

export function hover(lines: Lines, line: number, character: number, world: World): Hover | undefined {
  try {
    return withProblems(hoverAt(lines, line, character, world), line, character, world);
  } catch {
    return undefined;
  }
}

/** The rules of the problems under the cursor, each with its summary and link, after the hover (or alone). */
function withProblems(h: Hover | undefined, line: number, character: number, world: World): Hover | undefined {
  const here = (world.result?.diagnostics ?? []).filter((d) => {
    const { start, end } = d.range;
    const afterStart = line > start.line || (line === start.line && character >= start.character);
    const beforeEnd = line < end.line || (line === end.line && character <= end.character);
    return afterStart && beforeEnd;
  });
  const rules = [...new Set(here.map((d) => d.rule))];
  if (!rules.length) return h;
  const text = rules.map(ruleText).join('\n\n');
  if (h) return { ...h, markdown: `${h.markdown}\n\n---\n\n${text}` };
  const d = here[0].range;
  const one = d.start.line === d.end.line;
  return { markdown: text, line, start: one ? d.start.character : character, end: one ? d.end.character : character };
}

function hoverAt(lines: Lines, line: number, character: number, world: World): Hover | undefined {
  const c = cursorAt(lines, line, character);
  if (c.region !== 'front' || !c.seg) return undefined;
  const s = c.seg;
  const sh = shape(s.path);
  const full = `${sh ? `${sh}/` : ''}${s.key ?? ''}`;
  if (c.kind === 'key' && s.key !== undefined) {
    const meaning = keysFor(sh)?.[s.key];
    return meaning ? { markdown: `**${s.key}**: ${meaning}`, line, start: s.keyStart, end: s.keyEnd } : undefined;
  }
  const at = (markdown: string): Hover => ({ markdown, line, start: s.vStart, end: s.vEnd });
  const v = s.value;
  if (!v) return undefined;
  if (sh === 'ignore/#' && (RULE_IDS as readonly string[]).includes(v)) return at(ruleText(v as RuleId));
  if (full === 'status' && (STATUSES as readonly string[]).includes(v)) return at(`**${v}**: ${STATUS_MEANINGS[v as Status]}`);
  if ((full === 'contacts/#/via' || full === 'promised/via') && (VIAS as readonly string[]).includes(v)) return at(`**${v}**: ${VIA_MEANINGS[v as Via]}`);
  if (full === 'contacts/#/kind' && (CONTACT_KINDS as readonly string[]).includes(v)) return at(`**${v}**: ${KIND_MEANINGS[v as ContactKind]}`);
  const when = whenOf(s);
  if (when && (full === 'interview' || full === 'decision_by' || full === 'offer_deadline' || full === 'promised' || full === 'promised/by' || full === 'contacts/#/date')) {
    return at(dateText(full, when, world, whenOf(topValue(c.infos, 'interview'))));
  }
  if (full === 'company') return at(companyText(v, world));
  const person = mentions(c.infos).find((m) => m.seg === s);
  if (person) return at(personText(person.name, world));
  return undefined;
}

function companyText(name: string, world: World): string {
  const rounds = world.entriesOf(companyKeyOf(name));
  if (!rounds.length) return `**${name}**: no file of the journal names this company yet (check the spelling of its other rounds).`;
  const list = [...rounds]
    .sort((a, b) => (a.interview?.t ?? 0) - (b.interview?.t ?? 0))
    .map((e) => `${e.round ?? e.role ?? 'a round'}${e.interview ? ` (${shortWhen(e.interview, world.now)})` : ''}`);
  return `**${name}**: ${rounds.length} round${rounds.length === 1 ? '' : 's'} in the journal: ${list.join(', ')}.`;
}

function ruleText(id: RuleId): string {
  return `**${id}**: ${ruleSummary(id)}\n\n[Read more](${ruleLink(id)})`;
}

/** The duties a date drives, as short phrases ("thank-yous due by Sat 21 Nov 15:30"). */
export function drives(key: string, plan: Plan | undefined, world: World): string[] {
  if (!plan) return [];
  const now = world.now;
  const by = (w: When | undefined) => (w ? shortWhen(w, now) : '');
  const out: string[] = [];
  const open = (d: Duty) => d.state === 'open' || d.state === 'not-yet';
  if (key === 'interview') {
    const thanks = plan.duties.filter((d) => d.kind === 'thank-you');
    if (plan.thankYouDue && thanks.length) {
      const left = thanks.filter(open).length;
      out.push(left ? `thank-yous due by ${by(plan.thankYouDue)}` : `thank-yous sent (due by ${by(plan.thankYouDue)})`);
    }
    const debrief = plan.duties.find((d) => d.kind === 'debrief');
    if (debrief?.due) out.push(open(debrief) ? `debrief ${debrief.to} by ${by(debrief.due)}` : `debriefed ${debrief.to}`);
  }
  if (key === 'interview' || key === 'decision_by') {
    const first = plan.checkIn;
    if (first) out.push(`check in from ${by(first)}`);
    if (plan.nextCheckIn && first && plan.nextCheckIn.t !== first.t) out.push(`next check-in from ${by(plan.nextCheckIn)}`);
  }
  if (key === 'offer_deadline') {
    const d = plan.duties.find((x) => x.kind === 'answer-offer');
    if (d?.due) out.push(`answer the offer by ${by(d.due)}`);
  }
  if (key === 'promised' || key === 'promised/by') {
    const p = plan.duties.find((d) => d.kind === 'promise');
    if (p?.due) out.push(`follow up with ${p.to} by ${by(p.due)}`);
  }
  return out;
}

function dateText(key: string, when: When, world: World, interview: When | undefined): string {
  const lines = [`**${formatDay(when.t)}${when.timed ? ` ${formatTime(when.t)}` : ''}**, ${distance(when.t, world.now)}`];
  const planKey = key === 'promised/by' ? 'promised' : key;
  for (const d of drives(planKey, world.plan(), world)) lines.push(`- ${d}`);
  if (interview && key !== 'interview') {
    const days = dayOf(when.t) - dayOf(interview.t);
    lines.push(days === 0 ? 'The day of the interview.' : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'after' : 'before'} the interview.`);
  }
  return lines.join('\n\n');
}

function personText(name: string, world: World): string {
  const key = normalizeName(name);
  const entry = world.result?.entry;
  const out: string[] = [];
  const entries: readonly Entry[] = entry?.companyKey ? world.entriesOf(entry.companyKey) : entry ? [entry] : [];
  // Their details from this entry, else from the company's other rounds.
  const others = [...(entry ? [entry] : []), ...entries.filter((e) => e !== entry)];
  let p: Entry['interviewers'][number] | undefined;
  let r: Entry['recruiter'];
  for (const e of others) {
    p = e.interviewers.find((x) => x.key === key);
    r = e.recruiter?.key === key ? e.recruiter : undefined;
    if (p || r) break;
  }
  if (p) {
    const bits = [p.title, p.email, p.phoneOk ? 'calls welcome' : undefined, p.linkedinOk ? 'LinkedIn welcome' : undefined].filter(Boolean);
    out.push(`**${p.name}**, interviewer${bits.length ? `: ${bits.join(', ')}` : ''}`);
  } else if (r) {
    const bits = [r.agency, r.email, r.phone].filter(Boolean);
    out.push(`**${r.name}**, recruiter${bits.length ? `: ${bits.join(', ')}` : ''}`);
  } else out.push(`**${name}**`);
  let sent = 0;
  let answered = 0;
  let last: When | undefined;
  for (const e of entries) {
    for (const c of e.contacts) {
      if (c.whoKey !== key) continue;
      if (c.dir === 'to') sent++;
      else answered++;
      if (!last || c.when.t > last.t) last = c.when;
    }
  }
  out.push(sent + answered === 0 ? 'No contacts yet.' : `Contacts so far: ${sent} sent, ${answered} from them; last ${shortWhen(last!, world.now)} (${distance(last!.t, world.now)}).`);
  return out.join('\n\n');
}

export interface InlayHint {
  line: number;
  character: number;
  label: string;
  tooltip?: string;
}

/** Hints after the dates that drive duties: interview, decision_by, promised. */
export function inlayHints(lines: Lines, world: World, range?: { startLine: number; endLine: number }): InlayHint[] {
  try {
    const b = boundsOf(lines);
    if (!b) return [];
    const out: InlayHint[] = [];
    let plan: Plan | undefined | null = null;
    for (const li of outline(lines, b)) {
      if (range && (li.line < range.startLine || li.line > range.endLine)) continue;
      for (const s of li.segs) {
        const sh = shape(s.path);
        const key = sh === '' ? s.key : sh === 'promised' && s.key === 'by' ? 'promised' : undefined;
        if (key !== 'interview' && key !== 'decision_by' && key !== 'promised') continue;
        const when = whenOf(s);
        if (!when) continue;
        if (plan === null) plan = world.plan();
        let label: string | undefined;
        if (key === 'promised') {
          const days = dayOf(when.t) - dayOf(world.now);
          label = days === 0 ? 'promised for today' : days > 0 ? `promised, ${distance(when.t, world.now)}` : `${-days} day${days === -1 ? '' : 's'} past the promise`;
        }
        else {
          const d = drives(key, plan, world);
          label = key === 'interview' ? d.find((x) => x.startsWith('thank-you')) : d.find((x) => x.startsWith('check in'));
        }
        if (label) out.push({ line: li.line, character: s.quote ? s.vEnd + 1 : s.vEnd, label, tooltip: `From the plan of this entry at ${formatWhen({ t: world.now, timed: true })}` });
      }
    }
    return out;
  } catch {
    return [];
  }
}

