// Chinese. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const zh = defineLexicon({
  language: 'zh',
  contentsHeadings: ['目录', '目 录'],
  // "The preview has ended": a download site's notice where its free preview of a report stops.
  notices: ['预览已结束'],
})
