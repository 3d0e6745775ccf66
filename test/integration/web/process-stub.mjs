// `process` for the test libraries bundled for the browser (util reads process.env.NODE_DEBUG
// when it loads, assert looks at process.stderr): an empty one. Injected into the test bundles
// only, never into dist/web/extension.js; the suite checks that the host itself has no `process`.
export const process = { env: {} };
