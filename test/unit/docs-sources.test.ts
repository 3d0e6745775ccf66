/**
 * The documentation cites the source articles the way a clone can follow: by the numbers of
 * the README's Sources list, never by a folder the repository does not contain.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';

const read = (p: string) => readFileSync(p, 'utf8');

describe('source citations', () => {
  const readme = read('README.md');
  const sources = readme.slice(readme.indexOf('\n## Sources'), readme.indexOf('\n## ', readme.indexOf('\n## Sources') + 1));
  const listed = new Set([...sources.matchAll(/^- (\d{3}): /gm)].map((m) => m[1]));

  it('README lists the five articles by number, author and title, with no path into shared/', () => {
    assert.deepEqual([...listed].sort(), ['000', '001', '002', '003', '004']);
    assert.ok(!/shared\//.test(sources), sources);
  });

  it('docs/snippets.md cites only articles of that list, and no shared/ folder', () => {
    const doc = read('docs/snippets.md');
    assert.ok(!/shared\//.test(doc), 'docs/snippets.md points into shared/');
    const cited = [...doc.matchAll(/\((\d{3})(?:, (\d{3}))*\)/g)].flatMap((m) => m.slice(1).filter(Boolean));
    assert.ok(cited.length >= 5, `citations found: ${cited.join(', ')}`);
    for (const n of cited) assert.ok(listed.has(n), `${n} is not in the README's Sources`);
    assert.match(doc, /\[Sources\]\(\.\.\/README\.md#sources\)/);
  });

  it("docs/rules.md and docs/next-steps.md point to the README's Sources, not to a shared/ folder", () => {
    for (const p of ['docs/rules.md', 'docs/next-steps.md']) {
      const doc = read(p);
      assert.ok(!/shared\//.test(doc), `${p} points into shared/`);
      assert.match(doc, /\[Sources\]\(\.\.\/README\.md#sources\)/, p);
    }
  });
});
