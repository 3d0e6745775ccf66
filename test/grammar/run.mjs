#!/usr/bin/env node
/* global process, console */
// Grammar tests: runs vscode-tmgrammar-test on test/grammar/*.test.md with tm-grammars' markdown
// and YAML grammars (what VS Code ships), the grammars markdown embeds in fenced code blocks,
// and our injection grammar (injected into text.html.markdown, as package.json declares it).
//   node test/grammar/run.mjs                  every test file
//   node test/grammar/run.mjs 'test/grammar/tasks*.md'
// Exits non-zero when an assertion fails, and when the grammar's lists of rule ids, status,
// via and kind values drift from src/core/types.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const OURS = join(root, 'syntaxes/interview-journal.injection.tmLanguage.json');
const SCOPE = 'interview-journal.frontmatter.injection';

// 1. The grammar must know every rule id and enum value the engine knows.
const grammar = JSON.parse(readFileSync(OURS, 'utf8'));
if (grammar.scopeName !== SCOPE) fail(`scopeName is ${grammar.scopeName}, expected ${SCOPE}`);
const types = readFileSync(join(root, 'src/core/types.ts'), 'utf8');
const text = JSON.stringify(grammar);
for (const list of ['RULE_IDS', 'STATUSES', 'VIAS', 'CONTACT_KINDS']) {
  const m = new RegExp(`export const ${list} = \\[([^\\]]*)\\]`).exec(types);
  if (!m) fail(`cannot find ${list} in src/core/types.ts`);
  for (const [, v] of m[1].matchAll(/'([^']+)'/g)) {
    if (!new RegExp(`(?<=[(:|])${v}(?=[|)])`).test(text)) fail(`the grammar does not know ${list} value "${v}"`);
  }
}

// 2. The grammars: markdown, everything it references that tm-grammars has, and ours. Scopes
// tm-grammars lacks get an empty grammar (else vscode-textmate warns about each one).
const grammarsDir = dirname(require.resolve('tm-grammars/grammars/markdown.json'));
const { grammars: catalog } = await import('tm-grammars');
const byScope = new Map(catalog.map((g) => [g.scopeName, join(grammarsDir, `${g.name}.json`)]));
const files = new Map();
const missing = new Set();
const queue = ['text.html.markdown', 'source.yaml'];
while (queue.length) {
  const scope = queue.shift();
  if (files.has(scope) || missing.has(scope)) continue;
  const file = byScope.get(scope);
  if (!file || !existsSync(file)) {
    missing.add(scope);
    continue;
  }
  files.set(scope, file);
  for (const [, ref] of readFileSync(file, 'utf8').matchAll(/"include"\s*:\s*"([^#$"][^#"]*)/g)) queue.push(ref);
}
for (const need of ['text.html.markdown', 'source.yaml']) if (!files.has(need)) fail(`tm-grammars has no ${need}`);

// vscode-tmgrammar-test reads grammars (and injectTo) from a package.json-like file, with paths
// relative to it.
const dir = mkdtempSync(join(tmpdir(), 'ij-grammar-'));
const config = join(dir, 'package.json');
const stubs = [...missing].map((scopeName, i) => {
  const path = `stub-${i}.json`;
  writeFileSync(join(dir, path), JSON.stringify({ scopeName, patterns: [] }));
  return { scopeName, path };
});
const contributes = {
  grammars: [
    ...[...files].map(([scopeName, path]) => ({ scopeName, path: relative(dir, path) })),
    ...stubs,
    { scopeName: SCOPE, path: relative(dir, OURS), injectTo: ['text.html.markdown'] },
  ],
};
writeFileSync(config, JSON.stringify({ contributes }));

const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const patterns = process.argv.slice(2);
const r = spawnSync(process.execPath, [cli, '--config', config, ...(patterns.length ? patterns : ['test/grammar/*.test.md'])], {
  cwd: root,
  stdio: 'inherit',
});
rmSync(dir, { recursive: true, force: true });
if (r.error) fail(r.error.message);
process.exit(r.status === 0 ? 0 : 1);

function fail(message) {
  console.error(`grammar test: ${message}`);
  process.exit(1);
}
