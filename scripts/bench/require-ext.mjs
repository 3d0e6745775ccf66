// Times `require` of the extension bundle outside VS Code: node require-ext.mjs <bundle>.
// The `vscode` module is stubbed through Module._resolveFilename by a proxy that answers every
// property with itself, so top-level code that extends or calls a vscode class still loads.
// Prints the wall and CPU milliseconds of the require() call. Fails when the require() loaded a
// lazy chunk (lazy-*.js beside the bundle): those wait for their first use.
import Module, { createRequire } from 'node:module';
import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { hrtime } from 'node:process';

const stub = join(tmpdir(), `ij-vscode-stub-${process.pid}.cjs`);
writeFileSync(
  stub,
  "const h = { get: (_t, p) => (p === '__esModule' || p === 'then' ? undefined : s), apply: () => s, construct: () => s };\n" +
    // An object whose prototype is the proxy: esbuild's __toESM copies the module onto an object
    // with the same prototype, so every name still reaches the proxy.
    'const s = new Proxy(function vscode() {}, h);\nmodule.exports = Object.create(s);\n',
);
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : original.call(this, request, ...rest);
};
const require = createRequire(import.meta.url);
const c0 = process.cpuUsage();
const t0 = hrtime.bigint();
const ext = require(resolve(process.argv[2]));
const ms = Number(hrtime.bigint() - t0) / 1e6;
const c = process.cpuUsage(c0);
unlinkSync(stub);
if (typeof ext.activate !== 'function') throw new Error('the bundle exports no activate()');
const chunks = Object.keys(require.cache).filter((f) => dirname(f) === dirname(resolve(process.argv[2])) && /^lazy-.*\.js$/.test(basename(f)));
if (chunks.length) throw new Error(`require() of the bundle loaded its lazy chunks: ${chunks.map((f) => basename(f)).join(', ')}`);
process.stdout.write(`${ms} ${(c.user + c.system) / 1000}\n`);
