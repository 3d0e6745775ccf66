/* global process, console, document, getComputedStyle */
// The UI-level check: what a person sees in a real VS Code (code-server in Debian's chromium,
// driven by playwright-core), with the extension installed from its packaged VSIX:
//   - the VSIX installs with `code-server --install-extension` and is listed afterwards;
//   - the installed extension activates: its activity-bar container opens on a tree;
//   - the tree shows its group rows (Overdue, Today, ...) and item rows under them;
//   - the Problems panel and the status bar show the counts that the CLI (same engine, same
//     settings file) reports for the example journal;
//   - the dashboard opens from the tree's title bar, draws its charts in the dark and the light
//     theme (screenshots in out/test/ui-dashboard-*.png), filters its timeline by a bar, and
//     opens an entry on a click or Enter.
// A failing check keeps a screenshot in out/test/failure-ui-*.png.
//
// Run by scripts/vscode-test.mjs after the suite, or alone: `npm run test:ui`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT,
  codeServerCli,
  codeServerVscodeVersion,
  launchChromium,
  prepareWorkspace,
  startCodeServer,
  workbenchUrl,
} from '../../../scripts/code-server.mjs';
import { packageVsix } from '../../../scripts/package.mjs';

/** The tree's top-level groups, as the extension names them (README, "Next Steps tree"). */
export const GROUPS = ['Overdue', 'Today', 'Upcoming', 'Waiting', 'Closed'];
const FAILURE_DIR = join(ROOT, 'out', 'test');
const TIMEOUT = 30_000;

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** What the CLI reports for a folder: the ground truth for the Problems panel. */
function cliCounts(folder) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  if (!r.stdout) throw new Error(`interview-journal check failed (exit ${r.status}): ${r.stderr}`);
  const { files } = JSON.parse(r.stdout);
  const counts = { error: 0, warning: 0, information: 0, hint: 0, files: 0, overdue: 0 };
  for (const f of files) {
    if (f.diagnostics.length) counts.files++;
    if (f.next?.urgency === 'overdue') counts.overdue++;
    for (const d of f.diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  }
  return counts;
}

/** The rows of the Next Steps tree: [{ level, expanded, label }]. */
function treeRows(page) {
  return page.$$eval('.pane', (panes) => {
    const pane = panes.find((p) => /Next Steps/i.test(p.querySelector('.pane-header')?.getAttribute('aria-label') ?? ''));
    if (!pane) return [];
    return [...pane.querySelectorAll('.monaco-list-row')].map((r) => ({
      level: Number(r.getAttribute('aria-level')),
      expanded: r.getAttribute('aria-expanded'),
      label: (r.getAttribute('aria-label') ?? r.textContent ?? '').trim(),
    }));
  });
}

export async function runUiChecks({ log = (...a) => console.log('[ui]', ...a) } = {}) {
  const results = [];
  const work = mkdtempSync(join(tmpdir(), 'ij-ui-'));
  const extensionsDir = join(work, 'extensions');
  const userDataDir = join(work, 'user-data');
  let page;
  async function check(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      log(`  ✔ ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      results.push({ name, ok: false, err });
      log(`  ✘ ${name}: ${err?.message ?? err}`);
      if (page) {
        mkdirSync(FAILURE_DIR, { recursive: true });
        const shot = join(FAILURE_DIR, `failure-ui-${slug(name)}.png`);
        await page.screenshot({ path: shot }).then(() => log(`    screenshot: ${shot}`), () => {});
      }
    }
  }
  const ws = prepareWorkspace({ prefix: 'ij-ui-ws-' });
  let server;
  let browser;
  let pkg;
  try {
    log(`UI check in code-server (VS Code ${codeServerVscodeVersion()}) with the packaged extension`);
    await check('npm run package makes a VSIX with no vsce warnings', async () => {
      pkg = packageVsix({ out: join(work, 'interview-journal.vsix'), quiet: true });
      log(`    ${(pkg.size / 1024).toFixed(1)} KiB, ${pkg.files.length} files: ${pkg.files.join(', ')}`);
    });
    if (!pkg) throw new Error('no VSIX to install');
    await check('the VSIX installs into code-server with --install-extension', async () => {
      const out = codeServerCli(['--install-extension', pkg.vsix], { extensionsDir, userDataDir });
      if (!/successfully installed/i.test(out)) throw new Error(`unexpected output:\n${out}`);
      const list = codeServerCli(['--list-extensions', '--show-versions'], { extensionsDir, userDataDir });
      if (!list.split('\n').includes(`${pkg.id}@${pkg.version}`)) throw new Error(`${pkg.id}@${pkg.version} not listed:\n${list}`);
    });

    // Single-root: the tree's top level is its groups (with several folders it groups by folder).
    const expected = cliCounts(ws.journal);
    log(`    the CLI reports ${expected.error} errors, ${expected.warning} warnings, ${expected.information} infos in ${expected.files} files`);
    server = await startCodeServer({ extensionsDir, userDataDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server, { folder: ws.journal }));
    await page.waitForSelector('.activitybar [aria-label^="Interview Journal"]', { timeout: 60_000 });

    await check('the installed extension activates: its view container opens on the Next Steps tree', async () => {
      await page.click('.activitybar [aria-label^="Interview Journal"]');
      await page.waitForFunction(
        () => [...document.querySelectorAll('.pane')].some((p) => /Next Steps/i.test(p.querySelector('.pane-header')?.getAttribute('aria-label') ?? '') && p.querySelector('.monaco-list-row')),
        null,
        { timeout: TIMEOUT },
      );
    });

    await check('the tree shows its group rows and item rows', async () => {
      let rows = await treeRows(page);
      const groups = rows.filter((r) => r.level === 1);
      const unknown = groups.filter((g) => !GROUPS.some((name) => g.label.startsWith(name)));
      if (!groups.length) throw new Error('no group rows');
      if (unknown.length) throw new Error(`unexpected top-level rows: ${unknown.map((g) => g.label).join(' | ')}`);
      if (expected.overdue > 0 && !groups.some((g) => g.label.startsWith('Overdue'))) throw new Error(`the CLI has ${expected.overdue} overdue entries but the tree has no Overdue group`);
      if (!rows.some((r) => r.level === 2)) {
        // Expand the first group, then look again.
        const first = page.locator('.pane .monaco-list-row[aria-level="1"]').first();
        await first.click();
        await page.waitForSelector('.pane .monaco-list-row[aria-level="2"]', { timeout: TIMEOUT });
        rows = await treeRows(page);
      }
      const items = rows.filter((r) => r.level === 2);
      if (!items.length) throw new Error('no item rows under the groups');
      log(`    groups: ${groups.map((g) => g.label).join(' | ')}; ${items.length} item rows visible, e.g. "${items[0].label}"`);
    });

    await check('the Problems panel and the status bar show the counts the CLI reports', async () => {
      const total = expected.error + expected.warning + expected.information;
      // The status bar: "Errors: N, Warnings: M" (and infos when there are some).
      await page
        .waitForFunction(
          ([e, w]) => {
            const label = document.getElementById('status.problems')?.getAttribute('aria-label') ?? '';
            const n = (word) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
            return n('Errors') === e && n('Warnings') === w;
          },
          [expected.error, expected.warning],
          { timeout: TIMEOUT },
        )
        .catch(async () => {
          const label = await page.getAttribute('#status\\.problems', 'aria-label');
          throw new Error(`status bar says "${label}", expected ${expected.error} errors and ${expected.warning} warnings`);
        });
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: TIMEOUT });
      await page
        .waitForFunction(
          (t) => [...document.querySelectorAll('[aria-label^="Problems"] .badge-content')].some((b) => b.textContent.trim() === String(t)),
          total,
          { timeout: TIMEOUT },
        )
        .catch(async () => {
          const badges = await page.$$eval('[aria-label^="Problems"]', (els) => els.map((e) => e.getAttribute('aria-label')));
          throw new Error(`the Problems badge does not show ${total}: ${badges.join(' | ')}`);
        });
      // The list renders only the rows in view: collapse it to one row per file first.
      await page.click('.panel [aria-label^="Collapse All"]');
      await page.waitForFunction(() => !document.querySelector('.markers-panel .monaco-list-row[aria-level="2"]'), null, { timeout: TIMEOUT });
      const fileRows = await page.$$eval('.markers-panel .monaco-list-row[aria-level="1"]', (els) => els.map((e) => e.getAttribute('aria-label')));
      if (fileRows.length !== expected.files) throw new Error(`the Problems panel lists ${fileRows.length} files, the CLI ${expected.files}: ${fileRows.join(' | ')}`);
      log(`    Problems: ${total} in ${fileRows.length} files (status bar: ${await page.getAttribute('#status\\.problems', 'aria-label')})`);
    });

    await check('the dashboard opens from the Next Steps title bar, draws every chart, and follows the theme (dark, then light)', async () => {
      await page.click('[aria-label="Open Dashboard"]');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await view.locator('figure#chart-timeline tr.entry').first().waitFor({ timeout: TIMEOUT });
      const charts = await view.locator('figure.chart').count();
      if (charts < 9) throw new Error(`the dashboard shows ${charts} charts, expected at least 9`);
      // A bar's colour is the theme's chart colour, read in the page.
      const blue = () => view.locator('body').evaluate((b) => [b.className, getComputedStyle(b.querySelector('rect.c-blue')).fill, getComputedStyle(b).getPropertyValue('--vscode-charts-blue').trim()]);
      const [darkClass, darkFill, darkVar] = await blue();
      if (!/vscode-dark/.test(darkClass)) throw new Error(`expected the dark theme first, the page's class is "${darkClass}"`);
      mkdirSync(FAILURE_DIR, { recursive: true });
      await page.screenshot({ path: join(FAILURE_DIR, 'ui-dashboard-dark.png') });
      // The theme picker (Ctrl+K Ctrl+T), with the focus in the workbench rather than the webview.
      await page.click('.tab.active');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+T');
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: TIMEOUT });
      await page.keyboard.type('Light Modern');
      await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Light Modern"]', { timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await view.locator('body.vscode-light').waitFor({ timeout: TIMEOUT });
      const [, lightFill, lightVar] = await blue();
      if (darkFill === lightFill) throw new Error(`the bars kept their colour (${darkFill}) after the theme changed`);
      // `#3794ff` as `rgb(55, 148, 255)`, to compare with the computed fill.
      const rgb = (hex) => {
        const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
        return m ? `rgb(${m.slice(1).map((x) => parseInt(x, 16)).join(', ')})` : hex;
      };
      log(`    dark: ${darkFill} (--vscode-charts-blue ${darkVar}); light: ${lightFill} (${lightVar}); ${charts} charts`);
      if (rgb(darkVar) !== darkFill || rgb(lightVar) !== lightFill) throw new Error('the bars are not drawn in the theme\'s --vscode-charts-blue');
      await page.screenshot({ path: join(FAILURE_DIR, 'ui-dashboard-light.png') });
      log(`    screenshots: out/test/ui-dashboard-dark.png, out/test/ui-dashboard-light.png`);
    });

    await check('in the dashboard a bar filters the timeline, and an entry opens by click or by keyboard', async () => {
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const rows = view.locator('#chart-timeline tr.entry');
      const all = await rows.count();
      const rejected = Number(await view.locator('#chart-status tbody tr').filter({ hasText: 'rejected' }).locator('td').textContent());
      await view.locator('#chart-status [data-filter="status:rejected"] rect').click();
      await view.locator('#filter:not([hidden])').waitFor({ timeout: TIMEOUT });
      const shown = await view.locator('#chart-timeline tr.entry:not([hidden])').count();
      if (shown !== rejected) throw new Error(`the rejected bar shows ${shown} timeline rows, the table says ${rejected}`);
      await view.locator('#clear').click();
      await view.locator('#filter[hidden]').waitFor({ state: 'attached', timeout: TIMEOUT });
      if ((await view.locator('#chart-timeline tr.entry:not([hidden])').count()) !== all) throw new Error('Show all did not bring every row back');
      log(`    status:rejected shows ${shown} of ${all} rows`);

      const entries = view.locator('span.open[data-path]');
      const first = await entries.nth(0).getAttribute('data-path');
      await entries.nth(0).click();
      await page.waitForSelector(`.tab.active[aria-label*="${first.split('/').pop()}"]`, { timeout: TIMEOUT });
      // Back to the dashboard, then the keyboard: focus the second entry and press Enter.
      await page.click('.tab[aria-label*="Interview Journal Dashboard"]');
      const second = await entries.nth(1).getAttribute('data-path');
      await entries.nth(1).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.tab.active[aria-label*="${second.split('/').pop()}"]`, { timeout: TIMEOUT });
      log(`    opened ${first} (click) and ${second} (Enter)`);
    });
  } catch (err) {
    results.push({ name: 'UI check setup', ok: false, err });
    log(`  ✘ UI check setup: ${err?.stack ?? err}`);
    if (page) await page.screenshot({ path: join(FAILURE_DIR, 'failure-ui-setup.png') }).catch(() => {});
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`UI: ${passed} passing, ${failed} failing`);
  return { passed, failed };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed } = await runUiChecks();
  console.log(`ui: ${passed} passed, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
}
