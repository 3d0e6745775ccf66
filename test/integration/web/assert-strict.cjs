// `node:assert/strict` for the suites bundled for the browser (scripts/build.mjs maps it here).
'use strict';
module.exports = require('assert/').strict;
