import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

describe('smoke', () => {
  it('parses an entry', () => {
    const r = analyze([{ path: 'a.md', text: '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\nfoo: 1\n---\n# Hi\n## Draft: x\nhello there\n- [ ] call due:2026-11-25\n' }], { ...DEFAULT_SETTINGS, today: '2026-11-10' });
    assert.equal(r.length, 1);
    assert.equal(r[0].entry.isEntry, true);
    assert.deepEqual(r[0].diagnostics.map((d) => [d.rule, d.range.start.line, d.range.start.character]), [['unknown-field', 5, 0]]);
    assert.equal(r[0].entry.drafts.length, 1);
    assert.equal(r[0].entry.tasks[0].due?.timed, false);
  });
});
