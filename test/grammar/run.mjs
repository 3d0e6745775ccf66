#!/usr/bin/env node
/* global process, console */
// Grammar tests: runs vscode-tmgrammar-test on test/grammar/*.test.md with our injection grammar
// (injected into text.html.markdown, as package.json declares it) over markdown and YAML base
// grammars, and the grammars markdown embeds in fenced code blocks.
//   node test/grammar/run.mjs                  every test file
//   node test/grammar/run.mjs 'test/grammar/tasks*.md'
// Exits non-zero when an assertion fails, and when the grammar's lists of rule ids, status,
// via and kind values drift from src/core/types.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// The rule ids are written in their modules (src/core/rules/<id>.ts), the other lists in types.ts.
const ruleDir = join(root, 'src/core/rules');
const ruleIds = readdirSync(ruleDir)
  .map((f) => /^export const rule: Rule<'([^']+)'>/m.exec(readFileSync(join(ruleDir, f), 'utf8'))?.[1])
  .filter(Boolean);
if (ruleIds.length === 0) fail('cannot find the rule modules in src/core/rules');
const lists = { RULE_IDS: ruleIds.map((id) => `'${id}'`).join(',') };
for (const list of ['RULE_IDS', 'STATUSES', 'VIAS', 'CONTACT_KINDS']) {
  const m = lists[list] !== undefined ? [undefined, lists[list]] : new RegExp(`export const ${list} = \\[([^\\]]*)\\]`).exec(types);
  if (!m) fail(`cannot find ${list} in src/core/types.ts`);
  for (const [, v] of m[1].matchAll(/'([^']+)'/g)) {
    if (!new RegExp(`(?<=[(:|])${v}(?=[|)])`).test(text)) fail(`the grammar does not know ${list} value "${v}"`);
  }
}

// 2. Two sets of base grammars, and the tests run against each:
//    - tm-grammars (a dev dependency): VS Code's markdown grammar and the TextMate YAML bundle;
//    - VS Code 1.100's own built-in grammars (markdown-basics, and the RedCMD YAML grammar VS Code
//      ships since 1.94), read from the code-server that scripts/code-server.mjs installs into
//      .cache/code-server. Skipped, with a note, when it is not installed.
const tmDir = dirname(require.resolve('tm-grammars/grammars/markdown.json'));
const { grammars: catalog } = await import('tm-grammars');
const tmGrammars = new Map(catalog.map((g) => [g.scopeName, join(tmDir, `${g.name}.json`)]));

const vscodeExtensions = join(root, '.cache/code-server/node_modules/code-server/lib/vscode/extensions');
let vscodeGrammars;
if (existsSync(join(vscodeExtensions, 'markdown-basics/package.json'))) {
  vscodeGrammars = new Map();
  for (const ext of readdirSync(vscodeExtensions)) {
    const pkg = join(vscodeExtensions, ext, 'package.json');
    if (!existsSync(pkg)) continue;
    for (const g of JSON.parse(readFileSync(pkg, 'utf8')).contributes?.grammars ?? []) {
      if (g.scopeName && g.path && !g.injectTo && !vscodeGrammars.has(g.scopeName)) vscodeGrammars.set(g.scopeName, join(vscodeExtensions, ext, g.path));
    }
  }
}

const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const patterns = process.argv.slice(2);
let failed = false;
failed = run('tm-grammars (markdown + TextMate YAML)', tmGrammars) || failed;
if (vscodeGrammars) {
  const version = JSON.parse(readFileSync(join(vscodeExtensions, '../package.json'), 'utf8')).version;
  failed = run(`VS Code ${version} built-in grammars (markdown-basics + RedCMD YAML)`, vscodeGrammars) || failed;
} else {
  console.log('\nVS Code built-in grammars: skipped (code-server is not installed in .cache/code-server; scripts/code-server.mjs installs it)');
}
process.exit(failed ? 1 : 0);

/** Runs the test files with markdown, everything it references that `catalog` has, and ours. */
function run(title, catalog) {
  console.log(`\n${title}`);
  const files = new Map();
  const missing = new Set();
  const queue = ['text.html.markdown', 'source.yaml'];
  while (queue.length) {
    const scope = queue.shift();
    if (files.has(scope) || missing.has(scope)) continue;
    const file = catalog.get(scope);
    if (!file || !existsSync(file)) {
      missing.add(scope);
      continue;
    }
    files.set(scope, file);
    for (const [, ref] of readFileSync(file, 'utf8').matchAll(/"include"\s*:\s*"([^#$"][^#"]*)/g)) queue.push(ref);
  }
  for (const need of ['text.html.markdown', 'source.yaml']) if (!files.has(need)) fail(`${title}: no grammar for ${need}`);

  // vscode-tmgrammar-test reads grammars (and injectTo) from a package.json-like file, with
  // paths relative to it. Scopes the set lacks get an empty grammar (else each one warns).
  const dir = mkdtempSync(join(tmpdir(), 'ij-grammar-'));
  try {
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
    const config = join(dir, 'package.json');
    writeFileSync(config, JSON.stringify({ contributes }));
    const r = spawnSync(process.execPath, [cli, '--config', config, ...(patterns.length ? patterns : ['test/grammar/*.test.md'])], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.error) fail(r.error.message);
    return r.status !== 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fail(message) {
  console.error(`grammar test: ${message}`);
  process.exit(1);
}
