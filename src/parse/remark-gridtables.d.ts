// @adobe/remark-gridtables ships no types: a unified plugin without options.
declare module '@adobe/remark-gridtables' {
  import type { Plugin } from 'unified'
  const remarkGridTables: Plugin<[], undefined, undefined>
  export default remarkGridTables
}
