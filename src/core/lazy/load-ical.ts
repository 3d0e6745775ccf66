/**
 * The ical module on first use. Here it is bundled with its caller (CLI, tests, browser); the
 * Node extension build replaces this file by a require() of dist/lazy-ical.js
 * (scripts/lazy-chunks.mjs), so loading the extension does not parse that library.
 */
import * as lib from './ical';

export const load = (): typeof lib => lib;
