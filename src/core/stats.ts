/**
 * How the search is going: one statistics model computed from the journal's results (the same
 * analysis the tree and the CLI read) and each entry's plan. The CLI's `stats`, the HTML report
 * and the dashboard all draw this model; nothing here parses a file or works out a deadline.
 */
import { civil, formatDate } from './civil';
import type { FileResult } from './journal';
import { core } from './stats-core';
import { entryFactsOf, factsOf, stamp, timelineOf, type ResultFacts } from './stats-entry';
import type { StatsGroupInput, StatsItem, StatsModel, StatsOptions, Stamp, Timeline } from './stats-types';
import type { Minutes } from './types';

export * from './stats-types';
export { MAX_WEEKS, spread } from './stats-core';
export { stamp } from './stats-entry';

/**
 * Each entry's part of the model, kept from one model to the next: the journal makes a new
 * result whenever an entry or anything it depends on changes (its file, its company's files, the
 * offers, the clock, the settings), so a model after an edit works out the edited entries only;
 * and a new result of the same parse (a minute passed, an offer came) keeps its entry's facts.
 * A timeline is kept while its path, group and plan (the journal's kept plan) are the same.
 */
export class StatsCache {
  /** By result path: the last model's facts, and this one's as they are asked for (two Maps, not WeakMaps: cheaper to fill). */
  private previous = new Map<string, ResultFacts>();
  private current = new Map<string, ResultFacts>();
  private last: { ts: number[]; paths: string[]; max: number; order: number[] } | undefined;

  /** A model begins: the facts the last one read are kept for this one; the others are let go. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** A result's facts; asked once per result in a model. */
  factsOf(r: FileResult): ResultFacts {
    const old = this.previous.get(r.path);
    const f = old && old.result === r ? old : factsOf(r, old && old.result.entry === r.entry ? old.entry : entryFactsOf(r.entry));
    this.current.set(r.path, f);
    return f;
  }

  /** An item's timeline, with its facts (from factsOf in the same model). */
  timelineOf(item: StatsItem, f: ResultFacts, group: string): Timeline {
    const plan = item.plan();
    const kept = f.timeline;
    if (kept && kept.plan === plan && kept.path === item.path && kept.group === group) return kept.timeline;
    const timeline = timelineOf(item.result, f, plan, item.path, group);
    f.timeline = { path: item.path, group, plan, timeline };
    return timeline;
  }

  /**
   * The first `max` indexes sorted by `ts` descending, then by path (all of them when `max` is
   * Infinity): the last order again when the keys and `max` are the same.
   */
  order(ts: number[], paths: string[], max: number): number[] {
    const last = this.last;
    if (last && last.max === max && last.ts.length === ts.length && ts.every((t, i) => t === last.ts[i] && paths[i] === last.paths[i])) return last.order;
    const order = latestFirst(ts, paths, max);
    this.last = { ts, paths, max, order };
    return order;
  }
}

const byLatest = (ts: readonly number[], paths: readonly string[]) => (a: number, b: number) => (ts[a] === ts[b] ? (paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : 0) : ts[b] - ts[a]);

/**
 * The first `max` indexes by `ts` descending, then by path. When few are asked for (the
 * dashboard's 200 of 10,000), only the indexes at or after the max-th latest moment are sorted:
 * the moments alone sort natively, much faster than indexes with a comparator.
 */
export function latestFirst(ts: readonly number[], paths: readonly string[], max = Infinity): number[] {
  const n = ts.length;
  let order: number[];
  if (max * 4 < n) {
    const at = Float64Array.from(ts).sort()[n - max];
    order = [];
    for (let i = 0; i < n; i++) if (ts[i] >= at) order.push(i);
  } else order = ts.map((_, i) => i);
  order.sort(byLatest(ts, paths));
  if (order.length > max) order.length = max;
  return order;
}

interface Kept {
  name: string;
  now: Minutes;
  items: StatsItem[];
  facts: ResultFacts[];
  /** Made with the facts when every timeline is asked for (the entry is at hand then). */
  timelines: Timeline[] | undefined;
}

/** The entries of each group that are kept (entries, interviewed or in contact on or after `since`), with their facts. */
function keptGroups(groups: readonly StatsGroupInput[], since: Minutes | undefined, cache: StatsCache, allTimelines: boolean): Kept[] {
  return groups.map((g) => {
    const k: Kept = { name: g.name, now: g.now, items: [], facts: [], timelines: allTimelines ? [] : undefined };
    for (const item of g.items) {
      const f = cache.factsOf(item.result);
      if (!f.entry.isEntry) continue;
      if (since !== undefined && f.entry.keepT < since) continue;
      k.items.push(item);
      k.facts.push(f);
      k.timelines?.push(cache.timelineOf(item, f, g.name));
    }
    return k;
  });
}

/** The first `max` timelines: latest interview first (undated last), then by path. */
function timelines(kept: readonly Kept[], max: number, cache: StatsCache): Timeline[] {
  if (max <= 0) return [];
  // Each entry by its group and its index in the group, in two arrays.
  const gs: number[] = [];
  const is: number[] = [];
  const ts: number[] = [];
  const paths: string[] = [];
  kept.forEach((g, k) => {
    for (let i = 0; i < g.items.length; i++) {
      gs.push(k);
      is.push(i);
      ts.push(g.facts[i].entry.interview ?? -Infinity);
      paths.push(g.items[i].path);
    }
  });
  // Indexes, not objects, are sorted: the keys sit in two arrays.
  const order = cache.order(ts, paths, max);
  const out: Timeline[] = [];
  for (let n = 0; n < Math.min(max, order.length); n++) {
    const g = kept[gs[order[n]]];
    const i = is[order[n]];
    out.push(g.timelines ? g.timelines[i] : cache.timelineOf(g.items[i], g.facts[i], g.name));
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
  cache.begin();
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
