// src/vscode/home.ts (the one Node import of the extension) becomes home.web.ts in the browser
// bundle; shared by scripts/build.mjs and scripts/bench.mjs so both bundle the same code.
import { join } from 'node:path';

export const webHome = {
  name: 'web-home',
  setup(build) {
    build.onResolve({ filter: /^\.\/home$/ }, (a) => (/[\\/]src[\\/]vscode$/.test(a.resolveDir) ? { path: join(a.resolveDir, 'home.web.ts') } : undefined));
  },
};
