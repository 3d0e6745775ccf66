/** Runs the CLI in this process with captured output, and writes temporary journals for it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli, type Io } from '../../src/cli/run';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** `interview-journal argv...` in `cwd`; the real clock throws: every test pins it. */
export function cli(argv: string[], cwd: string, extra: Partial<Io> = {}): Run {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    cwd,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
    env: {},
    clock: () => {
      throw new Error('tests must pin the clock');
    },
    ...extra,
  });
  return { code, out, err };
}

/** Writes files (path -> text) under a fresh folder inside `parent`; returns the folder. */
export function writeJournal(parent: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(parent, 'j-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
