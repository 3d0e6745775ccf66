/**
 * People and companies across a company's files: rename a person (every mention, one edit),
 * go to a contact's interviewer or recruiter, find a person's contacts and a company's rounds.
 * Other files are read from the journal's copy of their text, with the same tolerant outline.
 */
import { companyKeyOf } from '../text';
import { cursorAt } from './cursor';
import { boundsOf, linesOf, outline, type Lines, type LineInfo } from './outline';
import { yamlScalar } from './complete';
import { mentions, topValue, type Mention, type World } from './world';

export interface Spot {
  path: string;
  line: number;
  start: number;
  end: number;
}

export interface TextEdit extends Spot {
  newText: string;
}

/** The person (or company) under the cursor. */
function personAt(lines: Lines, line: number, character: number): { mention: Mention; infos: LineInfo[]; inFlow: boolean } | undefined {
  const c = cursorAt(lines, line, character);
  if (c.region !== 'front' || !c.seg) return undefined;
  const m = mentions(c.infos).find((x) => x.seg === c.seg);
  return m ? { mention: m, infos: c.infos, inFlow: c.inFlow } : undefined;
}

export type PrepareRename = { line: number; start: number; end: number; placeholder: string } | { error: string };

export const NOT_A_PERSON = 'Rename works on a person: an interviewer\'s or the recruiter\'s name, or the name after a contact\'s to: or from:.';

export function prepareRename(lines: Lines, line: number, character: number): PrepareRename {
  try {
    const p = personAt(lines, line, character);
    if (!p) return { error: NOT_A_PERSON };
    return { line, start: p.mention.seg.vStart, end: p.mention.seg.vEnd, placeholder: p.mention.name };
  } catch {
    return { error: NOT_A_PERSON };
  }
}

/** The front matter outline of another file of the journal, from its kept text. */
function infosOfText(text: string): LineInfo[] {
  const lines = linesOf(text);
  const b = boundsOf(lines);
  return b ? outline(lines, b) : [];
}

/** Other files of the same company, with their outlines. */
function companyFiles(infos: LineInfo[], world: World): { path: string; infos: LineInfo[] }[] {
  const company = topValue(infos, 'company')?.value;
  const key = company ? companyKeyOf(company) : world.result?.entry.companyKey;
  if (!key) return [];
  const out: { path: string; infos: LineInfo[] }[] = [];
  for (const e of world.entriesOf(key)) {
    if (e.path === world.path || e.split.textStart) continue;
    out.push({ path: e.path, infos: infosOfText(e.split.text) });
  }
  return out;
}

/** Every mention of the person under the cursor renamed, in this file and the company's others. */
export function rename(lines: Lines, line: number, character: number, newName: string, world: World): TextEdit[] | { error: string } {
  try {
    const p = personAt(lines, line, character);
    if (!p) return { error: NOT_A_PERSON };
    const name = newName.trim();
    if (!name || /[\r\n]/.test(name)) return { error: 'A name must be one line of text.' };
    const key = p.mention.key;
    const edits: TextEdit[] = [];
    const add = (path: string, infos: LineInfo[]) => {
      for (const m of mentions(infos)) {
        if (m.key !== key) continue;
        const s = m.seg;
        const inFlow = infos.some((li) => li.line === s.line && li.flows.some((f) => s.keyStart > f.start && s.keyStart <= f.end));
        let text: string;
        if (s.quote === '"') text = JSON.stringify(name).slice(1, -1);
        else if (s.quote === "'") text = name.replace(/'/g, "''");
        else text = yamlScalar(name, inFlow);
        edits.push({ path, line: s.line, start: s.vStart, end: s.vEnd, newText: text });
      }
    };
    add(world.path, p.infos);
    for (const f of companyFiles(p.infos, world)) add(f.path, f.infos);
    return edits;
  } catch (err) {
    return { error: `Could not rename: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** From a contact's person to their interviewer or recruiter entry (this file first, then the company's others). */
export function definition(lines: Lines, line: number, character: number, world: World): Spot[] {
  try {
    const p = personAt(lines, line, character);
    if (!p) return [];
    const key = p.mention.key;
    const find = (path: string, infos: LineInfo[]) =>
      mentions(infos)
        .filter((m) => m.key === key && m.role !== 'contact')
        .map((m) => ({ path, line: m.seg.line, start: m.seg.vStart, end: m.seg.vEnd }));
    const here = find(world.path, p.infos);
    if (here.length) return here;
    return companyFiles(p.infos, world).flatMap((f) => find(f.path, f.infos));
  } catch {
    return [];
  }
}

/** A person's mentions (contacts across the company's files, and where they are named), or a company's rounds. */
export function references(lines: Lines, line: number, character: number, world: World, includeDeclaration = true): Spot[] {
  try {
    const c = cursorAt(lines, line, character);
    if (c.region !== 'front' || !c.seg) return [];
    if (c.seg.key === 'company' && c.seg.path.length === 0 && c.kind === 'value') {
      const key = companyKeyOf(c.seg.value);
      const out: Spot[] = [{ path: world.path, line: c.seg.line, start: c.seg.vStart, end: c.seg.vEnd }];
      for (const e of world.entriesOf(key)) {
        if (e.path === world.path) continue;
        const span = e.keys.get('company');
        if (span) out.push({ path: e.path, line: span.value.start.line, start: span.value.start.character, end: span.value.end.character });
      }
      return out;
    }
    const p = personAt(lines, line, character);
    if (!p) return [];
    const key = p.mention.key;
    const out: Spot[] = [];
    const add = (path: string, infos: LineInfo[]) => {
      for (const m of mentions(infos)) if (m.key === key && (includeDeclaration || m.role === 'contact')) out.push({ path, line: m.seg.line, start: m.seg.vStart, end: m.seg.vEnd });
    };
    add(world.path, p.infos);
    for (const f of companyFiles(p.infos, world)) add(f.path, f.infos);
    return out;
  } catch {
    return [];
  }
}

