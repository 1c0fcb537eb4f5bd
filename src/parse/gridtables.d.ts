// The grid-table packages ship no types. The mdast utility is imported from its file: its index also
// brings a Markdown writer and an HTML handler that a reader does not need.
declare module '@adobe/micromark-extension-gridtables' {
  import type { Extension } from 'micromark-util-types'
  export const gridTables: Extension
}
declare module '@adobe/mdast-util-gridtables/src/from-markdown.js' {
  import type { Data } from 'unified'
  import type { Extension } from 'micromark-util-types'
  type FromMarkdownExtension = Extract<NonNullable<Data['fromMarkdownExtensions']>[number], { enter?: unknown }>
  /** Cells are parsed on their own with these extensions. */
  export function gridTablesFromMarkdown(options: {
    extensions: Extension[]
    mdastExtensions: FromMarkdownExtension[]
  }): FromMarkdownExtension
}
