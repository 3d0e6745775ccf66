/** The files the equivalence tests run on: the examples, test/hostile and generated journals. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository (the tests run from out/test/unit). */
export const ROOT = join(__dirname, '..', '..', '..');

export interface CorpusFile {
  path: string;
  text: string;
}

/** Every `*.md` file below a folder, in path order, with its text (what cannot be stat-ed is left out). */
export function mdFiles(dir: string, out: CorpusFile[] = []): CorpusFile[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) mdFiles(p, out);
    else if (st?.isFile() && name.endsWith('.md')) out.push({ path: p, text: readFileSync(p, 'utf8') });
  }
  return out;
}

/** A journal of `n` entries made by the benchmark's generator (scripts/bench/generate.mjs), read and removed. */
export function generatedJournal(n: number, profile: 'default' | 'busy' = 'default'): CorpusFile[] {
  const dir = mkdtempSync(join(tmpdir(), 'ij-corpus-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/bench/generate.mjs'), join(dir, 'j'), String(n), profile]);
    return mdFiles(join(dir, 'j'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
