// Runs the unit suite once per time zone: results must not depend on where the user lives.
// Prints one closing line "unit: N passed, N failed" over all zones.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ZONES = (process.env.UNIT_TZS || 'UTC,America/Los_Angeles,Asia/Kolkata,Pacific/Kiritimati,Pacific/Pago_Pago').split(',');
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.js') ? [p] : [];
  });
}
const files = walk('out/test/unit');
if (files.length === 0) {
  console.error('unit: no compiled tests in out/test/unit (run node scripts/build.mjs --tests)');
  process.exit(1);
}
let passed = 0;
let failed = 0;
for (const tz of ZONES) {
  console.log(`\n=== unit tests with TZ=${tz}`);
  const r = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', '--timeout', '60000', '--reporter', process.env.CI ? 'dot' : 'spec', '--reporter-option', 'maxDiffSize=0', ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  const p = /(\d+) passing/.exec(r.stdout);
  const f = /(\d+) failing/.exec(r.stdout);
  passed += p ? Number(p[1]) : 0;
  failed += f ? Number(f[1]) : r.status === 0 ? 0 : 1;
  if (r.status !== 0 && !f) console.error(`mocha exited with ${r.status} under TZ=${tz}`);
}
console.log(`\nunit: ${passed} passed, ${failed} failed (${ZONES.length} time zones)`);
process.exit(failed ? 1 : 0);
