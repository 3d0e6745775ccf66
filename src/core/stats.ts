/**
 * How the search is going: one statistics model computed from the journal's results (the same
 * analysis the tree and the CLI read) and each entry's plan. The CLI's `stats`, the HTML report
 * and the dashboard all draw this model; nothing here parses a file or works out a deadline.
 */
import { civil, formatDate } from './civil';
import type { FileResult } from './journal';
import { core } from './stats-core';
import { factsOf, stamp, timelineOf, type EntryFacts } from './stats-entry';
import type { StatsGroupInput, StatsItem, StatsModel, StatsOptions, Stamp, Timeline } from './stats-types';
import type { Minutes } from './types';

export * from './stats-types';
export { MAX_WEEKS, spread } from './stats-core';
export { stamp } from './stats-entry';

/**
 * Each entry's part of the model, kept by result: the journal makes a new result whenever an
 * entry or anything it depends on changes (its file, its company's files, the offers, the clock,
 * the settings), so a model after an edit works out the edited entries only. A timeline is kept
 * while its path, group and plan (the journal's kept plan) are the same.
 */
export class StatsCache {
  private readonly facts = new WeakMap<FileResult, EntryFacts>();
  private last: { ts: number[]; paths: string[]; order: number[] } | undefined;

  factsOf(r: FileResult): EntryFacts {
    let f = this.facts.get(r);
    if (!f) this.facts.set(r, (f = factsOf(r)));
    return f;
  }

  timelineOf(item: StatsItem, group: string): Timeline {
    const f = this.factsOf(item.result);
    const plan = item.plan();
    const kept = f.timeline;
    if (kept && kept.plan === plan && kept.path === item.path && kept.group === group) return kept.timeline;
    const timeline = timelineOf(item.result, plan, item.path, group);
    f.timeline = { path: item.path, group, plan, timeline };
    return timeline;
  }

  /** Indexes sorted by `ts` descending, then by path: the last order again when the keys are the same. */
  order(ts: number[], paths: string[]): number[] {
    const last = this.last;
    if (last && last.ts.length === ts.length && ts.every((t, i) => t === last.ts[i] && paths[i] === last.paths[i])) return last.order;
    const order = ts.map((_, i) => i);
    order.sort((a, b) => (ts[a] === ts[b] ? (paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : 0) : ts[b] - ts[a]));
    this.last = { ts, paths, order };
    return order;
  }
}

interface Kept {
  name: string;
  now: Minutes;
  items: StatsItem[];
  facts: EntryFacts[];
  /** Made with the facts when every timeline is asked for (the entry is at hand then). */
  timelines: Timeline[] | undefined;
}

/** The entries of each group that are kept (entries, interviewed or in contact on or after `since`), with their facts. */
function keptGroups(groups: readonly StatsGroupInput[], since: Minutes | undefined, cache: StatsCache, allTimelines: boolean): Kept[] {
  return groups.map((g) => {
    const k: Kept = { name: g.name, now: g.now, items: [], facts: [], timelines: allTimelines ? [] : undefined };
    for (const item of g.items) {
      const f = cache.factsOf(item.result);
      if (!f.isEntry) continue;
      if (since !== undefined && f.keepT < since) continue;
      k.items.push(item);
      k.facts.push(f);
      k.timelines?.push(cache.timelineOf(item, g.name));
    }
    return k;
  });
}

/** The first `max` timelines: latest interview first (undated last), then by path. */
function timelines(kept: readonly Kept[], max: number, cache: StatsCache): Timeline[] {
  if (max <= 0) return [];
  const at: [Kept, number][] = [];
  const ts: number[] = [];
  const paths: string[] = [];
  for (const g of kept) {
    for (let i = 0; i < g.items.length; i++) {
      at.push([g, i]);
      ts.push(g.facts[i].interview ?? -Infinity);
      paths.push(g.items[i].path);
    }
  }
  // Indexes, not objects, are sorted: the keys sit in two arrays.
  const order = cache.order(ts, paths);
  const out: Timeline[] = [];
  for (let n = 0; n < Math.min(max, order.length); n++) {
    const [g, i] = at[order[n]];
    out.push(g.timelines ? g.timelines[i] : cache.timelineOf(g.items[i], g.name));
  }
  return out;
}

/**
 * The model of one or more journals: the roll-up over all of them, and with several journals
 * (or `perGroup`) the same numbers per journal. Timelines are sorted by interview, latest first.
 * With a `cache` kept between calls, only the entries whose result changed are worked out again.
 */
export function computeStats(groups: readonly StatsGroupInput[], opts: StatsOptions & { perGroup?: boolean; maxTimelines?: number; cache?: StatsCache } = {}): StatsModel {
  const since = opts.since;
  const cache = opts.cache ?? new StatsCache();
  const max = opts.maxTimelines ?? Infinity;
  const kept = keptGroups(groups, since, cache, max === Infinity);
  const now = groups.length ? groups[0].now : 0;
  const model: StatsModel = {
    now: stamp({ t: now, timed: true }),
    ...(since !== undefined ? { since: formatDate(since) } : {}),
    ...core(kept.length === 1 ? kept[0].facts : kept.flatMap((g) => g.facts), now, since),
    timelines: timelines(kept, max, cache),
    timelineCount: kept.reduce((n, g) => n + g.items.length, 0),
  };
  if (groups.length > 1 || opts.perGroup) {
    model.groups = kept.map((g) => ({ name: g.name, now: stamp({ t: g.now, timed: true }), ...core(g.facts, g.now, since) }));
  }
  return model;
}

/** Each stamp's minutes, worked out once: a report reads the same days over and over. */
const MINUTES = new Map<Stamp, Minutes>();

/** Minutes of a stamp (the model's dates, for drawing). */
export function minutesOf(s: Stamp): Minutes {
  let m = MINUTES.get(s);
  if (m === undefined) {
    if (MINUTES.size >= 50_000) MINUTES.clear();
    MINUTES.set(s, (m = minutesOfStamp(s)));
  }
  return m;
}

function minutesOfStamp(s: Stamp): Minutes {
  const timed = s.length > 10;
  return civil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)), timed ? Number(s.slice(11, 13)) : 0, timed ? Number(s.slice(14, 16)) : 0);
}
