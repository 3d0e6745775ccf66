/** The editor's assistance in journal files: completion, hover, rename, definition, references, inlay hints. */
export { complete, completion, MAX_COMPANIES, nextContactLine, yamlScalar, type CompletionItem, type CompletionRequest, type ItemKind } from './complete';
export { hover, inlayHints, type Hover, type InlayHint } from './hover';
export { cursorAt, type Cursor } from './cursor';
export { linesOf, type Lines } from './outline';
export { definition, NOT_A_PERSON, prepareRename, references, rename, type PrepareRename, type Spot, type TextEdit } from './people';
export { CLOCK_SNIPPETS, bodyOf, type ClockSnippet } from './snippets';
export { worldOf, type World } from './world';
