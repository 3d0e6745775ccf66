/**
 * Broken front matter in plain words, and the repairs the editor offers for it: a value with
 * ": " in it quoted, tab indentation turned into spaces, an unclosed `[` or `{` closed.
 */
import { strict as assert } from 'node:assert';
import { yamlRepairs, type YamlRepair } from '../../src/core/yaml';
import { check, entry, only } from './helpers';

const fix = (text: string, r: YamlRepair): string => text.slice(0, r.start) + r.newText + text.slice(r.end);

describe('YAML errors in plain words', () => {
  it('a value with ": " must be quoted, said at the value, with a "Quote this value" repair', () => {
    const text = entry(['company: Acme', 'role: Game Engineer: Tools # the posting', 'interview: 2026-11-20', 'interviewers: [Jason Lee]']);
    assert.deepEqual(only(check(text, { today: '2026-11-21' }), 'invalid-front-matter'), [
      [3, 7, 'The front matter is not valid YAML: the value of "role" has ": " in it, so it must be in quotes: role: "Game Engineer: Tools" (line 3, column 7).'],
    ]);
    const yaml = 'company: Acme\nrole: Game Engineer: Tools # the posting\n';
    const repairs = yamlRepairs(yaml);
    assert.deepEqual(
      repairs.map((r) => [r.title, fix(yaml, r)]),
      [['Quote this value: role: "Game Engineer: Tools"', 'company: Acme\nrole: "Game Engineer: Tools" # the posting\n']],
    );
  });

  it('quotes a list item\'s value too, escaping its quotes', () => {
    const yaml = 'interviewers:\n  - name: Ann "Annie": Bell\n';
    const [r] = yamlRepairs(yaml);
    assert.equal(fix(yaml, r), 'interviewers:\n  - name: "Ann \\"Annie\\": Bell"\n');
  });

  it('a tab in the indentation: said on that line, repaired with spaces', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20', 'interviewers:', '\t- Jason Lee', '\t- Maria Diaz']);
    assert.deepEqual(only(check(text, { today: '2026-11-21' }), 'invalid-front-matter'), [
      [6, 1, 'The front matter is not valid YAML: this line is indented with a tab: YAML indents with spaces only (line 6, column 1).'],
    ]);
    const yaml = 'company: Acme\ninterviewers:\n\t- Jason Lee\n\t- Maria Diaz\n';
    const repairs = yamlRepairs(yaml);
    assert.deepEqual(repairs.map((r) => [r.title, fix(yaml, r)]), [['Indent with spaces instead of tabs', 'company: Acme\ninterviewers:\n  - Jason Lee\n  - Maria Diaz\n']]);
  });

  it('an unclosed [ or {: said where it opens, closed at the end of its line', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20', 'interviewers: [Jason Lee, {name: Maria Diaz  # two of them']);
    assert.deepEqual(only(check(text, { today: '2026-11-21' }), 'invalid-front-matter'), [
      [5, 15, 'The front matter is not valid YAML: the "[" here is never closed: end the list or map with "}]" on the same line (line 5, column 15).'],
    ]);
    const yaml = 'company: Acme\ninterviewers: [Jason Lee, {name: Maria Diaz  # two of them\nrole: Engineer\n';
    const repairs = yamlRepairs(yaml);
    assert.deepEqual(repairs.map((r) => [r.title, fix(yaml, r)]), [['Close the list with "}]"', 'company: Acme\ninterviewers: [Jason Lee, {name: Maria Diaz}]  # two of them\nrole: Engineer\n']]);
  });

  it('a line indented under a key that opens nothing', () => {
    const text = entry(['company: Acme', '  role: Engineer', 'interview: 2026-11-20']);
    const [d] = only(check(text, { today: '2026-11-21' }), 'invalid-front-matter');
    assert.match(d[2], /this line is indented, but the line above does not open a list or a map/);
  });

  it('offers nothing it cannot do safely, and nothing for YAML that loads', () => {
    assert.deepEqual(yamlRepairs('company: Acme\nrole: Engineer\n'), []);
    // A [ opened on one line and another on the next: where to close is a guess.
    assert.deepEqual(yamlRepairs('a: [x,\n  [y\n'), []);
    // An unterminated quote: explained, not repaired.
    assert.deepEqual(yamlRepairs('a: "x\nb: 1\n'), []);
  });
});
