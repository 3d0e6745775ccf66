// Replaces gray-matter's lib/engines.js in our bundles. Its default table has a `javascript`
// engine that evals front matter and a `yaml` engine on js-yaml 3, whose schema can construct
// functions (`new Function`). The journal always passes its own engines (YAML kept for our
// loader, every other language refused), so the defaults are never needed: with this empty
// table neither eval nor js-yaml 3 is in dist/ at all. test/unit/security.test.ts checks.
'use strict';
module.exports = {};
