/** The `interview-journal` command (package.json `bin`). */
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run';

// Keep V8's young generation at its first size instead of letting it grow to 16 MB a half: a
// check of 10,000 entries then peaks about 30-65 MB lower, for about the same CPU time (see
// docs/performance.md). Node 20-24 (V8 11-13) read this flag while running; others skip it, so an
// unknown flag can never print a V8 error.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor >= 20 && nodeMajor <= 24) setFlagsFromString('--semi-space-growth-factor=1');

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
