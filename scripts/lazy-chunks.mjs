// The lazy chunks of the Node extension and the command line: libraries that a start does not
// need, each built into its own file beside dist/extension.js and dist/cli.js and required on
// first use. Shared by scripts/build.mjs, scripts/bench.mjs and scripts/package.mjs, so all
// three split the same way.
//
// src/core/lazy/NAME.ts is a small interface over one library (ical.js, the remark stack,
// date-fns' format); src/core/lazy/load-NAME.ts returns it. The tests and the browser bundle
// import it directly; in the Node extension and the CLI the plugin below replaces load-NAME.ts
// by a require() of lazy-NAME.js. Each chunk holds one leaf library and no journal code, so no
// module exists twice with separate state.
import { join } from 'node:path';

const SRC = new URL('../src/core/lazy/', import.meta.url).pathname;

/** Chunk name (the file dist/lazy-NAME.js): why it waits, and the packages that must not be in the main bundle. */
export const LAZY_CHUNKS = {
  ical: { why: 'only New Interview from Invitation reads calendars', packages: ['ical.js'] },
  remark: {
    why: 'only bodies the fast path cannot read, and Open in Mail, need remark',
    packages: ['unified', 'remark-parse', 'mdast-util-from-markdown', 'micromark', 'micromark-extension-gfm-task-list-item', 'character-entities'],
  },
  'date-format': { why: "only the calendar export formats with date-fns", packages: ['date-fns'] },
};

/** The chunks as esbuild entry points: { 'lazy-ical': '.../src/core/lazy/ical.ts', ... }. */
export const lazyEntryPoints = Object.fromEntries(Object.keys(LAZY_CHUNKS).map((n) => [`lazy-${n}`, join(SRC, `${n}.ts`)]));

/** The Node extension's plugin: load-NAME.ts becomes a require() of ./lazy-NAME.js, made on first use. */
export const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]lazy[\\/]load-[\w-]+\.ts$/ }, (a) => {
      const name = /load-([\w-]+)\.ts$/.exec(a.path)[1];
      if (!(name in LAZY_CHUNKS)) throw new Error(`${a.path}: no chunk "${name}" in scripts/lazy-chunks.mjs`);
      return { contents: `let lib;\nexports.load = () => (lib ??= require('./lazy-${name}.js'));\n`, loader: 'js' };
    });
    build.onResolve({ filter: /^\.\/lazy-[\w-]+\.js$/ }, (a) => (/load-[\w-]+\.ts$/.test(a.importer) ? { path: a.path, external: true } : undefined));
    // A static import of a chunk's library would put it back into the main bundle: an error.
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      const inputs = Object.keys(result.metafile?.inputs ?? {});
      const back = Object.entries(LAZY_CHUNKS).flatMap(([n, c]) => c.packages.filter((p) => inputs.some((f) => f.includes(`node_modules/${p}/`))).map((p) => `${p} (lazy-${n}.js)`));
      if (back.length) return { errors: [{ text: `the main bundle holds what its lazy chunks are for: ${back.join(', ')}; import it through src/core/lazy/load-*.ts` }] };
    });
  },
};
