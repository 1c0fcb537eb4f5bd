// English. General knowledge of how reports in English are written: nothing here is in the list
// because one document has it. Regular expressions are built from these words (see index.ts).
import { defineLexicon } from './types.js'

export const en = defineLexicon({
  language: 'en',

  honorifics: [
    'Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Dr.', 'Prof.', 'H.E.', 'Hon.', 'Rev.', 'Sen.', 'Rep.', 'Mr', 'Ms', 'Mrs', 'Mx', 'Dr', 'Prof', 'Miss',
    'Sir', 'Dame', 'Lord', 'Lady', 'Madam', 'Senator', 'Ambassador', 'Judge', 'Justice', 'Congressman', 'Congresswoman',
  ],
  sentenceOpeners: [
    'And', 'But', 'So', 'Or', 'Then', 'Also', 'Now', 'Well', 'Yes', 'No', 'I', 'You', 'The', 'This', 'That', 'These', 'Those',
    'Our', 'My', 'His', 'Her', 'Their', 'Its', 'A', 'An', 'In', 'On', 'At', 'For', 'As', 'By', 'If', 'When', 'We', 'It', 'He',
    'She', 'They',
  ],
  organizationWords: [
    'group', 'inc', 'ltd', 'llc', 'corp', 'corporation', 'company', 'co', 'software', 'data', 'cloud', 'systems',
    'technologies', 'technology', 'interactive', 'labs', 'solutions', 'consulting', 'media', 'studio', 'ventures', 'capital',
    'holdings', 'bureau', 'university', 'universities', 'network', 'networks', 'authority', 'institute', 'ministry', 'bank',
    'agency', 'organisation', 'organization', 'council', 'commission', 'committee', 'academy', 'association', 'foundation',
    'programme', 'program', 'office', 'department', 'secretariat', 'government', 'nations', 'union', 'centre', 'center', 'fund',
    'forum', 'partner', 'partners', 'service', 'services', 'society', 'school', 'college', 'laboratory', 'lab',
  ],
  positions: [
    'director', 'president', 'minister', 'officer', 'chair', 'co-chair', 'chairman', 'chairperson', 'chairwoman', 'professor',
    'prof', 'dr', 'head', 'manager', 'secretary', 'representative', 'ambassador', 'adviser', 'advisor', 'coordinator', 'expert',
    'specialist', 'chief', 'deputy', 'vice', 'counsellor', 'counselor', 'researcher', 'economist', 'analyst', 'consultant',
    'founder', 'ceo', 'cto', 'dean', 'governor', 'commissioner', 'delegate', 'rapporteur', 'moderator', 'engineer', 'scientist',
    'lecturer', 'fellow', 'partner', 'principal', 'lead',
  ],
  departmentWords: ['department', 'division', 'office', 'bureau', 'unit', 'section', 'directorate', 'branch', 'service', 'centre', 'center'],
  questionLabels: ['q', 'a', 'question', 'answer', 'questions', 'answers'],
  roles: [
    'moderator', 'chair', 'chairperson', 'co-chair', 'host', 'interviewer', 'facilitator', 'presenter', 'panelist', 'panellist',
    'audience', 'participant', 'secretariat', 'president', 'speaker',
    // Transcripts: a role speaking, or a question and its answer.
    'chairman', 'chairwoman', 'co-host', 'guest', 'audience member', 'unidentified speaker', 'unknown speaker', 'several speakers',
    'voice', 'voices', 'question', 'answer', 'q', 'a', 'secretary', 'rapporteur', 'mayor', 'clerk', 'interpreter',
    // Court and legislature transcripts ("THE COURT:", "The PRESIDING OFFICER.").
    'court', 'witness', 'bailiff', 'court security officer', 'courtroom deputy', 'deputy clerk', 'court reporter', 'juror',
    'foreperson', 'jury foreperson', 'foreman', 'prospective juror', 'defendant', 'plaintiff', 'counsel', 'presiding officer', 'president pro tempore', 'speaker pro tempore',
    'acting president pro tempore', 'legislative clerk', 'assistant legislative clerk',
  ],
  // Beginnings of words: "note" is noted and notes, "emphasi" emphasised and emphasized.
  reportingVerbs: [
    'say', 'said', 'note', 'thank', 'welcom', 'ask', 'stress', 'emphasi', 'add', 'agree', 'present', 'introduc', 'explain',
    'suggest', 'propos', 'highlight', 'underlin', 'recall', 'report', 'comment', 'respond', 'repl', 'state', 'point', 'open',
    'clos', 'conclud', 'summari', 'express', 'call', 'invit', 'remind', 'clarif', 'confirm', 'mention', 'observ', 'urg', 'prais',
    'congratulat', 'acknowledg', 'reiterat', 'underscor', 'encourag', 'request', 'outlin', 'describ', 'list',
  ],
  affiliationWords: ['of', 'at', 'from'],
  titles: [
    'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'vice chairman', 'vice chair', 'ranking member', 'president',
    'vice president', 'secretary', 'minister', 'deputy minister', 'commissioner', 'governor', 'mayor', 'deputy mayor', 'speaker',
    'delegate', 'councillor', 'councilor', 'councilmember', 'council member', 'chief justice', 'director', 'rapporteur',
  ],
  titleArticles: ['the'],
  titleConnectors: ['of', 'for', 'on'],
  notLabels: [
    'action', 'actions', 'action item', 'action items', 'action point', 'action points', 'decision', 'decisions', 'resolution',
    'resolutions', 'resolved', 'proposal', 'proposed', 'motion', 'vote', 'votes', 'voting', 'note', 'notes', 'nb', 'agenda',
    'minutes', 'summary', 'conclusion', 'conclusions', 'outcome', 'outcomes', 'result', 'results', 'topic', 'topics', 'subject',
    'item', 'items', 'issue', 'issues', 'status', 'update', 'updates', 'next steps', 'next meeting', 'background', 'context',
    'am', 'pm', 'goal', 'goals', 'purpose', 'objective', 'objectives', 'date', 'dates', 'time', 'duration', 'location', 'venue', 'place',
    'where', 'when', 'present', 'attendees', 'attendance', 'participants', 'regrets', 'absent', 'apologies', 'guests',
    'observers', 'scribe', 'scribes', 'minute taker', 'minutes taker', 'note taker', 'notetaker', 'recorder', 'organizer',
    'organizers', 'organiser', 'organisers', 'link', 'links', 'labels', 'url', 'source', 'sources', 'reference', 'references',
    'example', 'examples', 'see', 'see also', 'warning', 'caution', 'important', 'tip', 'todo', 'fixme', 'email', 'e-mail',
    'phone', 'tel', 'fax', 'web', 'website', 'address', 'audio', 'video', 'recording', 'slides', 'meeting', 'call-in',
    'dial-in', 'cc', 're', 'ps', 'key messages', 'key points', 'keynote', 'title', 'abstract', 'keywords', 'key words',
    'author', 'authors', 'edited by', 'editor', 'editors', 'version', 'chapter', 'section', 'part', 'figure', 'table',
    'annex', 'appendix', 'session', 'panel', 'theme', 'question and answer', 'q&a', 'discussion', 'comments', 'comment',
    'talk', 'talks', 'presentation', 'presentations', 'paper', 'papers', 'poster', 'posters', 'demo', 'demos', 'workshop',
    'tutorial', 'lecture', 'seminar', 'course', 'module', 'lesson', 'exercise', 'task', 'step', 'phase', 'stage', 'day',
    'morning', 'afternoon', 'evening', 'lunch', 'break', 'coffee break', 'opening', 'closing', 'welcome', 'introduction',
  ],
  participantsHeadings: [
    'present', 'attendees', 'attendance', 'participants', 'members present', 'also present', 'in attendance', 'attending',
    'participating', 'guests', 'observers', 'appearances', 'presiding', 'council members', 'committee members', 'board members',
    'members', 'panelists', 'panellists', 'speakers', 'chair', 'chairs', 'co-chairs', 'moderator', 'moderators', 'facilitator',
    'host', 'organizer', 'organizers', 'organiser', 'organisers',
  ],

  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  dayRangeWords: ['to', 'and'],

  contentsHeadings: ['table of contents', 'contents', 'content'],
  annexWords: ['Appendix', 'Annex'],
  documentTypes: [
    'report', 'proceedings', 'minutes', 'transcript', 'summary record', 'record of proceedings', 'meeting notes', 'hearing',
    'recap', 'notes', 'discussion notes', 'executive summary', 'white paper',
  ],
  documentOfWords: ['of the', 'of'],
  publisherWords: [
    'organisation', 'organization', 'united nations', 'ministry', 'institute', 'university', 'agency', 'bank', 'commission',
    'council', 'association', 'foundation', 'programme', 'program', 'secretariat', 'government', 'academy', 'facility',
    'initiative', 'alliance', 'federation', 'consortium', 'observatory', 'partnership', 'society',
    'court', 'senate', 'congress', 'parliament', 'house of representatives', 'working group', 'community group', 'task force',
    'board', 'centre', 'center', 'network', 'authority', 'trust',
  ],
  meetingWords: [
    'meeting', 'session', 'workshop', 'roundtable', 'round table', 'dialogue', 'symposium', 'summit', 'conference', 'seminar',
    'forum', 'committee', 'council', 'assembly', 'briefing', 'consultation', 'telecon', 'teleconference', 'telco',
  ],
  eventVerbs: ['held', 'took place', 'convened', 'organised', 'organized'],
  nameConnectors: ['of', 'on', 'for', 'and', 'the', 'in', 'to'],
  placePrepositions: ['in', 'at', 'in the', 'at the'],
  placeLabels: ['venue', 'place', 'location', 'where'],
  dateLabels: ['date', 'time'],
  listJoiners: ['and'],
  notices: [
    'preview ended', 'preview has ended', 'end of preview', 'end of the preview',
    'to read the full report', 'to read the full document', 'to read the complete report', 'to read the complete document',
    'to view the full report', 'to view the full document', 'to view the complete report', 'to view the complete document',
    'to download the full report', 'to download the full document', 'to download the complete report', 'to download the complete document',
    'machine-translated document', 'machine-translated text', 'machine-translated version',
    'machine translated document', 'machine translated text', 'machine translated version',
  ],

  smallWords: ['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to'],
  conjunctions: ['and', 'or', 'to', 'nor'],

  // Dates and the document (long-form reports)
  weekdays: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
  dayArticles: ['the'],
  agendaItemWords: ['Item', 'Agenda item'],
  sectionNames: [
    'abstract', 'summary', 'executive summary', 'introduction', 'background', 'methods', 'results', 'discussion', 'conclusion',
    'conclusions', 'recommendations', 'next steps', 'action items', 'acknowledgements', 'acknowledgments', 'acknowledgement',
    'acknowledgment', 'references', 'bibliography', 'appendix', 'appendices', 'annex', 'annexes', 'glossary', 'abbreviations',
    'acronyms', 'contact', 'contacts', "authors' addresses", "author's address", 'foreword', 'preface',
  ],
  transcriptHeadings: [
    'proceedings', 'proceeding', 'appearances', 'certificate', 'certification', "reporter's certificate", 'index', 'exhibits',
    'direct examination', 'cross-examination', 'cross examination', 'redirect examination', 'recross-examination',
    'recross examination', 'voir dire examination', 'opening statement', 'opening statements', 'closing argument',
    'closing arguments', 'morning session', 'afternoon session', 'jury charge', 'verdict',
  ],
  topLevelSections: [
    'abstract', 'executive summary', 'foreword', 'preface', 'acknowledgements', 'acknowledgments', 'acknowledgement',
    'acknowledgment', 'references', 'bibliography', 'appendices', 'annexes', 'glossary', 'abbreviations', 'acronyms', 'contact',
    'contacts', "authors' addresses", "author's address", 'status of this memo', 'copyright notice',
  ],
  pageWords: ['inside front cover', 'inside back cover', 'back cover', 'front cover', 'cover'],
  onlineVenues: [
    'virtual', 'online', 'online event', 'virtual meeting', 'teleconference', 'video conference', 'zoom', 'ms teams',
    'microsoft teams', 'webex', 'google meet', 'jitsi',
  ],
  venueWords: ['room', 'hall', 'city hall', 'town hall', 'conference room', 'auditorium', 'building', 'campus', 'hotel', 'centre', 'center'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['applause', 'laughter', 'interruption', 'cheers', 'hear, hear', 'uproar', 'murmurs', 'shouts', 'interjection', 'booing'],
  noteLabels: ['note', 'notes', 'nb', 'source', 'sources', 'example', 'warning', 'caution', 'tip', 'important', 'disclaimer', 'update', 'edit'],
})
