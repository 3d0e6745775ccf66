/**
 * The remark stack behind one function: a markdown parser with GFM task-list items (the one GFM
 * construct the journal reads). In the Node extension this module is its own chunk
 * (dist/lazy-remark.js), loaded by load-remark.ts when a body first needs remark.
 */
import type { Root } from 'mdast';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

function gfmTaskList(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

/** A markdown parser: CommonMark, plus task-list items when `taskItems` (a `[ ]` item's `checked`). */
export function markdownParser(taskItems: boolean): (text: string) => Root {
  const processor = (taskItems ? unified().use(remarkParse).use(gfmTaskList) : unified().use(remarkParse)) as unknown as Processor;
  return (text) => processor.parse(text) as Root;
}
