// `Buffer` for the browser bundles (esbuild `inject`): gray-matter calls `Buffer.from(text)` to
// keep a copy of its input (`file.orig`) that the journal never reads; bytes are enough.
export const Buffer = {
  from: (input) => (typeof input === 'string' ? new TextEncoder().encode(input) : Uint8Array.from(input)),
  isBuffer: () => false,
};
