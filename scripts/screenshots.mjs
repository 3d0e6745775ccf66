// `npm run screenshots`: drives the demo (the packaged extension in code-server, on a copy of
// examples/journal) with Playwright in Debian's chromium and writes real PNGs for the README:
//   docs/images/tree.png      the Next Steps tree with its groups
//   docs/images/codelens.png  an entry with its CodeLens and a problem (hover on the squiggle)
//   docs/images/quickfix.png  the quick-fix menu open on a problem
//   docs/images/completion.png  completion on a new line under contacts: (the next step as a line)
//   docs/images/dashboard.png the dashboard (Open Dashboard in the tree's title bar)
/* global document, getComputedStyle */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, freePort, launchChromium } from './code-server.mjs';
import { startDemo } from './demo.mjs';

const OUT = join(ROOT, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 760 };
const T = 30_000;

function log(...a) {
  console.log('[screenshots]', ...a);
}

/** The CLI's view of the journal: which files have which problems (1-based positions). */
function cliCheck(folder) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  return JSON.parse(r.stdout).files;
}

async function command(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: T });
  await page.keyboard.type(`>${title}`.replace(/^>>/, '>'));
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: T });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: T });
}

/** Opens a file of the workspace through Quick Open, then goes to line:column. */
async function openAt(page, file, line, column) {
  const quickInput = '.quick-input-widget:not([style*="display: none"]) input';
  if (!(await page.locator(`.tab.active[aria-label*="${file}"]`).count())) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector(quickInput, { timeout: T });
    await page.keyboard.type(file);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`, { timeout: T });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${file}"]`, { timeout: T });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: T });
  }
  await page.click('.editor-instance .monaco-editor .view-lines');
  await page.keyboard.press('Control+G');
  await page.waitForSelector(quickInput, { timeout: T });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: T });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ij-shots-'));
  const folder = join(work, 'journal');
  cpSync(join(ROOT, 'examples', 'journal'), folder, { recursive: true });
  const demo = await startDemo({ port: await freePort(), folder, quiet: true });
  const browser = await launchChromium();
  let page;
  try {
    page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(demo.folderUrl);
    await page.waitForSelector('.activitybar [aria-label^="Interview Journal"]', { timeout: 60_000 });

    await command(page, 'Clear All Notifications').catch(() => {});
    // 1. The tree at VS Code's default sidebar width (what a new user sees), every group expanded.
    await page.click('.activitybar [aria-label^="Interview Journal"]');
    await page.waitForSelector('.pane .monaco-list-row[aria-level="1"]', { timeout: T });
    const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    log(`sidebar width: ${sidebar ? Math.round(sidebar.width) : '?'} px (the default)`);
    for (let i = 0; i < 10; i++) {
      const collapsed = page.locator('.pane .monaco-list-row[aria-level="1"][aria-expanded="false"]').first();
      if (!(await collapsed.count())) break;
      await collapsed.click();
    }
    const files = cliCheck(folder);
    // One problem with a quick fix, on an overdue entry: a thank-you not sent yet is the
    // extension's most typical case (rules with a quick fix, in order of preference).
    const FIXABLE = ['thank-you-overdue', 'promise-overdue', 'recruiter-debrief', 'unknown-field', 'decision-date-missing'];
    const candidates = files
      .flatMap((f) => f.diagnostics.map((d) => ({ file: basename(f.path), urgency: f.next?.urgency, d })))
      .filter((c) => FIXABLE.includes(c.d.rule))
      .sort((x, y) => FIXABLE.indexOf(x.d.rule) - FIXABLE.indexOf(y.d.rule) || (y.urgency === 'overdue') - (x.urgency === 'overdue'));
    if (!candidates.length) throw new Error(`the example journal has no problem with a quick fix (${FIXABLE.join(', ')})`);
    const first = candidates[0];
    await openAt(page, first.file, 1, 1);
    await page.waitForSelector('.codelens-decoration', { timeout: T });
    await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 40);
    await page.screenshot({ path: join(OUT, 'tree.png') });
    log(`docs/images/tree.png (${first.file} open beside the tree)`);

    // 2. CodeLens with a problem: the hover at the problem, under the CodeLens.
    await openAt(page, first.file, first.d.line, first.d.column);
    await page.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: T });
    // Show Hover at the cursor (Ctrl+K Ctrl+I): the problem's message.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.waitForSelector('.monaco-hover:not(.hidden) .marker', { timeout: T });
    // Let its fade-in finish: a half-transparent hover shows the text under it.
    await page.waitForFunction(() => {
      const h = document.querySelector('.monaco-hover:not(.hidden)');
      return (
        h &&
        !/Checking for quick fixes/.test(h.textContent) &&
        h.getAnimations({ subtree: true }).every((a) => a.playState === 'finished') &&
        getComputedStyle(h).opacity === '1'
      );
    }, null, { timeout: T });
    await page.screenshot({ path: join(OUT, 'codelens.png') });
    log(`docs/images/codelens.png (${first.file}: ${first.d.rule})`);
    await page.keyboard.press('Escape');

    // 3. The quick-fix menu on that problem (or the next candidate that offers one).
    let done = false;
    for (const { file, d } of candidates.slice(0, 6)) {
      await openAt(page, file, d.line, d.column);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      const ok = await menu.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
      if (ok && !/No code actions/i.test(await menu.innerText())) {
        await page.screenshot({ path: join(OUT, 'quickfix.png') });
        log(`docs/images/quickfix.png (${file}: ${d.rule}): ${(await menu.innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
        done = true;
        break;
      }
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    if (!done) throw new Error('no problem offered a quick fix');
    await page.keyboard.press('Escape');

    // 4. Completion under contacts: of an entry whose next step is a message, as you type the indentation.
    const withStep = files.find((f) => /^Send a thank-you/.test(f.next?.text ?? '') && /\ncontacts:\n/.test(readFileSync(f.path.startsWith('/') ? f.path : join(folder, f.path), 'utf8')));
    if (!withStep) throw new Error('the example journal has no entry whose next step is a thank-you and that has a contacts: list');
    const text = readFileSync(withStep.path.startsWith('/') ? withStep.path : join(folder, withStep.path), 'utf8');
    const contactsLine = text.split(/\r?\n/).indexOf('contacts:') + 1;
    await openAt(page, basename(withStep.path), contactsLine, 10);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.type('  ');
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: T });
    await page.waitForFunction(() => /thank-you to/.test(document.querySelector('.suggest-widget.visible')?.textContent ?? ''), null, { timeout: T });
    await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 40);
    await page.screenshot({ path: join(OUT, 'completion.png') });
    log(`docs/images/completion.png (${basename(withStep.path)}): ${(await page.locator('.suggest-widget.visible').innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
    await page.keyboard.press('Escape');
    // 5. The dashboard, opened from the tree's title bar.
    await command(page, 'View: Close All Editors');
    await page.click('[aria-label="Open Dashboard"]');
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await view.locator('figure#chart-timeline tr.entry').first().waitFor({ timeout: T });
    // The side bar hidden (Ctrl+B, with the focus on the tab rather than in the webview): two columns of charts.
    await page.click('.tab.active');
    await page.keyboard.press('Control+B');
    await page.waitForSelector('#workbench\\.parts\\.sidebar', { state: 'hidden', timeout: T });
    await view.locator('figure#chart-status').waitFor({ timeout: T });
    await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 40);
    await page.screenshot({ path: join(OUT, 'dashboard.png') });
    log('docs/images/dashboard.png (the dashboard of the example journal)');
  } catch (err) {
    if (page) await page.screenshot({ path: join(ROOT, 'out', 'screenshots-failure.png') }).catch(() => {});
    throw err;
  } finally {
    await browser.close().catch(() => {});
    demo.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[screenshots] FAILED: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
