/**
 * yamlBlockOf (src/core/frontmatter.ts) against gray-matter itself (grayMatterYamlBlock): the
 * block handed to the YAML reader must be the same string, or both undefined, for every file
 * of the examples, the hostile corpus and a generated journal, and for texts built at random
 * from delimiters, language names, comments and odd blanks. The tests also check that the
 * shortcut is taken on plain front matter (or the agreement would say nothing).
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import fc from 'fast-check';
import { grayMatterYamlBlock, yamlBlockOf } from '../../src/core/frontmatter';
import { generatedJournal, mdFiles, ROOT } from './corpus';


/** The text splitFrontMatter hands over: up to and including the closing `---` (or all of it). */
function head(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const m = /\n---/.exec(t);
  return m ? t.slice(0, m.index + 4) : t;
}

function same(text: string): void {
  assert.strictEqual(yamlBlockOf(text), grayMatterYamlBlock(text), `differs for ${JSON.stringify(text.slice(0, 200))}`);
}

describe('yamlBlockOf: the front matter block gray-matter would hand its YAML engine', () => {
  it('on the examples and the hostile corpus, whole files and as splitFrontMatter cuts them', () => {
    const files = [...mdFiles(join(ROOT, 'examples')), ...mdFiles(join(ROOT, 'test', 'hostile'))];
    assert.ok(files.length > 60, `found ${files.length} files`);
    for (const { text } of files) {
      same(text);
      same(head(text));
    }
  });

  it('on a generated journal of 300 entries', () => {
    const files = generatedJournal(300, 'busy');
    assert.equal(files.length, 300);
    for (const { text } of files) same(head(text));
  });

  it('on texts built from delimiters, language names, comments and blanks', () => {
    const piece = fc.constantFrom('---', '----', '--', '-', 'yaml', 'yml', 'YAML', ' yaml ', 'json', 'js', 'toml', 'coffee', 'constructor', '__proto__', '#', '# c', '#x', ' ', '  ', '\t', '\u00a0', '\ufeff', '\u2028', '\n', '\r\n', '\r', 'a: b', 'company: Contoso', 'x', ':', '- y', '"q"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.boolean(), (parts, open) => {
        same((open ? '---' : '') + parts.join(''));
      }),
      { numRuns: 4000 },
    );
  });

  it('takes the shortcut on plain front matter, and gives what gray-matter gives', () => {
    const refuse = (text: string): never => assert.fail(`asked gray-matter for ${JSON.stringify(text)}`);
    const plainCases: [string, string | undefined][] = [
      ['---\ncompany: Contoso\n---', '\ncompany: Contoso'],
      ['---yaml\ncompany: Contoso\n---', '\ncompany: Contoso'],
      ['--- \r\ncompany: Contoso\r\n---', ' \r\ncompany: Contoso\r'],
      ['---\n\n   \n---', undefined],
    ];
    for (const [text, block] of plainCases) {
      assert.strictEqual(yamlBlockOf(text, refuse), block, JSON.stringify(text));
      same(text);
    }
    // The rest is gray-matter's to decide.
    const asked: string[] = [];
    const spy = (text: string) => (asked.push(text), grayMatterYamlBlock(text));
    const otherCases: [string, string | undefined][] = [
      ['---\n# only a comment\n---', undefined],
      ['---\n#\n---', '\n#'],
      ['---json\n{"a": 1}\n---', undefined],
      ['---YAML\na: b\n---', '\na: b'],
      ['----\na: b\n---', undefined],
    ];
    for (const [text, block] of otherCases) {
      assert.strictEqual(yamlBlockOf(text, spy), block, JSON.stringify(text));
      same(text);
    }
    assert.deepStrictEqual(asked, otherCases.map(([text]) => text));
    // Every generated entry takes the shortcut.
    for (const { text } of generatedJournal(50)) assert.notStrictEqual(yamlBlockOf(head(text), refuse), undefined);
  });
});
