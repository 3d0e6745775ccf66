/**
 * `check --stdin-filename` and the pre-commit hook built on it (examples/githooks/pre-commit),
 * in real temporary git repositories: the hook checks what is staged, not the working tree,
 * with the journal's settings; it says what blocked (errors or warnings) and, when the CLI
 * cannot be found, ways to get it that work for this unpublished package.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';

const CLEAN = [
  '---',
  'company: Northwind',
  'role: Platform Engineer',
  'interview: 2026-11-20',
  'interviewers:',
  '  - name: Jason Lee',
  '    email: jason.lee@northwind.example',
  'decision_by: 2026-11-27',
  'contacts:',
  '  - {date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you}',
  '---',
  '',
].join('\n');
const BROKEN = CLEAN.replace('interview: 2026-11-20', 'interview: 2026-11-31');
const WARNED = CLEAN.replace('decision_by:', 'notes_link: x\ndecision_by:');

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ij-hook-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string, f: Record<string, string>): void {
  for (const [p, text] of Object.entries(f)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

describe('check --stdin-filename', () => {
  function cli(argv: string[], cwd: string, stdin: string) {
    let out = '';
    let err = '';
    const code = runCli(argv, { cwd, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, isTTY: false, env: {}, stdin: () => new TextEncoder().encode(stdin) });
    return { code, out, err };
  }

  it('checks the text from stdin under the given path, with the settings found from that path', () => {
    const dir = mkdtempSync(join(tmp, 'stdin-'));
    // On disk the file is clean; stdin has the broken version.
    files(dir, { 'jobs/interviews/northwind.md': CLEAN, 'jobs/.vscode/settings.json': '{"interviewJournal.rules": {"unknown-field": "error"}}' });
    const r = cli(['check', '--today', '2026-11-23', '--stdin-filename', 'jobs/interviews/northwind.md'], dir, WARNED);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^jobs\/interviews\/northwind\.md\n {2}8:1 {2}error {2}Unknown front matter key "notes_link"/);
    assert.equal(cli(['check', '--today', '2026-11-23', '--stdin-filename', 'jobs/interviews/northwind.md'], dir, CLEAN).code, 0);
  });

  it('refuses other paths with it, and an empty name', () => {
    const dir = mkdtempSync(join(tmp, 'stdin-'));
    assert.equal(cli(['check', '--stdin-filename', 'a.md', 'b.md'], dir, CLEAN).code, 2);
    assert.equal(cli(['check', '--stdin-filename', ''], dir, CLEAN).code, 2);
  });
});

describe('the pre-commit hook checks what is staged', () => {
  const hook = resolve('examples/githooks/pre-commit');
  const cliPath = resolve('dist/cli.js');

  function repo(env: Record<string, string | undefined> = {}) {
    const dir = mkdtempSync(join(tmp, 'repo-'));
    const base: Record<string, string | undefined> = { ...process.env, INTERVIEW_JOURNAL: `${process.execPath} ${cliPath}`, NO_COLOR: '1', ...env };
    for (const k of Object.keys(base)) if (k.startsWith('GIT_')) delete base[k];
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', env: base });
    assert.equal(git('init', '-q').status, 0, 'git init');
    files(dir, { '.githooks/pre-commit': readFileSync(hook, 'utf8'), '.vscode/settings.json': '{ "interviewJournal.today": "2026-11-23" }\n' });
    chmodSync(join(dir, '.githooks', 'pre-commit'), 0o755);
    assert.equal(git('config', 'core.hooksPath', '.githooks').status, 0);
    return { dir, git };
  }

  it('blocks a broken file that was staged and then fixed without git add', () => {
    const { dir, git } = repo();
    files(dir, { 'interviews/northwind.md': BROKEN });
    git('add', '.');
    files(dir, { 'interviews/northwind.md': CLEAN });
    const r = git('commit', '-qm', 'broken staged, fixed on disk');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^interviews\/northwind\.md\n {2}4:12 {2}error {2}.*invalid-date$/m);
    assert.match(r.stderr, /pre-commit: fix the errors above, then git add the files/);
    assert.equal(git('log', '--oneline').stdout, '', 'nothing committed');
  });

  it('lets a clean staged file through even when the working copy is broken', () => {
    const { dir, git } = repo();
    files(dir, { 'interviews/northwind.md': CLEAN });
    git('add', '.');
    files(dir, { 'interviews/northwind.md': BROKEN });
    const r = git('commit', '-qm', 'clean staged');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(git('show', 'HEAD:interviews/northwind.md').stdout, CLEAN);
  });

  it('uses the journal\'s settings, and says when only warnings blocked', () => {
    const { dir, git } = repo({ INTERVIEW_JOURNAL_FLAGS: '--max-warnings 0' });
    files(dir, { 'interviews/northwind.md': WARNED });
    git('add', '.');
    const r = git('commit', '-qm', 'a warning');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /unknown-field/);
    assert.match(r.stderr, /pre-commit: too many warnings \(INTERVIEW_JOURNAL_FLAGS="--max-warnings 0"\)/);
    assert.ok(!/fix the errors/.test(r.stderr), r.stderr);
    // The journal's settings make the unknown key an error: then it is the errors that block.
    files(dir, { '.vscode/settings.json': '{ "interviewJournal.today": "2026-11-23", "interviewJournal.rules": { "unknown-field": "error" } }\n' });
    const e = git('commit', '-qm', 'an error now');
    assert.equal(e.status, 1);
    assert.match(e.stderr, /8:1 {2}error {2}Unknown front matter key "notes_link"/);
    assert.match(e.stderr, /fix the errors above/);
  });

  it('says what works when interview-journal is not found (not npm install of the unpublished package)', () => {
    // A PATH with git alone: no interview-journal, no npx.
    const bin = mkdtempSync(join(tmp, 'bin-'));
    const which = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(which, join(bin, 'git'));
    const { dir, git } = repo({ INTERVIEW_JOURNAL: undefined, PATH: bin });
    files(dir, { 'interviews/northwind.md': CLEAN });
    git('add', '.');
    const r = git('commit', '-qm', 'no cli');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /interview-journal not found/);
    assert.match(r.stderr, /INTERVIEW_JOURNAL="node \/path\/to\/interview-journal\/dist\/cli\.js"/);
    assert.match(r.stderr, /npm link/);
    assert.match(r.stderr, /npm pack/);
    assert.ok(!/npm install --save-dev interview-journal\b(?!-)/.test(r.stderr), r.stderr);
  });
});
