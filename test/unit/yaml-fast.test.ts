/**
 * The fast YAML reader (src/core/yaml-fast.ts) against js-yaml with position events
 * (loadYamlWithJsYaml): wherever the fast reader does not give up, its data and every node's
 * span and value must be exactly js-yaml's. Checked on every front matter of the examples, the
 * hostile corpus and a generated journal, and on documents built at random from journal keys
 * and tricky scalars, comments, blank lines and odd indentation. The tests also check that the
 * fast reader does read the plain cases (or the agreement would say nothing).
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitFrontMatter } from '../../src/core/frontmatter';
import { loadYaml, loadYamlWithJsYaml, type YamlNode } from '../../src/core/yaml';
import { fastYaml } from '../../src/core/yaml-fast';
import { generatedJournal, mdFiles, ROOT, type CorpusFile } from './corpus';


function withLf(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/** Plain copies of a tree, for a readable deepEqual. */
function plain(n: YamlNode | undefined): unknown {
  if (!n) return n;
  return { start: n.start, end: n.end, value: n.value, kids: n.kids?.map(plain) };
}

/** True when the fast reader read the text (and then agreed with js-yaml), with or without a final line feed. */
function agrees(yamlText: string): boolean {
  const bare = yamlText.endsWith('\n') ? yamlText.slice(0, -1) : yamlText;
  const a = agreesAsIs(bare);
  assert.equal(agreesAsIs(`${bare}\n`), a, `read with a final line feed and not without, or the other way:\n${bare}`);
  return a;
}

function agreesAsIs(yamlText: string): boolean {
  const fast = fastYaml(yamlText);
  if (!fast) return false;
  const slow = loadYamlWithJsYaml(yamlText);
  assert.ok(slow.ok, `the fast reader read what js-yaml refuses (${slow.ok ? '' : slow.message}):\n${yamlText}`);
  assert.deepStrictEqual(fast.value, slow.data, `data differs for:\n${yamlText}`);
  assert.deepStrictEqual(plain(fast), plain(slow.root), `tree differs for:\n${yamlText}`);
  // loadYaml is the fast reader's answer, the same in every way.
  const both = loadYaml(yamlText);
  assert.ok(both.ok);
  assert.deepStrictEqual(plain(both.root), plain(slow.root));
  return true;
}

function frontMatterOf(text: string): string | undefined {
  const s = splitFrontMatter(text);
  return s.hasFrontMatter && s.closed && s.language === '' ? s.matterText : undefined;
}

describe('fast YAML reader', () => {
  describe('agrees with js-yaml on the corpus', () => {
    let generated: CorpusFile[];
    before(function () {
      this.timeout(30000);
      generated = generatedJournal(400);
    });

    for (const [name, dir, minShare] of [
      ['the example journal', 'examples', 0.9],
      ['the hostile corpus', 'test/hostile', 0],
    ] as const) {
      it(name, () => {
        const files = mdFiles(join(ROOT, dir));
        assert.ok(files.length > 10, `${files.length} files`);
        let read = 0;
        let total = 0;
        for (const f of files) {
          const fm = frontMatterOf(f.text);
          if (fm === undefined) continue;
          total++;
          if (agrees(fm)) read++;
        }
        assert.ok(read >= minShare * total, `fast reader read ${read} of ${total}`);
      });
    }

    it('a generated journal (400 entries), every one read by the fast reader', () => {
      assert.equal(generated.length, 400);
      for (const f of generated) assert.ok(agrees(frontMatterOf(f.text)!), f.path);
    });
  });

  describe('spans like js-yaml', () => {
    const cases: [string, string][] = [
      ['a list opens at a comment before its first item', 'interviewers:\n  # hi\n  - name: Kofi\n    t: x\n  - Hana\n'],
      ['a collection ends at its last comment', '# top\na: 1\nb:\n  - A\n  # trailing\n\nc: x # cm\n# end\n'],
      ['a list at its key\'s column', 'a:\n- x\n- y\nb: 2\n'],
      ['null values, before a key, a comment and the end', 'e:\nq: 1\nf:   # c\n\n# d\ng: 2\nh:\n'],
      ['a compact map after extra spaces', 'a:\n  -   x: 1\n      y: 2\n  - z\n'],
      ['typed scalars', 'a: 2026-01-01 10:00\nb: ~\nc: 0x1F\nd: .5\ne: True\nf: 1e3\ng: +1\nh: 1_000\ni: .inf\nj: NULL\nk: false\n'],
      ['quoted scalars and flow lists', 'a: "x y"  # c\nb: \'z\'\nc: [a, b c , 1]\nd: []\ne: [ ]\n'],
      ['flow maps', 'promised: {by: 2026-06-03, via: email}\nb: { a: 1 }  # c\nc: {}\n'],
      ['keys that are typed words', 'true: 1\nnull: 2\nfalse_x: 3\n'],
      ['a list in a compact map, at the key\'s column', 'a:\n  - b: 1\n    c:\n    - x\n    - y\n    d: 2\n  - e\n'],
      ['non-ASCII text', 'company: Zoë & Co\nnote: Émile — café\n'],
      ['a long document (the line table grows), then a short one', Array.from({ length: 700 }, (_, i) => `k${i}:\n  - x${i}\n`).join('')],
      ['after the long document', 'a: 1\nb:\n  - c\n'],
      ['keys alike (the same length and letters), read again', 'ab: 1\nba: 2\naab: 3\naba: x\nbaa: [ab, ba]\nn: {ab: 1, ba: 2}\n'],
    ];
    for (const [name, yaml] of cases) it(name, () => assert.ok(agrees(yaml), `the fast reader gave up on:\n${yaml}`));
  });

  describe('gives up on what it does not read (js-yaml reads it)', () => {
    const cases = [
      'a: 1\na: 2\n', // duplicate key: js-yaml's error
      'a: |\n  x\n', // block scalar
      'a: &x 1\nb: *x\n', // anchors, aliases
      'a: !!str 1\n', // tags
      'a: {b: [1]}\n', // nested flow collections
      'a: {b: 1, b: 2}\n', // duplicate key in a flow map
      'a: "x\\ny"\n', // escapes
      "a: 'it''s'\n", // escaped single quote
      'a: x\n  y\n', // multi-line plain scalar
      'a: x: y\n', // a mapping in a plain scalar
      'a:\tx\n', // tab
      'a: 1\r\nb: 2\r\n', // CRLF
      '__proto__: x\n', // js-yaml's own handling
      'a b: 1\n', // a key with a blank
      '"a": 1\n', // a quoted key
      '- a\n- b\n', // not a mapping
      'a: [b,]\n', // trailing comma in a flow list
      'a: [b, [c]]\n', // nested flow list
      'a:\n  -\n    b: 1\n', // an item on the next line
      'a: -1\n', // a leading indicator
      '  a: 1\n', // an indented root
      'a: 1\n---\nb: 2\n', // a document marker
      'Null: 1\n', // a key whose string is not its text
      'a: x\0\n', // NUL
      'a: \u0085\n', // NEL
    ];
    for (const yaml of cases) {
      it(JSON.stringify(yaml), () => {
        assert.equal(fastYaml(yaml), undefined);
        assert.equal(fastYaml(withLf(yaml)), undefined);
        // loadYaml still gives js-yaml's answer.
        assert.deepStrictEqual(JSON.stringify(loadYaml(yaml)), JSON.stringify(loadYamlWithJsYaml(yaml)));
      });
    }
  });

  describe('agrees with js-yaml on random documents', () => {
    const KEYS = ['company', 'role', 'interviewers', 'contacts', 'name', 'to', 'via', 'x-y', '_k', 'true', 'null', 'Null', 'a b', '1', '__proto__', 'tags'];
    const SCALARS = [
      'Acme', 'Acme Inc', 'x', '', ' ', 'true', 'True', 'TRUE', 'false', 'no', 'yes', '~', 'null', 'NULL', '0', '007', '0x1F', '0o17', '0b101', '1e3', '1.5',
      '.5', '-3', '+1', '1_000', '.inf', '-.Inf', '.nan', '2026-01-01', '2026-01-01 10:00', '2026-1-1T9:00', 'a: b', 'a:b', 'a:', 'x # c', 'x#c', 'x  ',
      '"q"', '"a\\"b"', '"a # b"', '"', "'s'", "'it''s'", "'a: b'", '[a, b]', '[]', '[ ]', '[a,]', '[a, [b]]', '[a b, 1 , true]', '[a: b]', '[a, "b"]',
      '{a: 1}', '{ a: 1 }', '{}', '{x: , y: z}', '{a: 1,}', '{a: b: c}', '{a: "x"}', '{a:1}', '{true: 1}', '&x y', '*x', '!!str 1', '|', '>', '- x', '-x', '? x', 'http://x.example/a?b=c#d', 'Zoë', 'a ]', '#', '# c', '@x', '`x`', '%x', 'a, b',
      'foo: bar: baz', 'kofi.berg@example.com', 'x\ty', 'a "b" c', "a 'b' c",
    ];
    const key = fc.oneof({ arbitrary: fc.constantFrom('company', 'role', 'name', 'to', 'via', 'date', 'kind', 'note'), weight: 3 }, { arbitrary: fc.constantFrom(...KEYS), weight: 1 });
    const PLAIN = ['Acme', 'Kofi Berg', 'email', 'thank-you', '2026-11-02', '2026-11-02 17:00', 'kofi.berg@example.com', '[remote, fintech]', '{by: 2026-12-01, via: email}', 'We talked about the roadmap, and [x] too'];
    const scalar = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 3 }, { arbitrary: fc.constantFrom(...SCALARS), weight: 1 });
    const comment = fc.constantFrom('', '', '', '', '', ' # note', '  #x', '#y');
    const pad = fc.constantFrom('', '', '', '', ' ', '  ', '   ');
    const extraLine = fc.constantFrom('', '', '', '', '\n', '\n# c\n', '\n  # indented comment\n', '\n   \n');
    type Gen = fc.Arbitrary<string>;
    const line = (indent: string, body: string, c: string) => `${indent}${body}${c}\n`;
    const scalarEntry = (indent: string): Gen => fc.tuple(key, pad, scalar, comment, extraLine).map(([k, p, v, c, x]) => line(indent, `${k}:${v === '' ? '' : ` ${p}${v}`}`, c) + x);
    const listOfScalars = (indent: string): Gen =>
      fc.tuple(key, comment, fc.constantFrom('  ', '', '    ', ' '), fc.array(fc.tuple(scalar, comment, extraLine), { minLength: 1, maxLength: 4 })).map(
        ([k, c, more, items]) => line(indent, `${k}:`, c) + items.map(([v, ic, x]) => line(indent + more, `- ${v}`, ic) + x).join(''),
      );
    const listOfMaps = (indent: string): Gen =>
      fc.tuple(key, comment, fc.constantFrom('  ', '', '    '), fc.array(fc.tuple(fc.array(fc.tuple(key, scalar, comment), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '   '), extraLine), { minLength: 1, maxLength: 3 })).map(
        ([k, c, more, items]) =>
          line(indent, `${k}:`, c) +
          items
            .map(([pairs, gap, x]) => {
              const col = indent + more + ' '.repeat(1 + gap.length);
              return pairs.map(([pk, pv, pc], i) => line(i === 0 ? `${indent}${more}-${gap}` : col, `${pk}:${pv === '' ? '' : ` ${pv}`}`, pc)).join('') + x;
            })
            .join(''),
      );
    const nestedMap = (indent: string): Gen =>
      fc.tuple(key, comment, fc.constantFrom('  ', ' ', '    '), fc.array(scalarEntry(''), { minLength: 1, maxLength: 3 })).map(
        ([k, c, more, entries]) => line(indent, `${k}:`, c) + entries.map((e) => e.replace(/^(?=.)/gm, indent + more)).join(''),
      );
    const entry = fc.oneof(scalarEntry(''), scalarEntry(''), listOfScalars(''), listOfMaps(''), nestedMap(''));
    const doc = fc.tuple(fc.constantFrom('', '', '# head\n', '\n'), fc.array(entry, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '', '# tail\n', '\n\n')).map(([h, es, t]) => h + es.join('') + t);

    it('data and every span, where the fast reader reads the text', function () {
      this.timeout(60000);
      let read = 0;
      let runs = 0;
      fc.assert(
        fc.property(doc, (text) => {
          runs++;
          if (agrees(text)) read++;
        }),
        { seed: 20261122, numRuns: 4000, endOnFailure: true },
      );
      // The generator mixes plain and tricky input: a good share must be read by the fast path.
      assert.ok(read > runs * 0.15, `fast reader read ${read} of ${runs}`);
    });
  });
});
