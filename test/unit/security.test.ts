/**
 * What ships runs nothing from a journal: the bundles contain no eval, no Function constructor,
 * no child processes and no network modules. (`npm run test:unit` builds dist/ before the tests.)
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['the Function constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/],
  ['child processes', /["'](?:node:)?child_process["']/],
  ['network modules', /require\(["'](?:node:)?(?:https?|net|tls|dgram|http2)["']\)/],
  ['fetch', /\bfetch\s*\(/],
];

describe('security: the shipped bundles', () => {
  for (const bundle of ['dist/cli.js', 'dist/extension.js', 'dist/web/extension.js']) {
    it(`${bundle} contains no eval, Function, child_process or network code`, () => {
      const file = join(process.cwd(), bundle);
      assert.ok(existsSync(file), `${bundle} is missing: build first (node scripts/build.mjs)`);
      const code = readFileSync(file, 'utf8');
      const found = FORBIDDEN.filter(([, re]) => re.test(code)).map(([what]) => what);
      assert.deepEqual(found, []);
    });
  }
});
