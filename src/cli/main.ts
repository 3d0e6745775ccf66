/** The `interview-journal` command (package.json `bin`). */
import { runCli } from './run';

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
});
