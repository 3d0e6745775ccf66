/**
 * The statistics model drawn as SVG, as strings: the same charts in the HTML report and the
 * dashboard. No style attributes (the webview's policy forbids them): shapes carry classes and
 * the page's stylesheet colours them from CSS variables (`--ij-*`, which the dashboard maps to
 * the theme's `--vscode-charts-*`). Every chart comes with its numbers as a table.
 */
import { dayOf, formatDate, MINUTES_PER_DAY } from './civil';
import { minutesOf, type StatsCore, type StatsModel, type Timeline } from './stats';

export interface ChartOptions {
  /** Bars and rows carry `data-*` attributes and are focusable (the dashboard's script acts on them). */
  interactive?: boolean;
  /** At most this many timeline rows (the latest interviews). */
  maxTimelines?: number;
}

/** The charts, in page order: ids are stable (tests and the dashboard find them by id). */
export const CHART_IDS = ['status', 'urgency', 'funnel', 'response', 'follow-ups-kind', 'follow-ups-channel', 'weekly', 'problems', 'timeline'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const DEFAULT_MAX_TIMELINES = 200;

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const NEEDS_ESC = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Text for HTML: markup characters escaped, control characters (terminal escapes) replaced. */
export function esc(s: string): string {
  // Most text has nothing to escape: one test, no copy.
  if (!NEEDS_ESC.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => ESC[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

const W = 640;
const LABEL_W = 170;
const ROW_H = 22;
const BAR_H = 14;

/** Colour classes (see the stylesheets): one per series. */
const STATUS_CLASS: Record<string, string> = { active: 'c-blue', offer: 'c-green', accepted: 'c-green', declined: 'c-purple', rejected: 'c-red', withdrawn: 'c-orange', closed: 'c-grey' };
const URGENCY_CLASS: Record<string, string> = { overdue: 'c-red', today: 'c-orange', soon: 'c-yellow', later: 'c-blue', waiting: 'c-purple', done: 'c-grey' };

interface Bar {
  label: string;
  value: number;
  cls: string;
  /** `data-filter` for the dashboard (e.g. `status:active`). */
  filter?: string;
}

function attrs(o: ChartOptions, filter: string | undefined, label: string): string {
  if (!o.interactive || !filter) return '';
  return ` data-filter="${esc(filter)}" tabindex="0" role="button" aria-label="${esc(label)}"`;
}

function figure(id: ChartId, title: string, svg: string, table: string, note = ''): string {
  return `<figure class="chart" id="chart-${id}" aria-labelledby="title-${id}"><figcaption id="title-${id}">${esc(title)}</figcaption>${svg}${note ? `<p class="note">${esc(note)}</p>` : ''}<details class="numbers"><summary>Numbers</summary>${table}</details></figure>`;
}

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(String(c))}</th>` : `<td>${esc(String(c))}</td>`)).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function svgOpen(h: number, label: string): string {
  return `<svg class="plot" viewBox="0 0 ${W} ${h}" width="100%" height="${h}" preserveAspectRatio="xMinYMin meet" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">`;
}

const fmt = (x: number) => String(Math.round(x * 10) / 10);

/** Horizontal bars with their values as labels. */
function hbars(bars: Bar[], o: ChartOptions, label: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = W - LABEL_W - 50;
  const h = Math.max(ROW_H, bars.length * ROW_H + 4);
  let s = svgOpen(h, label);
  bars.forEach((b, i) => {
    const y = i * ROW_H + 4;
    const w = b.value > 0 ? Math.max(2, (b.value / max) * span) : 0;
    s += `<g class="bar"${attrs(o, b.filter, `${b.label}: ${b.value}`)}>`;
    s += `<text class="label" x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end">${esc(b.label)}</text>`;
    s += `<rect class="${b.cls}" x="${LABEL_W}" y="${y}" width="${fmt(w)}" height="${BAR_H}" rx="2"><title>${esc(`${b.label}: ${b.value}`)}</title></rect>`;
    s += `<text class="value" x="${fmt(LABEL_W + w + 6)}" y="${y + BAR_H - 3}">${b.value}</text></g>`;
  });
  return s + '</svg>';
}

/** Pairs of bars (sent and answered) per key. */
function pairs(rows: { key: string; sent: number; answered: number }[], o: ChartOptions, label: string): string {
  if (!rows.length) return `<p class="empty">Nothing sent yet.</p>`;
  const max = Math.max(1, ...rows.map((r) => r.sent));
  const span = W - LABEL_W - 80;
  const rowH = 2 * BAR_H + 10;
  const h = rows.length * rowH + 24;
  let s = svgOpen(h, label);
  s += legend([['c-blue', 'sent'], ['c-green', 'answered']], 0);
  rows.forEach((r, i) => {
    const y = 24 + i * rowH;
    const ws = (r.sent / max) * span;
    const wa = (r.answered / max) * span;
    s += `<g class="bar"${attrs(o, undefined, '')}><text class="label" x="${LABEL_W - 8}" y="${y + BAR_H + 2}" text-anchor="end">${esc(r.key)}</text>`;
    s += `<rect class="c-blue" x="${LABEL_W}" y="${y}" width="${fmt(ws)}" height="${BAR_H}" rx="2"><title>${esc(`${r.key}: ${r.sent} sent`)}</title></rect>`;
    s += `<text class="value" x="${fmt(LABEL_W + ws + 6)}" y="${y + BAR_H - 3}">${r.sent}</text>`;
    s += `<rect class="c-green" x="${LABEL_W}" y="${y + BAR_H + 2}" width="${fmt(wa)}" height="${BAR_H}" rx="2"><title>${esc(`${r.key}: ${r.answered} answered`)}</title></rect>`;
    s += `<text class="value" x="${fmt(LABEL_W + wa + 6)}" y="${y + 2 * BAR_H - 1}">${r.answered}</text></g>`;
  });
  return s + '</svg>';
}

function legend(items: [string, string][], y: number, x0 = LABEL_W): string {
  let x = x0;
  let s = '';
  for (const [cls, text] of items) {
    s += `<rect class="${cls}" x="${x}" y="${y + 4}" width="10" height="10" rx="2"/><text class="legend" x="${x + 14}" y="${y + 13}">${esc(text)}</text>`;
    x += 24 + text.length * 7;
  }
  return s;
}

function statusChart(m: StatsCore, o: ChartOptions): string {
  const bars = Object.entries(m.byStatus).map(([k, v]) => ({ label: k, value: v, cls: STATUS_CLASS[k] ?? 'c-grey', filter: `status:${k}` }));
  return figure('status', 'Entries by status', hbars(bars, o, 'Entries by status'), table(['status', 'entries'], bars.map((b) => [b.label, b.value])));
}

function urgencyChart(m: StatsCore, o: ChartOptions): string {
  const bars = Object.entries(m.byUrgency).map(([k, v]) => ({ label: k, value: v, cls: URGENCY_CLASS[k] ?? 'c-grey', filter: `urgency:${k}` }));
  return figure('urgency', 'Next steps by urgency', hbars(bars, o, 'Next steps by urgency'), table(['urgency', 'entries'], bars.map((b) => [b.label, b.value])));
}

function funnelChart(m: StatsCore, o: ChartOptions): string {
  const f = m.funnel;
  const bars: Bar[] = [
    { label: 'companies', value: f.companies, cls: 'c-blue' },
    { label: 'later rounds', value: f.laterRounds, cls: 'c-purple' },
    { label: 'offers', value: f.offers, cls: 'c-yellow' },
    { label: 'accepted', value: f.accepted, cls: 'c-green' },
  ];
  return figure('funnel', 'Funnel: companies → later rounds → offers → accepted', hbars(bars, o, 'Funnel'), table(['stage', 'companies'], bars.map((b) => [b.label, b.value])));
}

function responseChart(m: StatsCore, o: ChartOptions): string {
  const r = m.responseTime;
  const rows = r.byCompany;
  const title = 'Days from interview to their first answer';
  const summary = r.count ? `Median ${r.median} days (middle half ${r.q1}–${r.q3}, range ${r.min}–${r.max}) over ${r.count} answered interviews; ${r.waiting} still waiting.` : `No answers yet; ${r.waiting} interviews waiting.`;
  const max = Math.max(1, ...rows.map((c) => c.max ?? 0));
  const span = W - LABEL_W - 60;
  const x = (d: number) => LABEL_W + (d / max) * span;
  const h = Math.max(ROW_H, rows.length * ROW_H + 24);
  let s = svgOpen(h, title);
  for (let d = 0; d <= max; d += Math.max(1, Math.ceil(max / 8))) s += `<line class="grid" x1="${fmt(x(d))}" x2="${fmt(x(d))}" y1="0" y2="${h - 16}"/><text class="axis" x="${fmt(x(d))}" y="${h - 4}" text-anchor="middle">${d}</text>`;
  rows.forEach((c, i) => {
    const y = i * ROW_H + 4;
    s += `<g class="bar"${attrs(o, `company:${c.company}`, `${c.company}: median ${c.median ?? 'none'} days`)}><text class="label" x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end">${esc(c.company)}</text>`;
    if (c.count) {
      s += `<rect class="c-blue faint" x="${fmt(x(c.min!))}" y="${y + 3}" width="${fmt(Math.max(2, x(c.max!) - x(c.min!)))}" height="${BAR_H - 6}" rx="2"/>`;
      s += `<rect class="c-blue" x="${fmt(x(c.median!) - 2)}" y="${y}" width="4" height="${BAR_H}"><title>${esc(`${c.company}: median ${c.median} days, ${c.min}–${c.max}`)}</title></rect>`;
    } else s += `<text class="value" x="${LABEL_W}" y="${y + BAR_H - 3}">${c.waiting ? 'waiting' : 'no answer'}</text>`;
    s += '</g>';
  });
  s += '</svg>';
  const tbl = table(
    ['company', 'interviews', 'answered', 'waiting', 'median days', 'min', 'max'],
    rows.map((c) => [c.company, c.interviews, c.count, c.waiting, c.median ?? '–', c.min ?? '–', c.max ?? '–']),
  );
  return figure('response', title, rows.length ? s : '<p class="empty">No interview is over yet.</p>', tbl, summary);
}

function followUpCharts(m: StatsCore, o: ChartOptions): string {
  const f = m.followUps;
  const head = ['', 'sent', 'answered'];
  return (
    figure('follow-ups-kind', 'Messages sent and answered, by kind', pairs(f.byKind, o, 'Messages sent and answered, by kind'), table(['kind', ...head.slice(1)], f.byKind.map((r) => [r.key, r.sent, r.answered])), `${f.answered} of ${f.sent} messages you sent got an answer.`) +
    figure('follow-ups-channel', 'Messages sent and answered, by channel', pairs(f.byChannel, o, 'Messages sent and answered, by channel'), table(['channel', ...head.slice(1)], f.byChannel.map((r) => [r.key, r.sent, r.answered])))
  );
}

function weeklyChart(m: StatsCore): string {
  const weeks = m.weekly;
  const title = 'Weekly activity';
  if (!weeks.length) return figure('weekly', title, '<p class="empty">No activity yet.</p>', table(['week', 'sent', 'received', 'interviews'], []));
  const h = 160;
  const top = 22;
  const base = h - 20;
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.sent, w.received, w.interviews)));
  const slot = (W - 40) / weeks.length;
  const bw = Math.max(1, Math.min(10, (slot - 2) / 3));
  let s = svgOpen(h, title) + legend([['c-blue', 'sent'], ['c-green', 'received'], ['c-purple', 'interviews']], 0, 40);
  s += `<line class="grid" x1="30" x2="${W}" y1="${base}" y2="${base}"/><text class="axis" x="26" y="${top + 8}" text-anchor="end">${max}</text><text class="axis" x="26" y="${base}" text-anchor="end">0</text>`;
  weeks.forEach((w, i) => {
    const x0 = 40 + i * slot;
    const bar = (v: number, k: number, cls: string, what: string) => {
      const bh = (v / max) * (base - top);
      return `<rect class="${cls}" x="${fmt(x0 + k * bw)}" y="${fmt(base - bh)}" width="${fmt(bw)}" height="${fmt(bh)}"><title>${esc(`week of ${w.week}: ${v} ${what}`)}</title></rect>`;
    };
    s += bar(w.sent, 0, 'c-blue', 'sent') + bar(w.received, 1, 'c-green', 'received') + bar(w.interviews, 2, 'c-purple', 'interviews');
  });
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  for (let i = 0; i < weeks.length; i += every) s += `<text class="axis" x="${fmt(40 + i * slot)}" y="${h - 4}">${weeks[i].week.slice(5)}</text>`;
  s += '</svg>';
  return figure('weekly', title, s, table(['week', 'sent', 'received', 'interviews'], weeks.map((w) => [w.week, w.sent, w.received, w.interviews])));
}

function problemsChart(m: StatsCore, o: ChartOptions): string {
  const bars = m.problems.map((p) => ({ label: p.rule, value: p.total, cls: p.error ? 'c-red' : p.warning ? 'c-yellow' : 'c-blue', filter: `rule:${p.rule}` }));
  const svg = bars.length ? hbars(bars, o, 'Problems by rule') : '<p class="empty">No problems.</p>';
  return figure('problems', 'Problems by rule', svg, table(['rule', 'errors', 'warnings', 'information', 'total'], m.problems.map((p) => [p.rule, p.error, p.warning, p.information, p.total])));
}

const TL_W = 360;

/** One entry's timeline: its windows shaded, the interview, each contact, the clock. */
function timelineSvg(t: Timeline, lo: number, hi: number, now: number): string {
  const x = (m: number) => fmt(4 + ((m - lo) / (hi - lo)) * (TL_W - 8));
  const label = `${t.company}: ${t.windows.length} planned windows, ${t.contacts.length} contacts`;
  let s = `<svg class="tl" viewBox="0 0 ${TL_W} 20" width="${TL_W}" height="20" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">`;
  s += `<line class="grid" x1="4" x2="${TL_W - 4}" y1="10" y2="10"/>`;
  for (const w of t.windows) {
    const a = w.from ? minutesOf(w.from) : w.until ? minutesOf(w.until) - MINUTES_PER_DAY : lo;
    const b = w.until ? minutesOf(w.until) + (w.until.length > 10 ? 0 : MINUTES_PER_DAY) : a + MINUTES_PER_DAY;
    const x1 = Math.max(lo, Math.min(a, b));
    const x2 = Math.min(hi, Math.max(a, b));
    if (x2 < lo || x1 > hi) continue;
    const cls = w.state === 'done' ? 'c-green' : w.state === 'open' && b < now ? 'c-red' : 'c-yellow';
    s += `<rect class="window ${cls}" x="${x(x1)}" y="3" width="${fmt(Math.max(2, Number(x(x2)) - Number(x(x1))))}" height="14"><title>${esc(`${w.kind} to ${w.to}: ${w.from ?? '…'} – ${w.until ?? '…'} (${w.state})`)}</title></rect>`;
  }
  if (now >= lo && now <= hi) s += `<line class="now" x1="${x(now)}" x2="${x(now)}" y1="0" y2="20"/>`;
  if (t.interview) s += `<rect class="c-purple" x="${Number(x(minutesOf(t.interview))) - 4}" y="6" width="8" height="8" transform="rotate(45 ${x(minutesOf(t.interview))} 10)"><title>${esc(`interview ${t.interview}`)}</title></rect>`;
  for (const c of t.contacts) {
    const cx = x(Math.min(hi, Math.max(lo, minutesOf(c.at))));
    const tip = `<title>${esc(`${c.at} ${c.dir} ${c.who}: ${c.kind} by ${c.via}`)}</title>`;
    s += c.dir === 'to' ? `<circle class="c-blue" cx="${cx}" cy="10" r="4">${tip}</circle>` : `<circle class="c-green ring" cx="${cx}" cy="10" r="4">${tip}</circle>`;
  }
  return s + '</svg>';
}

/** The timeline column's heading: its dates (about six ticks) and today. */
function timelineAxis(lo: number, hi: number, now: number): string {
  const x = (m: number) => fmt(4 + ((m - lo) / (hi - lo)) * (TL_W - 8));
  const days = (hi - lo) / MINUTES_PER_DAY;
  const step = [1, 2, 7, 14, 28, 56, 91].find((d) => days / d <= 7) ?? 182;
  let s = `<svg class="tl axis" viewBox="0 0 ${TL_W} 16" width="${TL_W}" height="16" role="img" aria-label="${esc(`timeline from ${formatDate(lo)} to ${formatDate(hi - MINUTES_PER_DAY)}`)}" xmlns="http://www.w3.org/2000/svg">`;
  for (let d = dayOf(lo) + 1; d * MINUTES_PER_DAY < hi; d += step) {
    const at = Number(x(d * MINUTES_PER_DAY));
    // A label needs room on both sides of its tick.
    if (at >= 18 && at <= TL_W - 18) s += `<text class="axis" x="${at}" y="12" text-anchor="middle">${formatDate(d * MINUTES_PER_DAY).slice(5)}</text>`;
  }
  if (now >= lo && now <= hi) s += `<line class="now" x1="${x(now)}" x2="${x(now)}" y1="0" y2="16"/>`;
  return s + '</svg>';
}

function timelineChart(model: StatsModel, o: ChartOptions, now: number): string {
  const max = o.maxTimelines ?? DEFAULT_MAX_TIMELINES;
  const shown = model.timelines.slice(0, max);
  const title = 'Timeline of each interview';
  // One scale for every row (so rows compare): their interviews up to the clock and what the
  // plans ask next, at most 120 days back and 60 ahead; what lies outside sits on the edge.
  let lo = now;
  let hi = now + 14 * MINUTES_PER_DAY;
  const widen = (x: string | undefined) => {
    if (!x) return;
    const m = minutesOf(x);
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  };
  for (const t of shown) {
    widen(t.interview);
    for (const c of t.contacts) widen(c.at);
    for (const w of t.windows) {
      widen(w.from);
      widen(w.until);
    }
  }
  lo = dayOf(Math.max(lo, now - 120 * MINUTES_PER_DAY)) * MINUTES_PER_DAY;
  hi = (dayOf(Math.min(hi, now + 60 * MINUTES_PER_DAY)) + 2) * MINUTES_PER_DAY;
  const rows = shown.map((t) => {
    const who = `${t.company || '(no company)'}${t.role ? ` — ${t.role}` : ''}${t.round ? ` (${t.round})` : ''}`;
    const open = o.interactive ? ` data-path="${esc(t.path)}" data-line="${t.line}" tabindex="0" role="button" aria-label="${esc(`Open ${who}`)}"` : '';
    const filters = ` data-status="${esc(t.status)}" data-urgency="${esc(t.urgency ?? '')}" data-company="${esc(t.company)}" data-rules="${esc(t.problems.join(' '))}"`;
    return `<tr class="entry"${filters}><th scope="row"><span class="open"${open}>${esc(who)}</span><div class="sub">${esc(t.path)}</div></th><td class="when">${esc(t.interview?.replace('T', ' ') ?? '–')}</td><td>${esc(t.status)}</td><td class="u-${esc(t.urgency ?? 'none')}">${esc(t.next ?? '')}</td><td>${t.contacts.length}</td><td>${timelineSvg(t, lo, hi, now)}</td></tr>`;
  });
  const total = Math.max(model.timelineCount, model.timelines.length);
  const note = total > shown.length ? `The latest ${shown.length} of ${total} interviews are shown.` : '';
  const key = `<p class="key"><span class="k c-purple">◆</span> interview <span class="k c-blue">●</span> you wrote <span class="k c-green">○</span> they wrote <span class="k c-yellow">■</span> planned window <span class="k c-green">■</span> done <span class="k c-red">■</span> missed</p>`;
  const tbl = `<table class="timeline"><thead><tr><th scope="col">entry</th><th scope="col">interview</th><th scope="col">status</th><th scope="col">next step</th><th scope="col">contacts</th><th scope="col">${timelineAxis(lo, hi, now)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<figure class="chart wide" id="chart-timeline" aria-labelledby="title-timeline"><figcaption id="title-timeline">${esc(title)}</figcaption>${key}${note ? `<p class="note">${esc(note)}</p>` : ''}${shown.length ? tbl : '<p class="empty">No entries.</p>'}</figure>`;
}

/** The summary line above the charts. */
export function summaryHtml(m: StatsCore): string {
  const r = m.responseTime;
  const cells: [string, string | number][] = [
    ['entries', m.entries],
    ['companies', m.funnel.companies],
    ['offers', m.funnel.offers],
    ['overdue', m.byUrgency.overdue],
    ['median days to an answer', r.median ?? '–'],
    ['answered', `${m.followUps.answered}/${m.followUps.sent}`],
  ];
  return `<dl class="summary">${cells.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(String(v))}</dd></div>`).join('')}</dl>`;
}

/** Every chart of one set of numbers (a group, or the roll-up without timelines). */
export function coreChartsHtml(m: StatsCore, o: ChartOptions = {}): string {
  return statusChart(m, o) + urgencyChart(m, o) + funnelChart(m, o) + responseChart(m, o) + followUpCharts(m, o) + weeklyChart(m) + problemsChart(m, o);
}

/** The whole dashboard body: summary, charts, timelines, and per group when there are groups. */
export function chartsHtml(model: StatsModel, o: ChartOptions = {}): string {
  const now = minutesOf(model.now);
  let s = summaryHtml(model) + `<div class="charts">${coreChartsHtml(model, o)}</div>` + timelineChart(model, o, now);
  for (const g of model.groups ?? []) {
    s += `<section class="group" aria-label="${esc(g.name)}"><h2>${esc(g.name)}</h2>${summaryHtml(g)}<div class="charts">${coreChartsHtml(g, { ...o, interactive: false }).replace(/id="(chart|title)-/g, `id="$1-${esc(slug(g.name))}-`).replace(/aria-labelledby="title-/g, `aria-labelledby="title-${esc(slug(g.name))}-`)}</div></section>`;
  }
  return s;
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'group';
}

/** The colours and layout shared by the report and the dashboard (the dashboard maps `--ij-*` to the theme). */
export const CHART_CSS = `
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
figure.chart{margin:0;padding:12px;border:1px solid var(--ij-border);border-radius:6px;min-width:0}
figure.chart.wide{margin-top:16px;overflow-x:auto}
figcaption{font-weight:600;margin-bottom:8px}
svg text{fill:var(--ij-fg);font-size:12px}
svg text.axis,svg text.legend{fill:var(--ij-muted);font-size:11px}
.grid{stroke:var(--ij-border);stroke-width:1}
.now{stroke:var(--ij-fg);stroke-width:1.5;stroke-dasharray:2 2}
.c-blue{fill:var(--ij-blue)}.c-green{fill:var(--ij-green)}.c-red{fill:var(--ij-red)}.c-yellow{fill:var(--ij-yellow)}
.c-orange{fill:var(--ij-orange)}.c-purple{fill:var(--ij-purple)}.c-grey{fill:var(--ij-muted)}
.faint{opacity:.45}.window{opacity:.35}.ring{fill:var(--ij-bg);stroke:var(--ij-green);stroke-width:2}
span.k.c-blue{color:var(--ij-blue)}span.k.c-green{color:var(--ij-green)}span.k.c-red{color:var(--ij-red)}span.k.c-yellow{color:var(--ij-yellow)}span.k.c-purple{color:var(--ij-purple)}
.summary{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 16px}
.summary div{border:1px solid var(--ij-border);border-radius:6px;padding:8px 12px;min-width:110px}
.summary dt{color:var(--ij-muted);font-size:12px}.summary dd{margin:0;font-size:22px;font-weight:600}
table{border-collapse:collapse;font-size:12px}th,td{text-align:left;padding:2px 8px;border-bottom:1px solid var(--ij-border);vertical-align:middle}
table.timeline .sub{color:var(--ij-muted);font-size:11px}table.timeline td.when{white-space:nowrap}
.u-overdue{color:var(--ij-red)}.u-today{color:var(--ij-orange)}
.note,.key,.empty{color:var(--ij-muted);font-size:12px}
details.numbers summary{cursor:pointer;color:var(--ij-muted);font-size:12px}
`;
