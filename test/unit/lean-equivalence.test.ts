/**
 * The CLI's one-shot analysis drops each entry's text once parsed (`keepText: false`) and
 * works out each file's result when the report reaches it (Journal.resultNow), keeping none;
 * the editor keeps the text and every result (refresh()). All must give the same diagnostics
 * and steps, byte for byte, on the examples, the hostile corpus and a generated journal.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { civil } from '../../src/core/civil';
import { generatedJournal, mdFiles, ROOT } from './corpus';

/** Everything a surface shows of the analysis, as one JSON text. */
function analysis(files: { path: string; text: string }[], keepText: boolean, mode: 'refresh' | 'resultNow' = 'refresh'): string {
  const now = civil(2026, 11, 30, 10, 0);
  const j = new Journal(DEFAULT_SETTINGS, () => now, { keepText });
  for (const f of files) j.setFile(f.path, f.text);
  let results;
  if (mode === 'refresh') {
    j.refresh();
    results = j.all();
  } else {
    results = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => j.resultNow(f.path)!);
  }
  return JSON.stringify(
    results.map((r) => ({
      path: r.path,
      isEntry: r.entry.isEntry,
      company: r.entry.company,
      role: r.entry.role,
      status: r.entry.status,
      diagnostics: r.diagnostics,
      steps: r.steps,
    })),
  );
}

/** The full analysis, and the same from the CLI's lean one-at-a-time path. */
function assertAllAgree(files: { path: string; text: string }[]): void {
  const full = analysis(files, true);
  assert.equal(analysis(files, false), full);
  assert.equal(analysis(files, false, 'resultNow'), full);
}

describe('lean (CLI) analysis equals the full (editor) one', () => {
  it('on the example journal', () => {
    const files = mdFiles(join(ROOT, 'examples', 'journal'));
    assert.ok(files.length >= 8);
    assert.match(analysis(files, false), /"rule":"draft-too-long"/);
    assertAllAgree(files);
  });

  it('on the hostile corpus', () => {
    const files = mdFiles(join(ROOT, 'test', 'hostile'));
    assert.ok(files.length >= 40);
    assertAllAgree(files);
  });

  it('on a generated journal of 600 entries', () => {
    const files = generatedJournal(600);
    assert.equal(files.length, 600);
    // Drafts are where the lean mode keeps part of the text for the draft rules.
    assert.ok(files.filter((f) => /^#+ Draft/m.test(f.text)).length > 30, 'entries with drafts');
    assertAllAgree(files);
  });
});
