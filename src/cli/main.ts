/** The `interview-journal` command (package.json `bin`). */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runCli } from './run';

/**
 * V8's young generation, tuned for a journal read whole: its two semi-spaces start at 1 MB and
 * double up to 16 MB while most of what is made survives (as every entry read does). Held at
 * 4 MB: far fewer collections than at 1 MB, far less memory than at 16 MB (measured in
 * docs/performance.md). Node 20-24 (V8 11-13) read the growth flag while running; on others
 * nothing is set, so an unknown flag can never print a V8 error.
 */
function youngGeneration(): (() => void) | undefined {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20 || major > 24) return undefined;
  const semiSpace = 4 * 1048576;
  // Loading the command: stay at the first size.
  setFlagsFromString('--semi-space-growth-factor=1');
  let files = 0;
  let held = false;
  return () => {
    if (held) return;
    // The first file read: one step, 1 MB to 4 MB, at the next collection that keeps most.
    if (files++ === 0) setFlagsFromString('--semi-space-growth-factor=4');
    else if (files % 4 === 0 && (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) >= 2 * semiSpace) {
      setFlagsFromString('--semi-space-growth-factor=1');
      held = true;
    }
  };
}
const onFileRead = youngGeneration();

// `interview-journal next | head` closes stdout early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// To a pipe, Node writes asynchronously: a report written faster than the reader takes it (tens
// of MB for a busy journal) would wait in memory whole. Blocking writes keep one piece at a time
// (TypeScript's tsc does the same); files and terminals are written synchronously already.
const handle = (process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle;
if (typeof handle?.setBlocking === 'function') handle.setBlocking(true);

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  onFileRead,
});
