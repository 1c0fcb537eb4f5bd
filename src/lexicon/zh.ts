// Chinese. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const zh = defineLexicon({
  language: 'zh',
  contentsHeadings: ['目录', '目 录', '目錄', '目 錄'],
  // "The preview has ended": a download site's notice where its free preview of a report stops.
  notices: ['预览已结束'],

  // Dates and the document (long-form reports). Chinese dates are numerals with 年, 月 and 日
  // (src/text/dates.ts); the Minguo calendar of Taiwan counts its years from 1911.
  eraYears: { 民國: 1911, 民国: 1911 },
  sectionNames: ['摘要', '引言', '前言', '背景', '结论', '結論', '致谢', '致謝', '参考文献', '參考文獻', '附录', '附錄', '议程', '議程'],
  topLevelSections: ['摘要', '前言', '致谢', '致謝', '参考文献', '參考文獻', '附录', '附錄'],
  documentTypes: ['会议纪要', '會議紀要', '会议记录', '會議紀錄', '會議記錄', '逐字稿', '纪要', '紀要', '报告', '報告'],
  meetingWords: ['会议', '會議', '例会', '例會'],
  placeLabels: ['地点', '地點', '会议地点', '會議地點'],
  dateLabels: ['日期', '时间', '時間'],
  onlineVenues: ['线上', '線上', '视频会议', '視訊會議'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['掌声', '鼓掌', '笑声', '全场鼓掌', '众笑'],
  noteLabels: ['注', '注意', '备注', '備註', '来源', '來源'],
  publisherWords: ['委员会', '委員會', '协会', '協會', '大学', '大學', '研究院', '基金会', '基金會', '工作组', '工作小組', '立法院', '人民代表大会'],
})
