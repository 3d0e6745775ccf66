// Differential check of the body reader's shortcuts: parseBody (plain drafts and one-line task
// items read from the source, simple links, emphasis and code spans read by its inline reader) against parseBodyWithRemark (remark on everything), on the files
// of the given folders and on random bodies built from markdown fragments. Bundled and run by
// scripts/bench.mjs (every run, --quick included); exits 1 on the first difference. The unit
// tests run bodyCheck too (test/unit/body-scan.test.ts).
//   node <bundle> <cases> [folders...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBody, parseBodyWithRemark } from '../../src/core/body';
import { splitFrontMatter } from '../../src/core/frontmatter';

/** The first difference between the shortcuts and remark, or the number of bodies checked. */
export function bodyCheck(cases: number, dirs: string[]): { checked: number; difference?: string } {
let checked = 0;
let difference: string | undefined;

function check(text: string): void {
  if (difference) return;
  checked++;
  const s = splitFrontMatter(text);
  const fast = JSON.stringify(parseBody(s.text, s.bodyStart, s.lines));
  const slow = JSON.stringify(parseBodyWithRemark(s.text, s.bodyStart, s.lines));
  if (fast !== slow) difference = `the shortcut differs from remark on ${JSON.stringify(text.slice(s.bodyStart))}\n  shortcut ${fast}\n  remark   ${slow}`;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

for (const dir of dirs) for (const f of walk(dir)) check(readFileSync(f, 'utf8'));

let seed = 7;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
// Mostly plain text (to reach the shortcuts' edges), with every character that starts syntax.
const PLAIN = ['\n', '\n\n', '\r\n', '\r', ' ', '  \n', ' \t\n', '\t', '    ', 'word', 'Jason', 'é', '😀', '-', '- ', '+ ', '+', '-x', '1.', '1. ', '2) ', '9)', '10.', 'a.', '===', '---', '- - -', ',', '.', ':', '(', ')', '!', '|', '"', "'", '\u2028', '\u00a0', '12', 'due:2026-01-02', 'due:2026-02-30', '[ ] ', ' [x] ', '$', '{', '}', '@', '/', '=', '?'];
const SYNTAX = ['*', '_', '`', '```', '~~~', '~', '[', ']', '[Name]', '<', '>', '<b>', '&amp;', '&#65;', '\\', '\\\n', '#', '# ', '### ', '\u0000', '![x](y)', '[a]: b', '**b**'];
const MARKERS = ['- ', '* ', '+ ', '1. ', '2) ', '-  ', '-    ', '-     ', '- \t', '  - ', '\t- '];
for (let k = 0; k < cases; k++) {
  const frags = rnd() < 0.7 ? PLAIN : [...PLAIN, ...SYNTAX];
  let t = `---\ncompany: x\n---\n\n${pick(['# ', '## ', '### '])}Draft${pick(PLAIN).replace(/[\r\n\u2028]/g, '')} x${rnd() < 0.2 ? pick(SYNTAX) : ''}\n`;
  for (let j = 1 + Math.floor(rnd() * 30); j > 0; j--) t += pick(frags);
  t += `\n${rnd() < 0.5 ? pick(['## next\n', '# up\n', '#### deeper\n']) : ''}\n${pick(MARKERS)}${pick(['[ ]', '[x]', '[X]'])}`;
  for (let j = Math.floor(rnd() * 6); j > 0; j--) t += pick(frags);
  if (rnd() < 0.2) t += `\n${pick(['  more', '    more', 'more', '- [ ] next'])}`;
  check(t);
}
// Paragraphs of words with inline markdown inside the lines (the paragraph-by-paragraph path).
const INLINE = ['*em*', '_em_', '**strong**', '`code`', '[link](http://x.y)', '[ref]', '[a]: b', '<b>', '</b>', '&amp;', '&#65;', '\\*', '![img](x)', 'x~~y~~', '#tag', '<http://a.b>', '*', '_', '[', ']', '`', '<', '&', '\u0000',
  // Near the edges of the inline reader (links, emphasis, code spans it reads itself).
  '*a b*', '**a b**', '*a*', '__s__', '_a b_', '*é*', '*1*', '*😀*', '*a *', '* a*', '*a.*', '*.a*', '***a***', '*a**', '**a*', 'x*y*z', 'x**y**z', 'a_b_c', '_a_b', '_a_.', '(_a_)', '*a*b*', '*a**b*', '**a*b**', '*a**', 'x_a_', 'x__a__', '*_a_*', '_*a*_',
  '`a b`', '` a `', '`a `', '`` a ``', '`a*b`', '`[a]`', '`a`b`', '`<a`', '`a``', '`a`` b`', '``a`', '`\\`', '\t`a`',
  '[a b](http://x.y/a_b#c?d=1)', '[a](b)c', '[ a](b)', '[a ](b)', '[a](<b>)', '[a](b "t")', '[a]( b )', '[a](b))', '[a](b(c))', '[a](b)(c)', '[](b)', '[a]()', '[a] (b)', '[a](b', '!', '(', ')', '[a](b)[c](d)', '*[a](b)*', '[*a*](b)', '[`a`](b)', '[a](b)*c*'];
const WORDS = ['word', 'Jason', 'é', '😀', '12', '1.', 'a-b', 'x:y', '!', '|', '-', '+'];
const BREAKS = ['\n', '\n\n', '\r\n', '\n\r\n', '  \n', '\\\n', '\n \n', '\n\t\n', '\n\n\n'];
const STARTS = ['', '', '', '', '', ' ', '    ', '- ', '1. ', '# ', '> ', '=', '---', '<div>', '[x]: y', '```', '|', '* ', '+', '2)', '\t'];
for (let k = 0; k < cases; k++) {
  let t = `---\ncompany: x\n---\n\n## Draft${rnd() < 0.1 ? pick(INLINE) : ''}\n`;
  for (let line = 1 + Math.floor(rnd() * 8); line > 0; line--) {
    t += rnd() < 0.1 ? pick(STARTS) : '';
    for (let w = 1 + Math.floor(rnd() * 6); w > 0; w--) t += (rnd() < 0.3 ? pick(INLINE) : pick(WORDS)) + (rnd() < 0.8 ? ' ' : '');
    t += pick(BREAKS);
  }
  check(t);
}
// One-line task items with inline markdown (the task shortcut's inline reader), with a draft too.
const TASK_BODY = [...WORDS, ...WORDS, ...INLINE, 'due:2026-01-02', 'due: 2026-02-30', ' ', ' ', '\t', '  '];
for (let k = 0; k < cases; k++) {
  let t = `---\ncompany: x\n---\n\n${rnd() < 0.3 ? `## Draft\n${pick(INLINE)} ${pick(WORDS)} ${pick(INLINE)}\n\n` : ''}`;
  for (let item = 1 + Math.floor(rnd() * 4); item > 0; item--) {
    t += `${pick(MARKERS)}${pick(['[ ]', '[x]', '[X]'])}${pick([' ', ' ', '  ', '\t', '     '])}`;
    for (let w = 1 + Math.floor(rnd() * 6); w > 0; w--) t += pick(TASK_BODY) + (rnd() < 0.7 ? ' ' : '');
    t += pick(['\n', '\n', '\r\n', '\n\n']);
  }
  check(t);
}
// CommonMark the line scan does not read itself: HTML comments and blocks, indented code, setext
// headings, emphasis in a draft heading, a "Drafts" section of messages.
const BLOCKS = ['<!--\n', '-->\n', '<!-- ## Draft: x -->\n', '<!-- - [ ] hidden -->\n', '<div>\n', '</div>\n', '    - [ ] code\n', '    ## Draft: code\n', '\t- [ ] tab\n',
  'Title\n=====\n', 'Title\n-----\n', '---\n', '## **Draft** to Jason\n', '## _Draft_: x\n', '## Drafts\n', '### To Jason\n', '### To Maria\n', '#### note\n', '- [ ] task\n', '  - [x] sub\n', '- [ ] lazy\ncontinued\n',
  'Dear [Name], thanks.\n', 'word word\n', '\n', '\n', '> ## Draft: quoted\n', '> - [ ] quoted\n', '```\n', '1. [ ] numbered\n'];
for (let k = 0; k < cases; k++) {
  let t = `---\ncompany: x\n---\n\n${pick(['## Draft: a\n', '## Drafts\n### To A\n', '## **Draft** to Jason\n', ''])}`;
  for (let j = 1 + Math.floor(rnd() * 10); j > 0; j--) t += pick(BLOCKS);
  check(t);
}
return { checked, difference };
}

// Run as a script (bundled by scripts/bench.mjs), not when a test imports bodyCheck.
if (typeof require !== 'undefined' && require.main === module) {
  const r = bodyCheck(Number(process.argv[2] ?? 3000), process.argv.slice(3));
  if (r.difference) {
    console.error(`body-check: ${r.difference}`);
    process.exit(1);
  }
  console.log(`body-check: ${r.checked} bodies, the shortcuts agree with remark on every one`);
}
