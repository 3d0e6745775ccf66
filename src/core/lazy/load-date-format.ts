/**
 * The date-format module on first use. Here it is bundled with its caller (CLI, tests, browser); the
 * Node extension build replaces this file by a require() of dist/lazy-date-format.js
 * (scripts/lazy-chunks.mjs), so loading the extension does not parse that library.
 */
import * as lib from './date-format';

export const load = (): typeof lib => lib;
