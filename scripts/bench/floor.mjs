// The floors, as whole processes (bundled by scripts/bench.mjs like the CLI):
//   node floor.js io  <dir>   read every *.md file (the I/O floor)
//   node floor.js lib <dir>   read every file and parse it with gray-matter (the library floor)
// gray-matter is called with options, as the engine does (without options it caches by content).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

export function listFiles(dir, out = []) {
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      if (!d.name.startsWith('.') && d.name !== 'node_modules') listFiles(p, out);
    } else if (d.name.endsWith('.md')) out.push(p);
  }
  return out;
}

export function floorIo(files) {
  let n = 0;
  for (const f of files) n += readFileSync(f, 'utf8').length;
  return n;
}

export function floorLib(files) {
  let n = 0;
  for (const f of files) {
    const data = matter(readFileSync(f, 'utf8'), { language: 'yaml' }).data;
    if (data && data.company) n++;
  }
  return n;
}

const [, , mode, dir] = process.argv;
if (mode === 'io' || mode === 'lib') {
  const files = listFiles(dir);
  const n = mode === 'io' ? floorIo(files) : floorLib(files);
  if (!(n > 0)) process.exitCode = 1;
}
