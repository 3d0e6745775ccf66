/**
 * The workspace index: every file's parse, kept up to date one file at a time, and the
 * analysis (diagnostics and next steps) that every surface reads. Cross-file work is limited
 * to what a change can affect: the files of the same company, and, when an offer comes or goes,
 * the next steps of the other entries.
 */
import { resolveNow } from './civil';
import { parseEntry, releaseEntryText, type Entry } from './entry';
import { nextSteps } from './next';
import { NO_CODES, packProblems } from './packed';
import { planOf, type Plan } from './plan';
import { RULES, type RuleContext } from './rules';
import { failure, internalError } from './rules/internal-error';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { flatten } from './text';
import { RULE_IDS, VALIDATION_RULES, type Diagnostic, type Minutes, type Step } from './types';

export interface FileResult {
  path: string;
  entry: Entry;
  /** After settings (severity, off), `ignore:` and the closed-entry filter; sorted by position. */
  diagnostics: Diagnostic[];
  /** The diagnostics packed as numbers (packed.ts), made with them; the results a Journal makes have them. */
  problemCodes?: readonly number[];
  /** The next step (undefined for files that are not entries). */
  next: Step | undefined;
  /** Every pending step, the next one first. */
  steps: Step[];
}

/** At most this many diagnostics per file; past it one summary diagnostic says how many more. */
export const MAX_DIAGNOSTICS_PER_FILE = 200;

export interface Refresh {
  /** Paths whose results changed (or are new). */
  changed: string[];
  /** Paths that are gone. */
  removed: string[];
}

export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly results = new Map<string, FileResult>();
  private readonly byCompany = new Map<string, Set<string>>();
  /**
   * The entries of each company, as given to the rules (RuleContext.sameCompany): one array per
   * company, made when first asked and dropped when the company's files change (never changed
   * in place), so every file of a company shares it.
   */
  private readonly companyEntries = new Map<string, readonly Entry[]>();
  private readonly offers = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();
  /** Every file needs re-evaluation (settings or clock changed). */
  private allDirty = false;
  /**
   * Every entry's next steps need re-evaluation (the set of offers changed: "tell them about
   * your other offer"); its diagnostics do not, unless its rules read the offers (an update
   * request that may tell of another offer): those files, in `offerReaders`, are re-checked whole.
   */
  private stepsDirty = false;
  private readonly offerReaders = new Set<string>();
  /** The entries with status offer, rebuilt only when that set changes. */
  private offerList: Entry[] | undefined;
  private lastNow: Minutes | undefined;

  constructor(
    private settings: Settings = DEFAULT_SETTINGS,
    private readonly realClock?: () => Minutes,
    /**
     * `keepText: false` (a one-shot analysis: the CLI) drops each entry's text once it is parsed
     * unless a rule reads it again (drafts); `entry.split.text` is then ''. Results are the same.
     */
    private readonly options: { keepText?: boolean; keepPlans?: boolean } = {},
  ) {
    if (options.keepPlans) this.keepPlans();
  }

  getSettings(): Settings {
    return this.settings;
  }

  setSettings(s: Settings): void {
    this.settings = s;
    this.markAll();
  }

  /** Adds or replaces a file's text. Cheap to call on every change: only this file is parsed. */
  setFile(path: string, text: string): void {
    const lean = this.options.keepText === false;
    const entry = parseEntry(path, text, lean);
    if (lean) releaseEntryText(entry);
    this.put(path, entry);
  }

  /** Adds a parse made elsewhere (e.g. a failure placeholder). */
  put(path: string, entry: Entry): void {
    const old = this.entries.get(path);
    if (old) this.unindex(path, old);
    this.entries.set(path, entry);
    this.index(path, entry);
    this.removed.delete(path);
    this.dirty.add(path);
    const offerChanged = (old?.status === 'offer' && old.isEntry) !== (entry.status === 'offer' && entry.isEntry);
    if (offerChanged || (entry.status === 'offer' && old?.companyKey !== entry.companyKey)) this.markOffers();
    if (old?.isEntry) this.markCompany(old.companyKey);
    if (entry.isEntry) this.markCompany(entry.companyKey);
  }

  removeFile(path: string): void {
    const old = this.entries.get(path);
    if (!old) return;
    this.unindex(path, old);
    this.entries.delete(path);
    this.results.delete(path);
    this.sortedPaths = undefined;
    this.plans?.delete(path);
    this.offerReaders.delete(path);
    this.dirty.delete(path);
    this.removed.add(path);
    if (old.isEntry && old.status === 'offer') this.markOffers();
    if (old.isEntry) this.markCompany(old.companyKey);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** Brings every result up to date; returns what changed since the last call. */
  refresh(): Refresh {
    const now = resolveNow(this.settings, this.realClock);
    if (now !== this.lastNow) {
      this.lastNow = now;
      this.markAll();
    }
    const changed: string[] = [];
    const all = this.allDirty;
    const todo = all ? this.entries.keys() : this.dirty.values();
    this.allDirty = false;
    for (const path of todo) {
      const entry = this.entries.get(path);
      if (!entry) continue;
      this.setResult(path, this.evaluate(entry, now));
      changed.push(path);
    }
    if (this.stepsDirty && !all) {
      // The offers changed: new next steps for every other file, the same diagnostics.
      for (const [path, entry] of this.entries) {
        if (this.dirty.has(path)) continue;
        const old = this.results.get(path);
        if (!old || this.offerReaders.has(path)) this.setResult(path, this.evaluate(entry, now));
        else if (entry.isEntry) this.results.set(path, { ...old, entry, ...this.stepsOf(entry, this.context(entry, now)) });
        changed.push(path);
      }
    }
    this.stepsDirty = false;
    this.dirty.clear();
    const removed = [...this.removed];
    this.removed.clear();
    return { changed, removed };
  }

  result(path: string): FileResult | undefined {
    return this.results.get(path);
  }

  /**
   * A one-shot analysis (the CLI): one file's result at the journal's clock, worked out now and
   * not kept, so the caller can write it and let it go. The same result as refresh() then
   * result(path), without refresh() ever holding every file's diagnostics.
   */
  resultNow(path: string): FileResult | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    this.lastNow ??= resolveNow(this.settings, this.realClock);
    return this.evaluate(entry, this.lastNow);
  }

  /** Every file's result, in path order. Call refresh() first. */
  all(): FileResult[] {
    // The order is kept while no path comes or goes: sorting 10,000 paths takes milliseconds, and the tree, the dashboard and the CLI ask often.
    this.sortedPaths ??= [...this.results.keys()].sort();
    const out: FileResult[] = [];
    for (const p of this.sortedPaths) out.push(this.results.get(p)!);
    return out;
  }
  private sortedPaths: string[] | undefined;

  private setResult(path: string, r: FileResult): void {
    if (!this.results.has(path)) this.sortedPaths = undefined;
    this.results.set(path, r);
  }

  /** The clock the last refresh used. */
  now(): Minutes {
    return this.lastNow ?? resolveNow(this.settings, this.realClock);
  }

  private index(path: string, e: Entry): void {
    if (!e.isEntry) return;
    this.companyNames = undefined;
    this.companyEntries.delete(e.companyKey);
    let set = this.byCompany.get(e.companyKey);
    if (!set) this.byCompany.set(e.companyKey, (set = new Set()));
    set.add(path);
    if (e.status === 'offer') {
      this.offers.add(path);
      this.offerList = undefined;
    }
  }

  private unindex(path: string, e: Entry): void {
    if (e.isEntry) this.companyNames = undefined;
    this.companyEntries.delete(e.companyKey);
    const set = this.byCompany.get(e.companyKey);
    if (set) {
      set.delete(path);
      if (set.size === 0) this.byCompany.delete(e.companyKey);
    }
    if (this.offers.delete(path)) this.offerList = undefined;
  }

  private markCompany(key: string): void {
    const set = this.byCompany.get(key);
    if (set) for (const p of set) this.dirty.add(p);
  }

  private markAll(): void {
    this.allDirty = true;
  }

  private markOffers(): void {
    this.stepsDirty = true;
  }

  /**
   * The plan of an entry at the journal's clock (after refresh()); undefined for a path that is
   * not an entry. Worked out on demand (hovers and inlay hints ask for a few), or, once
   * keepPlans() was called, kept from the analysis until the entry is evaluated again.
   */
  plan(path: string): Plan | undefined {
    const entry = this.entries.get(path);
    if (!entry || !entry.isEntry || this.lastNow === undefined) return undefined;
    // Before refresh() a kept plan may be stale (its entry, company, the offers or the clock changed).
    const settled = this.plans && !this.allDirty && !this.stepsDirty && this.dirty.size === 0;
    const kept = settled ? this.plans!.get(path) : undefined;
    if (kept && kept.entry === entry) return kept.plan;
    const plan = planOf(entry, this.context(entry, this.lastNow));
    if (settled) this.plans!.set(path, { entry, plan });
    return plan;
  }

  /**
   * Keeps every entry's plan, worked out with its next steps (the same context, so mostly the
   * one the steps read), for the statistics that ask for them all. Off by default: `check` reads none.
   */
  keepPlans(): void {
    this.plans ??= new Map();
  }
  private plans: Map<string, { entry: Entry; plan: Plan }> | undefined;

  /** The entries of a company (by normalised name), as the rules see them; for the editor's assistance. */
  entriesOf(companyKey: string): readonly Entry[] {
    let list = this.companyEntries.get(companyKey);
    if (!list) {
      list = [...(this.byCompany.get(companyKey) ?? [])].map((p) => this.entries.get(p)!).filter(Boolean);
      this.companyEntries.set(companyKey, list);
    }
    return list;
  }

  /** Every company of the journal, as written in its first file (path order), sorted; made once per change. */
  companies(): readonly string[] {
    if (!this.companyNames) {
      const names: string[] = [];
      for (const paths of this.byCompany.values()) {
        let first: string | undefined;
        for (const p of paths) if (first === undefined || p < first) first = p;
        const e = first === undefined ? undefined : this.entries.get(first);
        if (e?.company) names.push(e.company);
      }
      this.companyNames = names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    return this.companyNames;
  }
  private companyNames: string[] | undefined;

  private context(entry: Entry, now: Minutes): RuleContext {
    let sameCompany = this.companyEntries.get(entry.companyKey);
    if (!sameCompany) {
      sameCompany = [...(this.byCompany.get(entry.companyKey) ?? [])].map((p) => this.entries.get(p)!).filter(Boolean);
      this.companyEntries.set(entry.companyKey, sameCompany);
    }
    const offers = (this.offerList ??= [...this.offers].map((p) => this.entries.get(p)!).filter(Boolean));
    return { settings: this.settings, now, sameCompany, offers };
  }

  private stepsOf(entry: Entry, ctx: RuleContext): { next: Step | undefined; steps: Step[] } {
    let steps: Step[];
    try {
      steps = nextSteps(entry, ctx);
    } catch (err) {
      steps = [{ kind: 'check-in', text: `Could not work out the next step: ${err instanceof Error ? err.message : String(err)}`, due: null, urgency: 'waiting' }];
    }
    for (const s of steps) flatten(s.text);
    if (this.plans) {
      // A plan that cannot be worked out is not kept: plan() then throws to its caller, as without keepPlans.
      try {
        this.plans.set(entry.path, { entry, plan: planOf(entry, ctx) });
      } catch {
        this.plans.delete(entry.path);
      }
    }
    return { next: steps[0], steps };
  }

  private evaluate(entry: Entry, now: Minutes): FileResult {
    this.offerReaders.delete(entry.path);
    this.plans?.delete(entry.path);
    if (!entry.isEntry) return { path: entry.path, entry, diagnostics: [], problemCodes: NO_CODES, next: undefined, steps: [] };
    const ctx = this.context(entry, now);
    // The rules see the offers through a tripwire (see stepsDirty).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const journal = this;
    const rulesCtx: RuleContext = {
      settings: ctx.settings,
      now,
      sameCompany: ctx.sameCompany,
      get offers() {
        journal.offerReaders.add(entry.path);
        return ctx.offers;
      },
    };
    const raw: Diagnostic[] = [...entry.problems];
    const failures = entry.failures ? [...entry.failures] : [];
    if (!entry.closed) {
      for (const rule of RULES) {
        if (!rule.check) continue;
        try {
          // A loop, not push(...): a hostile file can give more diagnostics than a call takes arguments.
          for (const d of rule.check(entry, rulesCtx)) raw.push(d);
        } catch (err) {
          failures.push(failure(`rule ${rule.id}`, err));
        }
      }
    }
    if (failures.length > 0) raw.push(internalError(failures));
    const diagnostics = this.applySettings(entry, raw);
    for (const d of diagnostics) flatten(d.message);
    return { path: entry.path, entry, diagnostics, problemCodes: packProblems(diagnostics), ...this.stepsOf(entry, ctx) };
  }

  private applySettings(entry: Entry, raw: Diagnostic[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const d of raw) {
      if (entry.closed && !VALIDATION_RULES.has(d.rule)) continue;
      if (entry.ignore.has(d.rule)) continue;
      const sev = this.settings.rules[d.rule];
      if (sev === 'off') continue;
      out.push(sev ? { ...d, severity: sev } : d);
    }
    out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
    if (out.length > MAX_DIAGNOSTICS_PER_FILE) {
      const extra = out.length - MAX_DIAGNOSTICS_PER_FILE;
      const kept = out.slice(0, MAX_DIAGNOSTICS_PER_FILE);
      const last = kept[kept.length - 1];
      kept.push({
        rule: last.rule,
        severity: 'information',
        message: `${extra} more problems in this file are not shown; fix the ones above first.`,
        range: last.range,
      });
      return kept;
    }
    return out;
  }
}

/** One-shot analysis of a set of files (the CLI's path). */
export function analyze(files: { path: string; text: string }[], settings: Settings = DEFAULT_SETTINGS, clock?: () => Minutes): FileResult[] {
  const j = new Journal(settings, clock);
  for (const f of files) j.setFile(f.path, f.text);
  j.refresh();
  return j.all();
}
