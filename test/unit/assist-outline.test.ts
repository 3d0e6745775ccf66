/** The tolerant front-matter reader: where the cursor is, on whole, half-typed and broken YAML. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { complete, cursorAt, hover, inlayHints, linesOf, prepareRename } from '../../src/core/assist';
import { boundsOf, outline } from '../../src/core/assist/outline';
import { journal, worldFor } from './assist-fixture';

function at(doc: string) {
  const i = doc.indexOf('|');
  const text = doc.slice(0, i) + doc.slice(i + 1);
  const before = doc.slice(0, i).split('\n');
  const c = cursorAt(linesOf(text), before.length - 1, before[before.length - 1].length);
  return `${c.region} ${c.kind ?? '-'} ${c.path.join('/')}${c.key ? ` .${c.key}` : ''} [${c.start},${c.end}]`;
}

describe('assist: where the cursor is', () => {
  const cases: [string, string][] = [
    ['---\n|', 'front key  [0,0]'],
    ['---|\ncompany: A\n---\n', 'delimiter - '.padEnd(12) + ' [3,3]'],
    ['---\ncompany: A\n---\nbody|', 'body -  [4,4]'],
    ['# no front matter|', 'body -  [17,17]'],
    ['---\ncomp|any: A\n---', 'front key  [0,7]'],
    ['---\ncompany: A|c\n---', 'front value  .company [9,11]'],
    ['---\ncompany: |\n---', 'front value  .company [9,9]'],
    ['---\ncompany:|\n---', 'front value  .company [8,8]'],
    ['---\ninterviewers:\n  - Ja|son\n---', 'front item interviewers [4,9]'],
    ['---\ninterviewers:\n  - |\n---', 'front item interviewers [4,4]'],
    ['---\ninterviewers:\n  |\n---', 'front key interviewers [2,2]'],
    ['---\ninterviewers:\n  - name: Ann\n    ti|\n---', 'front key interviewers/#0 [4,6]'],
    ['---\ninterviewers:\n  - Ann\n  - name: Bo\n    email: |\n---', 'front value interviewers/#1 .email [11,11]'],
    ['---\ncontacts:\n- date: 2026-11-20\n  via: |\n---', 'front value contacts/#0 .via [7,7]'],
    ['---\ncontacts:\n  - {date: 2026-11-20, |}\n---', 'front key contacts/#0 [23,23]'],
    ['---\ncontacts: [{date: 1}, {to: A, via: |}]\n---', 'front value contacts/#1 .via [35,35]'],
    ['---\ncontacts:\n  - {date: 2026-11-20, kind: re|\n---', 'front value contacts/#0 .kind [29,31]'],
    ['---\nignore: [a, |]\n---', 'front item ignore [12,12]'],
    ['---\npromised:\n  by: 2026|\n---', 'front value promised .by [6,10]'],
    ['---\nrecruiter:\n  name: R\n|\n---', 'front key  [0,0]'],
    ['---\ncontacts:\n  - date: 1\n  |\n---', 'front item contacts [2,2]'],
    ['---\nrole: "Eng|ineer"\n---', 'front value  .role [7,15]'],
    ['---\nrole: x # a com|ment\n---', 'front -  [15,15]'],
    ["---\n{|''\n", 'front key  [1,3]'],
    ['---\n# decision_by: 2026|\n---', 'front -  [19,19]'],
  ];
  for (const [doc, want] of cases) it(JSON.stringify(doc), () => assert.equal(at(doc), want));

  it('never throws, and the features answer something or nothing, on any text at any position', () => {
    const j = journal();
    const world = worldFor(j, 'x.md', '');
    const yamlish = fc.string({ unit: fc.constantFrom('---\n', '-', ' ', ':', ',', '{', '}', '[', ']', '"', "'", '#', '\n', 'a', 'to', 'contacts', 'date', '2026-11-20', '\t', '\r\n', '…'), maxLength: 60 });
    fc.assert(
      fc.property(yamlish, fc.nat(), (body, k) => {
        const text = `---\n${body}`;
        const lines = linesOf(text);
        const line = k % lines.count;
        const ch = k % (lines.line(line).length + 1);
        cursorAt(lines, line, ch);
        for (const x of complete(lines, line, ch, world, { explicit: true })) {
          // The range an item replaces is on the cursor's line and starts at or before the cursor.
          assert.equal(x.line, line);
          assert.ok(x.start <= ch && x.start <= x.end, `${x.label}: ${x.start}-${x.end} at ${ch}`);
        }
        hover(lines, line, ch, world);
        prepareRename(lines, line, ch);
        inlayHints(lines, world);
      }),
      { numRuns: 400 },
    );
  });

  it('reads block and flow YAML as js-yaml does: every top-level scalar key and value', () => {
    const key = fc.constantFrom('company', 'role', 'round', 'status', 'note_x');
    const value = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}[A-Za-z]$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: (t) => t[0], minLength: 1, maxLength: 5 }), fc.boolean(), (pairs, quoted) => {
        const text = `---\n${pairs.map(([k, v]) => `${k}: ${quoted ? JSON.stringify(v) : v}`).join('\n')}\n---\n`;
        const lines = linesOf(text);
        const got: Record<string, string> = {};
        for (const li of outline(lines, boundsOf(lines)!)) for (const s of li.segs) if (s.key) got[s.key] = s.value;
        assert.deepEqual(got, load(text.split('---\n')[1]));
      }),
      { numRuns: 200 },
    );
  });
});
