/**
 * `interview-journal stats`: the statistics model of the journals on the command line, as a
 * compact text table, one JSON document, or a self-contained HTML report. Groups: with
 * `--group-by folder`, one per path given (or, for a single folder, one per folder inside it).
 */
import { basename, relative, sep } from 'node:path';
import { computeStats, type StatsCore, type StatsGroupInput, type StatsItem, type StatsModel } from '../core/stats';
import { reportHtml } from '../core/report-html';
import type { Minutes } from '../core/types';
import { oneLine, type Painter } from './format';

/** One entry as the CLI collected it: the item, and where it was found. */
export interface CollectedItem {
  item: StatsItem;
  /** Absolute path and the root (a path given on the command line) it was found under. */
  abs: string;
  root: string;
  now: Minutes;
}

/** The group of a file: the path given, or the first folder under a single given folder. */
function groupName(c: CollectedItem, roots: string[], cwd: string): string {
  const show = (p: string) => relative(cwd, p) || basename(p) || p;
  if (roots.length > 1) return show(c.root);
  const rel = relative(c.root, c.abs);
  const first = rel.split(sep)[0];
  return rel.includes(sep) ? show(`${c.root}${sep}${first}`) : show(c.root);
}

export function statsGroups(items: readonly CollectedItem[], groupBy: 'folder' | undefined, cwd: string): StatsGroupInput[] {
  if (!items.length) return [];
  if (!groupBy) return [{ name: '.', now: items[0].now, items: items.map((c) => c.item) }];
  const roots = [...new Set(items.map((c) => c.root))];
  const groups = new Map<string, StatsGroupInput & { items: StatsItem[] }>();
  for (const c of items) {
    const name = groupName(c, roots, cwd);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, now: c.now, items: [] }));
    g.items.push(c.item);
  }
  return [...groups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export interface StatsOutput {
  format: 'text' | 'json' | 'html';
  since?: Minutes;
  groupBy?: 'folder';
}

/** The model of the collected entries, in the asked format. */
export function statsOutput(items: readonly CollectedItem[], o: StatsOutput, cwd: string, p: Painter): string {
  const model = computeStats(statsGroups(items, o.groupBy, cwd), { since: o.since, perGroup: o.groupBy === 'folder' });
  if (o.format === 'json') return JSON.stringify(model, null, 2) + '\n';
  if (o.format === 'html') return reportHtml(model);
  return statsText(model, p);
}

const pct = (a: number, b: number) => (b ? ` (${Math.round((a / b) * 100)}%)` : '');

/** The numbers of one set as label/value lines. */
function block(m: StatsCore, p: Painter): string[] {
  const nonzero = (o: Record<string, number>) =>
    Object.entries(o)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${k} ${v}`)
      .join('  ') || 'none';
  const r = m.responseTime;
  const f = m.followUps;
  const lines: [string, string][] = [
    ['Status', nonzero(m.byStatus)],
    ['Next steps', nonzero(m.byUrgency)],
    ['Funnel', `${m.funnel.companies} companies → ${m.funnel.laterRounds} later rounds → ${m.funnel.offers} offers → ${m.funnel.accepted} accepted`],
    ['Answers', r.count ? `median ${r.median} days after the interview (middle half ${r.q1}–${r.q3}, range ${r.min}–${r.max}); ${r.count} answered, ${r.waiting} waiting` : `none yet; ${r.waiting} waiting`],
  ];
  const companies = r.byCompany.map((c) => (c.count ? `${oneLine(c.company)} ${c.median}${c.count > 1 ? ` (${c.min}–${c.max})` : ''}` : `${oneLine(c.company)} ${c.waiting ? 'waiting' : 'no answer'}`));
  for (let i = 0; i < companies.length; i += 4) lines.push(['', companies.slice(i, i + 4).join(' · ')]);
  lines.push(['Messages', `${f.answered} of ${f.sent} answered${pct(f.answered, f.sent)}`]);
  if (f.byKind.length) lines.push(['  by kind', f.byKind.map((k) => `${k.key} ${k.answered}/${k.sent}`).join('  ')]);
  if (f.byChannel.length) lines.push(['  by channel', f.byChannel.map((k) => `${k.key} ${k.answered}/${k.sent}`).join('  ')]);
  const weeks = m.weekly.slice(-8);
  if (weeks.length) {
    lines.push(['Weeks', `${'week of'.padEnd(10)}  sent  received  interviews`]);
    for (const w of weeks) lines.push(['', `${w.week}  ${String(w.sent).padStart(4)}  ${String(w.received).padStart(8)}  ${String(w.interviews).padStart(10)}`]);
  }
  const problems = m.problems.map((x) => `${x.rule} ${x.total}`);
  if (!problems.length) lines.push(['Problems', 'none']);
  for (let i = 0; i < problems.length; i += 4) lines.push([i ? '' : 'Problems', problems.slice(i, i + 4).join('  ')]);
  return lines.map(([k, v]) => `${p.bold(k.padEnd(14))}${v}`);
}

/** `stats` as text: a compact table for the terminal. */
export function statsText(m: StatsModel, p: Painter): string {
  const head = `Interview Journal stats as of ${m.now.replace('T', ' ')}${m.since ? `, interviews since ${m.since}` : ''}: ${m.entries} ${m.entries === 1 ? 'entry' : 'entries'}`;
  let out = `${head}\n\n${block(m, p).join('\n')}\n`;
  for (const g of m.groups ?? []) out += `\n${p.underline(oneLine(g.name))}: ${g.entries} ${g.entries === 1 ? 'entry' : 'entries'}\n${block(g, p).join('\n')}\n`;
  return out;
}
