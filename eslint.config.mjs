// ESLint flat config with typescript-eslint. The architectural rules: src/core and src/cli
// never import `vscode` (the engine must run under plain node, in the CLI and in tests), and
// src/core and src/vscode use no Node API (they are also bundled for the browser: vscode.dev,
// github.dev).
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const BROWSER = 'src/core and src/vscode also run in the browser (vscode.dev, github.dev)';
/** Node's modules, by name and as node:*: none exists in the web worker extension host. */
const nodeModules = {
  paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: `${BROWSER}: no Node modules; use vscode.workspace.fs and vscode.Uri.joinPath.` })),
  patterns: [{ group: ['node:*'], message: `${BROWSER}: no Node modules; use vscode.workspace.fs and vscode.Uri.joinPath.` }],
};
const noEval = { selector: "CallExpression[callee.name='eval']", message: 'Nothing in a journal is ever executed.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.cache/**', 'examples/**', 'test/hostile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noEval],
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core and src/cli must not depend on vscode: put editor code in src/vscode.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/vscode/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate'].map((name) => ({ name, message: `${BROWSER}: \`${name}\` is Node's.` })),
      ],
      'no-restricted-syntax': [
        'error',
        noEval,
        { selector: "MemberExpression[property.name='fsPath']", message: `${BROWSER}: no fsPath (a virtual workspace has no file path); keep the Uri.` },
        { selector: "MemberExpression[object.name='Uri'][property.name='file'], MemberExpression[object.property.name='Uri'][property.name='file']", message: `${BROWSER}: no Uri.file (the workspace may be vscode-remote: or vscode-vfs:); derive from a workspace folder with Uri.joinPath.` },
      ],
      'no-restricted-imports': ['error', nodeModules],
    },
  },
  {
    // The one Node import of src/vscode; the browser bundle uses home.web.ts instead (scripts/build.mjs).
    files: ['src/vscode/home.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': ['error', noEval] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on vscode: put editor code in src/vscode.' },
            { name: 'fs', message: 'src/core is pure: no I/O. Read files in the CLI or the extension.' },
            { name: 'node:fs', message: 'src/core is pure: no I/O. Read files in the CLI or the extension.' },
            { name: 'child_process', message: 'Nothing is executed.' },
            { name: 'node:child_process', message: 'Nothing is executed.' },
            ...nodeModules.paths.filter((p) => p.name !== 'fs' && p.name !== 'child_process'),
          ],
          patterns: nodeModules.patterns,
        },
      ],
    },
  },
  {
    // Small modules and functions: a file does one job, a long function is a few named steps.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', TextEncoder: 'readonly' } },
  },
);
