// The speakers detector's examples: each form it reads, each look-alike it refuses, each code it reports.
// Run by test/examples.test.ts and printed into docs/detectors.md.
import type { Examples } from '../stage.js'
import type { SpeakersOptions, SpeakersResult } from './speakers.js'

export const speakersExamples: Examples<SpeakersResult, SpeakersOptions> = {
  ok: [
    {
      title: 'a bold speaker line: name, position, department, organisation',
      form: 'speaker line',
      text: '**Tianruo WANG, Director, Department of International Trade, Ministry of Commerce**\n\nRemarks.\n',
      found: {
        speakers: [
          {
            name: 'Tianruo WANG',
            given_name: 'Tianruo',
            family_name: 'WANG',
            position: 'Director',
            department: 'Department of International Trade',
            organization: 'Ministry of Commerce',
            form: 'line',
            line: 1,
          },
        ],
      },
    },
    {
      title:
        'a seminar programme’s affiliation in parentheses: a research unit, then the university it belongs to (`EBSI, ' +
        'Université de Montréal`), is the department and the organisation; a company’s suffix is no body (`Google, Inc.`)',
      form: 'speaker line',
      text:
        '## Session\n\n**Anna Berg** (EBSI, Université de Montréal) : « Révéler des réseaux »\n\nNotes.\n\n' +
        '**Karl Lund** (Google, Inc.) : « Search »\n\nNotes.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', department: 'EBSI', organization: 'Université de Montréal', line: 3 },
          { name: 'Karl Lund', department: '', organization: 'Google, Inc.', line: 7 },
        ],
      },
    },
    {
      title: 'honorifics before the name of a speaker line, bold or stacked, kept apart from it (`Mr.`, `H.E. Ms.`)',
      form: 'speaker line',
      text:
        '## Opening\n\n**Mr. Karl NILSSON, Director, Policy Division, Nordic Institute**\n\nHe opened the meeting.\n\n' +
        '## Trade\n\n*H.E. Ms. Anna BERG*\n\n*Minister of Trade*\n\n*Ministry of Trade and Industry*\n\n' +
        'She spoke on trade and on the plans.\n',
      found: {
        speakers: [
          {
            name: 'Karl NILSSON',
            honorific: 'Mr.',
            label: 'Mr. Karl NILSSON',
            given_name: 'Karl',
            family_name: 'NILSSON',
            position: 'Director',
            department: 'Policy Division',
            organization: 'Nordic Institute',
            form: 'line',
          },
          {
            name: 'Anna BERG',
            honorific: 'H.E. Ms.',
            label: 'H.E. Ms. Anna BERG',
            given_name: 'Anna',
            family_name: 'BERG',
            position: 'Minister of Trade',
            organization: 'Ministry of Trade and Industry',
            form: 'stacked',
          },
        ],
      },
    },
    {
      title: 'a speaker line without a department; a position before a second organisation line',
      form: 'speaker line',
      text:
        '**Wei ZHANG, Vice President, Chinese Academy of Sciences**\n\nText.\n\n' +
        '**Ana Lima, Director, Division of Energy, Ministry of Mines**\n',
      found: {
        speakers: [
          { name: 'Wei ZHANG', position: 'Vice President', department: '', organization: 'Chinese Academy of Sciences', form: 'line' },
          { name: 'Ana Lima', position: 'Director', department: 'Division of Energy', organization: 'Ministry of Mines', form: 'line' },
        ],
      },
    },
    {
      title: 'a presenter’s stacked italic lines, hard breaks inside',
      form: 'stacked presenter lines',
      text: '*Jie ZHAO*\n\n*Industrial  \nDevelopment Officer*\n\n*Department of  \nProgrammes*\n\n*UNIDO*\n\nThe talk.\n',
      found: {
        speakers: [
          {
            name: 'Jie ZHAO',
            position: 'Industrial Development Officer',
            department: 'Department of Programmes',
            organization: 'UNIDO',
            form: 'stacked',
            text: 'Jie ZHAO, Industrial Development Officer, Department of Programmes, UNIDO',
            line: 1,
            first: 0,
            last: 3,
          },
        ],
      },
    },
    {
      title:
        'bold lines alone with a civility over the remarks, as French minutes from Word set who speaks (`**M. DUPONT**`, ' +
        '`**Intervention de Mme l’adjointe aux finances**`), three or more in the document; a bold topic is none',
      form: 'bold speaker lines',
      text:
        '# Procès-verbal\n\n**Budget**\n\n**M. DUPONT**\n\nLe budget est-il prêt ?\n\n' +
        '**Intervention de Mme l’adjointe aux finances**\n\nOui, il est prêt.\n\n**Monsieur le Maire**\n\nNous passons au vote.\n',
      found: {
        speakers: [
          { name: 'Dupont', label: 'M. DUPONT', honorific: 'M.', form: 'label', line: 5 },
          { name: '', label: 'Intervention de Mme l’adjointe aux finances', position: 'adjointe aux finances', line: 9 },
          { name: '', label: 'Monsieur le Maire', position: 'Maire', line: 13 },
        ],
      },
    },
    {
      title:
        'a heading naming a speech act and its speaker with a civility (`## Intervention de M. DUPONT`), as French minutes ' +
        'head a speech; a heading of such a noun without a civility (`## Questions des élus`) is none, nor a hearing’s ' +
        'heading in capitals over the statement its label opens',
      form: 'speaker heading',
      text:
        '# Subventions\n\n## Intervention de M. DUPONT\n\nJe suis pour.\n\n## Questions des élus\n\nAucune.\n\n' +
        '## STATEMENT OF SENATOR JACK REED\n\nSenator REED. Thank you.\n',
      found: {
        speakers: [
          { name: 'Dupont', label: 'Intervention de M. DUPONT', honorific: 'M.', form: 'heading', line: 3 },
          { name: 'Reed', label: 'Senator REED', form: 'label', line: 13 },
        ],
      },
    },
    {
      title:
        'a Chinese heading naming who speaks and the act (`### 主席致詞`, `## 54:47 林委員補充`, a recording’s time before ' +
        'it, whom it answers after it): a turn over the words under it; none over a screenshot or a note alone ' +
        '(`（求聽打）`), nor a heading whose verb runs on into a noun (`建議事項`); 林委員 is the one 林 the record names',
      form: 'speaker heading',
      text:
        '# 第5次會議逐字稿\n\n主席：林召集人文\n\n### 主席致詞\n\n各位委員好，會議開始。\n\n## 54:47 林委員補充 TWNIC\n\n' +
        '我補充一點。\n\n## 55:10 王委員回應\n\n![](shot.png)\n\n（求聽打）\n\n## 林委員建議事項\n\n一、加速辦理。\n',
      found: {
        speakers: [
          { name: '林文', label: '主席', form: 'heading', line: 5 },
          { name: '林文', label: '林委員', position: '委員', form: 'heading', line: 9 },
        ],
      },
    },
    {
      title: 'stacked bold lines',
      form: 'stacked presenter lines',
      text: '**Maria Lopez**\n\n**Senior Economist**\n\n**Andean Development Bank**\n\nThe talk.\n',
      found: {
        speakers: [{ name: 'Maria Lopez', position: 'Senior Economist', organization: 'Andean Development Bank', form: 'stacked' }],
      },
    },
    {
      title: 'stacked plain lines with a CAPITALISED surname and a position',
      form: 'stacked presenter lines',
      text: 'Tianruo WANG\n\nDirector\n\nMinistry of Commerce\n\nThe talk went on for a while and covered many subjects.\n',
      found: { speakers: [{ name: 'Tianruo WANG', position: 'Director', organization: 'Ministry of Commerce', form: 'stacked' }] },
    },
    {
      title: 'a transcript turn: organisation, name, role',
      form: 'transcript turn',
      text: '**IAHWG | Carolyn Schwalger | Co-Chair**\n\nThank you.\n\n**UN Secretariat | Ayaka Suzuki | Director, EOSG**\n\nThanks.\n',
      found: {
        speakers: [
          { name: 'Carolyn Schwalger', organization: 'IAHWG', position: 'Co-Chair', family_name: 'Schwalger', form: 'turn' },
          { name: 'Ayaka Suzuki', organization: 'UN Secretariat', position: 'Director, EOSG', form: 'turn' },
        ],
      },
    },
    {
      title: 'a delegation’s turn: organisation and role, no name',
      form: 'transcript turn',
      text: '**South Africa | Representative**\n\nWe agree.\n',
      found: {
        speakers: [{ name: '', given_name: '', family_name: '', organization: 'South Africa', position: 'Representative', form: 'turn' }],
      },
    },
    {
      title: 'session notes among topic labels: a given name printed once beside the turns read is one more turn; a topic is not',
      form: 'label turn',
      text:
        '## Pilot\n\n- Scope: the pilot covers two sites, a narrow scope\n- Timeline: the timeline ends in spring\n' +
        '- Sites: both sites are open\n- Costs: the costs are shared\n- Staff: two staff\n- Anna: who pays for hosting?\n' +
        '- Karl: the institute, for now.\n- Anna: and after that?\n- Karl: we ask again.\n- John: a grant, perhaps.\n' +
        '- Hosting: the institute keeps the hosting\n',
      found: {
        speakers: [
          { name: 'Anna', line: 8 },
          { name: 'Karl', line: 9 },
          { name: 'Anna', line: 10 },
          { name: 'Karl', line: 11 },
          { name: 'John', form: 'label', line: 12 },
        ],
      },
    },
    {
      title: 'a Q&A label alone, and a role as a label',
      form: 'Q&A label',
      text: '**Zhou Yan:**\n\nA question.\n\n**Moderator:**\n\nAn answer.\n',
      found: {
        speakers: [
          { name: 'Zhou Yan', form: 'label' },
          { name: '', position: 'Moderator', form: 'label' },
        ],
      },
    },
    {
      title: 'a Q&A label opening the remarks, the colon inside the bold',
      form: 'Q&A label',
      text: '## Q1\n\n**Ravi Menon:** Yes. It matters.\n\n**Moderator:** Thank you.\n',
      found: {
        speakers: [
          { name: 'Ravi Menon', text: 'Ravi Menon', form: 'label', line: 3 },
          { name: '', position: 'Moderator', text: 'Moderator', form: 'label' },
        ],
      },
    },
    {
      title: 'a Q&A label opening the remarks, the colon outside the bold',
      form: 'Q&A label',
      text: '## Q1\n\n**Ravi Menon**: Yes. It matters.\n\n**Moderator**: Thank you.\n',
      found: { speakers: [{ name: 'Ravi Menon', form: 'label', line: 3 }, { position: 'Moderator' }] },
    },
    {
      title: 'a speaker line as a heading',
      form: 'presenter heading',
      text: '## Tianruo WANG, Director, Ministry of Commerce\n\nRemarks.\n',
      found: { speakers: [{ name: 'Tianruo WANG', position: 'Director', organization: 'Ministry of Commerce', form: 'heading' }] },
    },
    {
      title: 'a numbered presenter heading: the name first, whatever the parenthesis holds',
      form: 'presenter heading',
      text: '### 1. Lin Xiaowen (Tidewater)\n\nThe talk.\n',
      found: { speakers: [{ name: 'Lin Xiaowen', organization: 'Tidewater', form: 'heading' }] },
    },
    {
      title: 'unnumbered, a name before a parenthesis that names no organisation is no presenter',
      text: '### Lin Xiaowen (Tidewater)\n\nThe talk.\n',
      found: { speakers: [] },
    },
    {
      title: 'an unnumbered presenter heading with an organisation word in the parenthesis',
      form: 'presenter heading',
      text: '### Chen Lu (Ant Group)\n\nThe talk.\n',
      found: { speakers: [{ name: 'Chen Lu', organization: 'Ant Group', form: 'heading' }] },
    },
    {
      title: 'a talk’s title with its presenter in the parenthesis, then the presenter named again: one speaker',
      form: 'presenter heading',
      text: '### Atmosfera (Paulo Kubota)\n\nPaulo Kubota apresentou os resultados do modelo.\n',
      found: { speakers: [{ name: 'Paulo Kubota', organization: '', form: 'heading' }] },
    },
    {
      title: 'agenda items naming their presenter in parentheses before the minutes allotted, or the chairs by their role',
      form: 'presenter heading',
      text: '## Intro, agenda, status (Chairs) (15)\n\nAgenda bashed.\n\n## DNS over CoAP (Martine Lenders) (15)\n\nThe draft.\n',
      found: {
        speakers: [
          { name: '', position: 'Chairs', form: 'heading', line: 1 },
          { name: 'Martine Lenders', form: 'heading', line: 5 },
        ],
      },
    },
    {
      title: 'plain minutes whose agenda items open with their presenter and a colon or a reporting verb (a label’s name)',
      form: 'presenter heading',
      text:
        '## Anna Berg: interop report\n\nTests pass.\n\n## Karl Lund: architecture\n\nNo comments.\n\n' +
        '## Ravi: server removal\n\nAnna: why?\n\nRavi: inactivity.\n\nAnna: fine.\n\nRavi: good.\n\n' +
        '## Ravi presents key upgrade\n\nDone.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', form: 'heading', line: 1 },
          { name: 'Karl Lund', form: 'heading', line: 5 },
          { name: 'Ravi', form: 'heading', line: 9 },
          { name: 'Anna', form: 'label', line: 11 },
          { name: 'Ravi', form: 'label', line: 13 },
          { name: 'Anna', form: 'label', line: 15 },
          { name: 'Ravi', form: 'label', line: 17 },
          { name: 'Ravi', form: 'heading', line: 19 },
        ],
      },
    },
    {
      title: 'items that open with a title, an attachment or a one-off name before a colon name no presenter',
      text:
        '## Open Issues: none\n\nWe will see about open issues.\n\n## Attachment A: Report from the VP\n\nText.\n\n' +
        '## Attachment B: Report from the Treasurer\n\nText.\n\n## Karl Lund: architecture\n\nText.\n',
      found: { speakers: [] },
    },
    {
      title: 'an item’s minutes, acronym or material in parentheses name no presenter',
      text: '## Flextime (0)\n\nNone.\n\n## Charter review (WG) (10)\n\nText.\n\n## Status (slides) (5)\n\nText.\n',
      found: { speakers: [] },
    },
    {
      title: 'talk headings with the presenter after a spaced dash, an initial or a full name, the body in a parenthesis',
      form: 'presenter heading',
      text: '## Tracking (Tue am)\n\n### Vertex fitting – K. Moreau\n\nThe talk.\n\n### Data access - Maria Costa (CERN)\n\nMore.\n',
      found: {
        speakers: [
          { name: 'K. Moreau', family_name: 'Moreau', form: 'heading', line: 3 },
          { name: 'Maria Costa', organization: 'CERN', form: 'heading', line: 7 },
        ],
      },
    },
    {
      title: 'a draft’s heading whose dash follows its closing parenthesis, the presenter after it',
      form: 'presenter heading',
      text: '### Proxying UDP (draft-berg-udp-listen)- Abhijit Singh\n\nThe draft.\n',
      found: { speakers: [{ name: 'Abhijit Singh', form: 'heading' }] },
    },
    {
      title: 'a series of talk headings with the presenter before the dash, the title after it',
      form: 'presenter heading',
      text:
        '### Ines Almeida - Detector Calibration\n\nThe calibration of the detector.\n\n' +
        '### Tomas Novak - Data Formats\n\nNew data formats.\n\n' +
        '### Sara Lindqvist - Event Display\n\nThe display of an event.\n',
      found: {
        speakers: [
          { name: 'Ines Almeida', given_name: 'Ines', family_name: 'Almeida', form: 'heading', line: 1 },
          { name: 'Tomas Novak', form: 'heading', line: 5 },
          { name: 'Sara Lindqvist', form: 'heading', line: 9 },
        ],
      },
    },
    {
      title: 'one heading with a name before the dash, no series: as often a title, not read',
      text: '### Ines Almeida - Detector Calibration\n\nThe calibration of the detector.\n',
      found: { speakers: [] },
    },
    {
      title: 'a series of talk summaries headed by the title, then the giver after a comma, a full stop or a question mark',
      form: 'presenter heading',
      text:
        '### A Theory of Software Change, Ayushi Rastogi\n\nThe theory of change.\n\n' +
        '### Equity Engineering: Impact & Opportunity. Dominique Wimmer\n\nThe equity team.\n\n' +
        '### How can we include the Directive in our teaching? Ita Richardson\n\nThe directive.\n',
      found: {
        speakers: [
          { name: 'Ayushi Rastogi', given_name: 'Ayushi', family_name: 'Rastogi', form: 'heading', line: 1 },
          { name: 'Dominique Wimmer', form: 'heading', line: 5 },
          { name: 'Ita Richardson', form: 'heading', line: 9 },
        ],
      },
    },
    {
      title: 'headings of a title, a comma and more words: no series of three, or words the text writes in lowercase',
      text:
        '### Tools and Approaches, Analysis Models\n\nThe analysis models we use.\n\n' +
        '### Results of the Survey, Next Steps\n\nThe next steps.\n\n' +
        '### A Theory of Software Change, Ayushi Rastogi\n\nThe theory of change.\n',
      found: { speakers: [] },
    },
    {
      title: 'a speaker line under each talk’s heading (a seminar report’s abstracts): name, then affiliation; a joint talk',
      form: 'talk speaker line',
      text:
        '## Regions in Effekt\n\nPhilipp Schuster, University of Tübingen\n\nWe demonstrate regions.\n\n' +
        '## Coexponentials\n\nAmr Sabry (Indiana University)\n\nContinuations are dual to values.\n\n' +
        '## Control-in Dependent Types\n\nWilliam J. Bowman & Paulette Koronkevich, University of British Columbia\n\n' +
        'We walk through CPS.\n',
      found: {
        speakers: [
          { name: 'Philipp Schuster', organization: 'University of Tübingen', form: 'line', line: 3 },
          { name: 'Amr Sabry', organization: 'Indiana University', form: 'line', line: 9 },
          { name: 'William J. Bowman', organization: 'University of British Columbia', form: 'line', line: 15 },
          { name: 'Paulette Koronkevich', organization: 'University of British Columbia', form: 'line', line: 15 },
        ],
      },
    },
    {
      title: 'a programme’s speaker line labelled under each talk’s heading (`Speaker: Name (Affiliation)`): the label is no part of it',
      form: 'talk speaker line',
      text:
        '## Periodic minimizers\n\nSpeaker: Lucia De Luca (CNR, Rome)\n\nAbstract: We consider systems of particles.\n\n' +
        '## To be announced\n\nSpeaker: Patrick Dondl (University of Freiburg)\n\nAbstract: To be announced\n\n' +
        '## Homogenization effects\n\nSpeaker: Enrico Micalizio (Politecnico di Torino)\n\nAbstract: Non-local functionals.\n',
      found: {
        speakers: [
          { name: 'Lucia De Luca', organization: 'CNR, Rome', line: 3 },
          { name: 'Patrick Dondl', organization: 'University of Freiburg', line: 9 },
          { name: 'Enrico Micalizio', organization: 'Politecnico di Torino', line: 15 },
        ],
      },
    },
    {
      title: 'two such lines under headings, no series: as often a caption or a contact, not read',
      text:
        '## Regions in Effekt\n\nPhilipp Schuster, University of Tübingen\n\nWe demonstrate regions.\n\n' +
        '## Contact\n\nAmr Sabry, Indiana University\n\nWrite to us.\n',
      found: { speakers: [] },
    },
    {
      title: 'a dash heading of two titles: their words are written in lowercase elsewhere',
      text: '### Open Discussion - Next Steps\n\nAn open discussion of the next steps followed.\n',
      found: { speakers: [] },
    },
    {
      title: 'a dash heading whose tail is a part of the programme, not a person',
      text: '### Reconstruction - Session (2)\n\nThe talks.\n',
      found: { speakers: [] },
    },
    {
      title: 'minutes naming the speaker inline, the role in a parenthesis',
      form: 'inline in minutes',
      text: 'Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece a todos.\n',
      found: { speakers: [{ name: 'Gilvan Sampaio', position: 'Coordenador-Geral da CGCT/INPE', organization: 'INPE', form: 'inline' }] },
    },
    {
      title: 'an organisation’s acronym in the parenthesis',
      form: 'inline in minutes',
      text: 'Daniel Vila (OMM) destacou a relevância do modelo.\n',
      found: { speakers: [{ name: 'Daniel Vila', position: '', organization: 'OMM', form: 'inline' }] },
    },
    {
      title: 'an aside between commas, then a reporting verb',
      form: 'inline in minutes',
      text: 'Ronald Buss, pelo chat, sugeriu um nome melhor para o modelo.\n',
      found: { speakers: [{ name: 'Ronald Buss', form: 'inline' }] },
    },
    {
      title:
        'an apposition saying where the speaker comes from or what they do there: `from the …`, `Position at the …`, ' +
        '`Position, Department, Body`; the body without its article',
      form: 'inline in minutes',
      text:
        'Peter Hall, from the Ministry of Health, explained the new guidelines.\n\n' +
        'Maria Lopez, Senior Researcher at the Barcelona Supercomputing Center, noted that funding is scarce.\n\n' +
        'Tom Jones, Director, Data Office, City of Oslo, presented the strategy.\n\n' +
        'Ana Souza, da Universidade de Lisboa, Portugal, que se apresentou, mencionou o curso.\n',
      found: {
        speakers: [
          { name: 'Peter Hall', position: '', organization: 'Ministry of Health', form: 'inline' },
          { name: 'Maria Lopez', position: 'Senior Researcher', organization: 'Barcelona Supercomputing Center' },
          { name: 'Tom Jones', position: 'Director', department: 'Data Office', organization: 'City of Oslo' },
        ],
      },
    },
    {
      title:
        'a bold speaker’s line opening the paragraph, a reporting verb after the bold (`**Tom Jones, Director, Data Office, ' +
        'City of Oslo** presented …`); a bold place before a verb is no one',
      form: 'inline in minutes',
      text:
        '**Tom Jones, Director, Data Office, City of Oslo** presented the strategy.\n\n' +
        '**Lisa Wong, University of Bergen,** said that it works.\n\n**Tokyo, Japan** hosted the meeting.\n',
      found: {
        speakers: [
          { name: 'Tom Jones', position: 'Director', department: 'Data Office', organization: 'City of Oslo', form: 'inline' },
          { name: 'Lisa Wong', position: '', organization: 'University of Bergen' },
        ],
      },
    },
    {
      title: 'reporting verbs of English and Portuguese',
      form: 'inline in minutes',
      text:
        'Maria Lopez praised the work.\n\nPedro Dias elogiou a apresentação.\n\n' +
        'Ana Souza mencionou o curso.\n\nSaulo Freitas pediu desculpas pelo tempo.\n',
      found: { speakers: [{ name: 'Maria Lopez' }, { name: 'Pedro Dias' }, { name: 'Ana Souza' }, { name: 'Saulo Freitas' }] },
    },
    {
      title: 'a verb stem that begins a common word of another language is a verb only as a whole word (`revenu`, `revenue`)',
      text: 'GitHub revenue accelerated to over 40% year-over-year.\n\nWindows OEM revenue increased 11%.\n',
      found: { speakers: [] },
    },
    {
      title: 'a recap’s list of who spoke: a name, an apposition saying who they are, `who` and a reporting verb',
      form: 'inline in minutes',
      text:
        '* Anna Berg, Programme Officer, who presented the survey,\n' +
        '* Karl Lund, Nordic Institute Director and Treasurer, who led a discussion on funding.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', position: 'Programme Officer', form: 'inline' },
          { name: 'Karl Lund', position: 'Nordic Institute Director and Treasurer', form: 'inline' },
        ],
      },
    },
    {
      title: 'an auxiliary or adverb between the name and the reporting verb',
      form: 'inline in minutes',
      text: '- Anna Berg also noted that the survey is late.\n- Karl Lund is asking to join the group.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', form: 'inline' },
          { name: 'Karl Lund', form: 'inline' },
        ],
      },
    },
    {
      title: 'a lead-in phrase before the speaker; an attendee table’s e-mail addresses do not make a name a word in lowercase',
      form: 'inline in minutes',
      text:
        '| Name | Email |\n| --- | --- |\n| Anna Berg | anna.berg@example.org |\n\n' +
        'During the first session, Anna Berg gave a presentation on the data strategy.\n\n' +
        'In Norway, Digital Elevation Models are shared openly.\n',
      found: { speakers: [{ name: 'Anna Berg', form: 'inline', line: 5 }] },
    },
    {
      title:
        'a French lead-in clause before the speaker and a verb of two words (`Après avoir rappelé l’ordre du jour, … fait ' +
        'lecture`); one person’s sentences under two bold headings are two turns, under one heading one',
      form: 'inline in minutes',
      text:
        '**Déroulé de l’assemblée**\n\nAprès avoir rappelé l’ordre du jour, Anne MARTIN fait lecture des statuts.\n\n' +
        'Anne MARTIN soumet les statuts au vote.\n\n**Clôture**\n\nAnne MARTIN remercie les participants et clôt la séance.\n',
      found: {
        speakers: [
          { name: 'Anne MARTIN', family_name: 'MARTIN', form: 'inline', line: 3 },
          { name: 'Anne MARTIN', form: 'inline', line: 9 },
        ],
      },
    },
    {
      title: 'a reporting verb made passive (`was added to the PMC`) reports no words; an active one does',
      form: 'inline in minutes',
      text: 'Karin Holm was added to the PMC in February.\n\nOla Berg noted that the release slipped by a week.\n',
      found: { speakers: [{ name: 'Ola Berg', form: 'inline', line: 3 }] },
    },
    {
      title: 'an action item addressed to a member (`@Chen: ask the project …`, a verb in lowercase) is no turn',
      form: 'mention',
      text: 'Committee reports.\n\n@Chen: ask the project for a report on its security\n\n@Dolores: pursue a report for Tidewater\n',
      found: { speakers: [] },
    },
    {
      title: 'a reporting verb of your own, as an option',
      text: 'Maria Lopez quipped that the work was done.\n',
      options: { verbs: 'quipped' },
      found: { speakers: [{ name: 'Maria Lopez', form: 'inline' }] },
    },
    {
      title: 'a speaker line right after a presenter’s stacked lines',
      text: '*Jie ZHAO*\n\n*Industrial Development Officer*\n\n**Ana LIMA, Director, Ministry of Mines**\n\nText.\n',
      found: {
        speakers: [
          { name: 'Jie ZHAO', form: 'stacked' },
          { name: 'Ana LIMA', form: 'line', line: 5 },
        ],
      },
    },
    {
      title: 'a speaker line in a list or a quote is no speaker',
      text: '- **Ana LIMA, Director, Ministry of Mines**\n\n> **Wei ZHANG, Vice President, Academy of Sciences**\n',
      found: { speakers: [] },
    },
    {
      title: 'bold notes, labels and titles are no speakers',
      text:
        '**Disclaimer**\n\n**Main Results, Follow-up Actions**\n\n**UNITED NATIONS, NEW YORK**\n\n' +
        '**Example:**\n\n**Keynote: Parks and People**\n\n*Guiding Framework*\n\n*UNIDO*\n',
      found: { speakers: [] },
    },
    {
      title: 'plain stacked lines need a position or department after the name',
      text: 'Maria SILVA\n\nLisbon Portugal\n\nSomething else entirely\n',
      found: { speakers: [] },
    },
    {
      title: 'a talk in a heading with a year in the parenthesis is no presenter',
      text: '### Results (2019)\n\nText.\n',
      found: { speakers: [] },
    },
    {
      title: 'sentences that open with capitalised words are no inline speakers',
      text:
        'The Secretary General’s report recommends strengthening the linkage.\n\n' +
        'United Nations staff met in Geneva.\n\n' +
        'And I’d encourage that perhaps the Secretariat can provide it.\n',
      found: { speakers: [] },
    },
    {
      title: 'two people speaking together are no one speaker',
      text: 'Saulo Freitas e Pedro Dias cumprimentam a todos.\n',
      found: { speakers: [] },
    },
    {
      title: 'a transcript title with a pipe is no turn',
      text: '**Session 2 | Mandate Creation briefing**\n',
      found: { speakers: [] },
    },
    {
      title: 'labels in every container: a paragraph, a list item, a quote; bold, italic or plain, the colon inside or outside',
      form: 'label turn',
      text: '**Anna Berg:** We agree.\n\n- *Karl Lund:* So do we.\n\n> Anna Berg: Good.\n\n**Karl Lund**: Then it is settled.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', form: 'label', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 3 },
          { name: 'Anna Berg', line: 5 },
          { name: 'Karl Lund', line: 7 },
        ],
      },
    },
    {
      title: 'one-word names and CAPITALISED surnames, read as labels once the document uses them so',
      form: 'label turn',
      text: 'Anna: Shall we start?\n\nBERG: Yes.\n\nAnna: Good.\n\nBERG: First item.\n',
      // A word alone is a given name (as chats and minutes name people), a word in capitals a surname.
      found: {
        speakers: [
          { name: 'Anna', label: 'Anna', given_name: 'Anna', family_name: '' },
          { name: 'BERG', label: 'BERG', given_name: '', family_name: 'BERG' },
          { name: 'Anna' },
          { name: 'BERG' },
        ],
      },
    },
    {
      title:
        'labels resolved to a participants list: the word a label goes by tells the given name (`Oguz`) or the surname ' +
        '(`Ms. Williams`); three plain words are else a given name and two surnames',
      form: 'label turn',
      text:
        'Present: Mehmet Oguz Derin, Marisa Armanino Williams, Carlos López Quintanilla.\n\nOguz: Shall we start?\n\n' +
        'Ms. Williams: Yes.\n\nCarlos: Agreed.\n\nOguz: Good.\n',
      found: {
        speakers: [
          { name: 'Mehmet Oguz Derin', label: 'Oguz', given_name: 'Mehmet Oguz', family_name: 'Derin' },
          { name: 'Marisa Armanino Williams', label: 'Ms. Williams', given_name: 'Marisa', family_name: 'Williams' },
          { name: 'Carlos López Quintanilla', label: 'Carlos', given_name: 'Carlos', family_name: 'López Quintanilla' },
          { name: 'Mehmet Oguz Derin' },
        ],
      },
    },
    {
      title: 'honorifics and offices, in any case, taken off the name and kept',
      form: 'label turn',
      text: 'MS. NILSSON: We object.\n\nTHE COURT: Overruled.\n\nSenator Reed: Thank you.\n\nH.E. Ms. Anna BERG: Thank you, Chair.\n',
      found: {
        speakers: [
          { name: 'Nilsson', honorific: 'Ms.', label: 'MS. NILSSON', family_name: 'Nilsson' },
          { name: '', position: 'COURT', label: 'THE COURT' },
          { name: 'Reed', honorific: 'Senator', label: 'Senator Reed', given_name: '', family_name: 'Reed' },
          { name: 'Anna BERG', honorific: 'H.E. Ms.', given_name: 'Anna', family_name: 'BERG' },
        ],
      },
    },
    {
      title:
        'more honorifics and offices before a name, in any case (`Judge`, `Ambassador`, `Prof.`, `Mrs.`, ' +
        '`SENATOR`, `Madam Chair`); a body as a role (`The Secretariat:`)',
      form: 'label turn',
      text:
        'Judge Berg: Be seated.\n\nAmbassador Lund: Thank you.\n\nProf. Dahl: A question.\n\nMrs. Roe: An answer.\n\n' +
        'SENATOR HOLM: Another.\n\nMadam Chair: We go on.\n\nThe Secretariat: The report is ready.\n',
      found: {
        speakers: [
          { name: 'Berg', honorific: 'Judge', label: 'Judge Berg', family_name: 'Berg' },
          { name: 'Lund', honorific: 'Ambassador', family_name: 'Lund' },
          { name: 'Dahl', honorific: 'Prof.', family_name: 'Dahl' },
          { name: 'Roe', honorific: 'Mrs.', family_name: 'Roe' },
          { name: 'Holm', honorific: 'Senator', label: 'SENATOR HOLM', family_name: 'Holm' },
          { name: '', honorific: 'Madam', position: 'Chair', label: 'Madam Chair' },
          { name: '', position: 'Secretariat', label: 'The Secretariat' },
        ],
      },
    },
    {
      title:
        'a court reporter’s transcript in plain text: a number in the margin of every line, double spacing, ' +
        'page numbers and form feeds; labels at any indent after the number',
      form: 'label turn',
      text:
        '                                                      1\n\n 1                      IN THE UNITED STATES DISTRICT COURT\n' +
        '\n 2                           FOR THE NORTHERN DISTRICT\n\n 3          \n\n 4          P R O C E E D I N G S\n' +
        '\n 5                         THE COURT:    Be seated, please.\n\n 6          Are we ready to proceed?\n' +
        '\n 7                         MS. NILSSON:    We are, Your Honor.\n\n 8          The plaintiff calls its first witness.\n' +
        '\n 9                         THE COURT:    Very well.\n\n10          Proceed when you are ready,\n' +
        '\n11          counsel.\n\f\n                                                      2\n\n 1          and take your time.\n' +
        '\n 2                         MR. BERG:    Thank you, Your Honor.\n\n 3          We have a short opening.\n' +
        '\n 4                         THE COURT:    Go ahead.\n',
      found: {
        speakers: [
          { name: '', position: 'COURT', label: 'THE COURT', line: 11 },
          { name: 'Nilsson', honorific: 'Ms.', label: 'MS. NILSSON', line: 15 },
          { name: '', position: 'COURT', label: 'THE COURT', line: 19 },
          { name: 'Berg', honorific: 'Mr.', label: 'MR. BERG', line: 29 },
          { name: '', position: 'COURT', label: 'THE COURT', line: 33 },
        ],
      },
    },
    {
      title: 'capitals without a vowel opening a name are a given name’s initials (`TJ Okafor`), no family name in capitals; `NG` is one',
      form: 'label turn',
      text: 'TJ Okafor: We begin.\n\nNG Wai Ming: Thanks.\n\nTJ Okafor: Next item.\n\nNG Wai Ming: Agreed.\n',
      found: {
        speakers: [
          { name: 'TJ Okafor', given_name: 'TJ', family_name: 'Okafor' },
          { name: 'NG Wai Ming', given_name: 'Wai Ming', family_name: 'NG' },
          { name: 'TJ Okafor', given_name: 'TJ', family_name: 'Okafor' },
          { name: 'NG Wai Ming', given_name: 'Wai Ming', family_name: 'NG' },
        ],
      },
    },
    {
      title: 'initials the attendee list gives a member whose given name is itself initials (`TJ Fontaine (TF)`): TJ is the given name',
      form: 'label turn',
      text:
        '## Attendees\nChris Williams (CW)\nTJ Fontaine (TF)\nTodd Moore (TM)\n\n## Code of Conduct WG\n' +
        '**TM:** No bandwidth to run this WG.\n**TF:** Would be happy to drive this WG.\n**CW:** Checkpoint.\n',
      found: {
        speakers: [
          { name: 'Todd Moore', label: 'TM', line: 7 },
          { name: 'TJ Fontaine', label: 'TF', given_name: 'TJ', family_name: 'Fontaine', line: 8 },
          { name: 'Chris Williams', label: 'CW', line: 9 },
        ],
      },
    },
    {
      title: 'the note-taker’s doubt after the initials (`IS (?):`) is no organisation: the listed member’s turn, the label as printed',
      form: 'label turn',
      text:
        'Attendees: Isaac Schlueter (IS), Trevor Norris (TN)\n\n## Governance\n\n' +
        '**TN:** Concern about accountability.\n**IS (?):** Makes sense to have more committers.\n**TN:** Who signs off?\n',
      found: {
        speakers: [
          { name: 'Trevor Norris', label: 'TN', line: 5 },
          { name: 'Isaac Schlueter', label: 'IS (?)', organization: '', line: 6 },
          { name: 'Trevor Norris', label: 'TN', line: 7 },
        ],
      },
    },
    {
      title: 'a question before a colon is no label (`Why?: …`); the doubt mark in parentheses makes none of words that are no name',
      form: 'label turn',
      text: 'Why?: nobody knew.\n\nAnd then (?): nothing.\n',
      found: { speakers: [] },
    },
    {
      title: 'agenda headings naming the item’s lead in parentheses over labelled turns (board minutes): the labels speak, not the lead',
      form: 'presenter heading',
      text:
        '## Attendees\nScott Hammond (SH)\nDan Shaw (DS)\nChris Saint-Amant (CS)\n\n## Recap\n\n' +
        '### Trademark WG (Scott Hammond)\n**SH:** Some overlap with compliance.\n\n' +
        '### Advisory Board WG (Dan Shaw)\n**CS:** Set two objectives.\n**DS:** Will meet again.\n\n' +
        '### Compliance WG (Dan Shaw)\n**DS:** Still compiling notes.\n\n### GitHub Process (Scott Hammond)\nNo updates.\n',
      found: {
        speakers: [
          { name: 'Scott Hammond', label: 'SH', line: 9 },
          { name: 'Chris Saint-Amant', label: 'CS', line: 12 },
          { name: 'Dan Shaw', label: 'DS', line: 13 },
          { name: 'Dan Shaw', label: 'DS', line: 16 },
        ],
      },
    },
    {
      title: 'an earnings call’s analyst: a name in capitals, the firm in mixed case after a comma; the name alone later',
      form: 'label turn',
      text:
        '**ANNA BERG:** Thanks. Next question, please.\n\n**KARL LUND, Nordic Capital Markets:** Thank you. A question on ' +
        'margins.\n\n**ANNA BERG:** Margins rose.\n\n**KARL LUND:** Thanks.\n\n**OMAR HADDAD, University of Oslo:** One more.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'ANNA BERG', organization: '' },
          { name: 'Karl Lund', label: 'KARL LUND, Nordic Capital Markets', organization: 'Nordic Capital Markets' },
          { name: 'Anna Berg' },
          { name: 'Karl Lund', label: 'KARL LUND' },
          { name: 'Omar Haddad', organization: 'University of Oslo' },
        ],
      },
    },
    {
      title: 'after a name and a comma, words in capitals, a sentence or a phrase in lowercase are no firm: no turn',
      form: 'label turn',
      text:
        '**ANNA BERG:** Thanks.\n\n**KARL LUND:** Good.\n\n**ANNA BERG:** Next.\n\n**KARL LUND:** Fine.\n\n' +
        '**ANNA BERG, KARL LUND:** Both.\n\n' +
        '**Budget, Staff and Costs:** none.\n\n**KARL LUND, as agreed:** later.\n',
      found: { speakers: [{ name: 'Anna Berg' }, { name: 'Karl Lund' }, { name: 'Anna Berg' }, { name: 'Karl Lund', line: 7 }] },
    },
    {
      title:
        'a broadcast transcript’s first label credits the speaker after a comma (`HOST`, a `BYLINE` no office); the later ' +
        'turns, the surname alone in capitals, are the same person’s with that credit; capitals ending in no credit ' +
        '(a second name) are no turn',
      form: 'label turn',
      text:
        'STEVE INSKEEP, HOST:\n\nGood morning.\n\nDAVID FOLKENFLIK, BYLINE: The paper was sold.\n\nINSKEEP: To whom?\n\n' +
        'FOLKENFLIK: To a hedge fund.\n\nINSKEEP: Thanks, David.\n\nSTEVE INSKEEP, DAVID FOLKENFLIK: Both.\n\nFOLKENFLIK: Bye.\n',
      // NPR's and CNN's convention (`WOLF BLITZER, CNN ANCHOR:`): the credit is the position, a byline credits staff.
      found: {
        speakers: [
          { name: 'Steve Inskeep', label: 'STEVE INSKEEP, HOST', given_name: 'Steve', family_name: 'Inskeep', position: 'HOST' },
          { name: 'David Folkenflik', label: 'DAVID FOLKENFLIK, BYLINE', position: '' },
          { name: 'Steve Inskeep', label: 'INSKEEP', position: 'HOST' },
          { name: 'David Folkenflik', label: 'FOLKENFLIK', position: '' },
          { name: 'Steve Inskeep', label: 'INSKEEP', position: 'HOST' },
          { name: 'David Folkenflik', label: 'FOLKENFLIK', line: 15 },
        ],
      },
    },
    {
      title: 'the period form of US congressional records and hearings',
      form: 'period label',
      text:
        'Mr. REID. Mr. President, I rise today.\n\nThe PRESIDENT pro tempore. The Senator from Kentucky.\n\n' +
        'Chairman Shelby. The hearing will come to order.\n\nQ.1. Is the rate too high?\n',
      found: {
        speakers: [
          { name: 'Reid', honorific: 'Mr.', label: 'Mr. REID' },
          { name: '', position: 'PRESIDENT pro tempore', label: 'The PRESIDENT pro tempore' },
          { name: 'Shelby', position: 'Chairman', honorific: '' },
          { name: '', position: '', label: 'Q.1.' },
        ],
      },
    },
    {
      title: 'the House’s period labels: a member’s seat after the name (in the label, not the name), the Committee of the Whole’s chair',
      form: 'period label',
      text:
        'Mr. SMITH of Texas. Mr. Speaker, I rise in support.\n\nMrs. JO ANN DAVIS of Virginia. I thank the gentleman.\n\n' +
        'Mr. Moore of Kansas. Thank you, Madam Chairwoman.\n\nThe Acting CHAIRMAN (Mr. LaHood). The Committee will rise.\n\n' +
        'The CHAIRMAN. The question is on the amendment.\n',
      found: {
        speakers: [
          { name: 'Smith', honorific: 'Mr.', label: 'Mr. SMITH of Texas', organization: '' },
          { name: 'Jo Ann Davis', honorific: 'Mrs.', label: 'Mrs. JO ANN DAVIS of Virginia' },
          { name: 'Moore', honorific: 'Mr.', label: 'Mr. Moore of Kansas' },
          { name: 'LaHood', honorific: 'Mr.', position: 'Acting CHAIRMAN', label: 'The Acting CHAIRMAN (Mr. LaHood)' },
          { name: '', position: 'CHAIRMAN', label: 'The CHAIRMAN' },
        ],
      },
    },
    {
      title: 'after an honorific a one-word name is a family name: `Mr. Frank` is the listed Barney Frank, not Frank Lucas',
      form: 'period label',
      text: 'Present: Frank Lucas, Barney Frank, Scott Garrett, David Scott.\n\nMr. Frank. Thank you.\n\nMr. Scott. I agree.\n',
      found: {
        speakers: [
          { name: 'Barney Frank', label: 'Mr. Frank' },
          { name: 'David Scott', label: 'Mr. Scott' },
        ],
      },
    },
    {
      title: 'a plural office before a list of names (`Present: Representatives Kelly, Royce`) is no part of the first name',
      form: 'period label',
      text: 'Present: Representatives Kelly, Royce, Gutierrez.\n\nChairwoman Kelly. The hearing will come to order.\n\nMr. Royce. Hi.\n',
      found: {
        speakers: [
          { name: 'Kelly', label: 'Chairwoman Kelly' },
          { name: 'Royce', label: 'Mr. Royce' },
        ],
      },
    },
    {
      title: 'a list of family names alone (`Present: Representatives Kelly, Royce`) takes the fuller names a roster line prints',
      form: 'period label',
      text:
        'SUE W. KELLY, New York, Chair\n\nEDWARD R. ROYCE, California          DENNIS MOORE, Kansas\n\n' +
        'Present: Representatives Kelly, Royce, Moore.\n\nChairwoman Kelly. The hearing will come to order.\n\nMr. Royce. Thanks.\n',
      found: {
        speakers: [
          { name: 'Sue W. Kelly', label: 'Chairwoman Kelly' },
          { name: 'Edward R. Royce', label: 'Mr. Royce' },
        ],
      },
    },
    {
      title:
        'a witness’s STATEMENT OF heading broken anywhere runs on over its capital lines; a family name’s mixed-case prefix ' +
        '(`DeBOER`, `DeFAZIO`) is a name in capitals still',
      form: 'period label',
      text:
        'STATEMENT OF TERRY FLEMING, DIRECTOR OF EXTERNAL AFFAIRS, RISK\n    AND INSURANCE MANAGEMENT SOCIETY\n\n' +
        'Mr. Fleming. Thank you.\n\nSTATEMENT OF JEFFREY D. DeBOER, PRESIDENT AND CEO, THE REAL\n    ESTATE ROUNDTABLE\n\n' +
        'Mr. DeBoer. Good morning.\n\nMr. DeFAZIO. Mr. Chairman, I rise.\n',
      found: {
        speakers: [
          { name: 'Terry Fleming', position: 'Director of External Affairs', organization: 'Risk and Insurance Management Society' },
          { name: 'Jeffrey D. DeBoer', organization: 'The Real Estate Roundtable' },
          { name: 'DeFazio', label: 'Mr. DeFAZIO' },
        ],
      },
    },
    {
      title:
        'a witness’s affiliation that ends in a company with its legal form (`…, Inc.`): that company is the institution, ' +
        'the parts between it and the office its unit, not its name',
      form: 'period label',
      text:
        'STATEMENT OF PETER ULRICH, SENIOR VICE PRESIDENT, MODEL\n    MANAGEMENT, RISK MANAGEMENT SOLUTIONS, INC.\n\n' +
        'Mr. Ulrich. Thank you.\n\nSTATEMENT OF ANNA BERG, DIRECTOR, ARCTIC DATA HUB, NORDIC INSTITUTE\n\nMs. Berg. Hello.\n',
      found: {
        speakers: [
          { name: 'Peter Ulrich', position: 'Senior Vice President', organization: 'Risk Management Solutions, Inc.' },
          { name: 'Anna Berg', position: 'Director', organization: 'Arctic Data Hub, Nordic Institute' },
        ],
      },
    },
    {
      title: 'a period label alone is the chair calling on a member, not the member’s turn; a bracketed note is no nick',
      form: 'period label',
      text: 'Chairman Shelby. Thank you.\n\n[Laughter.]\n\nSenator Reed.\n\nSenator Reed. Thank you, Mr. Chairman.\n',
      found: {
        speakers: [
          { name: 'Shelby', position: 'Chairman', label: 'Chairman Shelby' },
          { name: 'Reed', honorific: 'Senator', label: 'Senator Reed', given_name: '', family_name: 'Reed' },
        ],
      },
    },
    {
      title: 'a role’s label whose sentence runs on in lowercase is a turn, not a list of the role’s holders',
      form: 'label turn',
      text: 'THE COURT: Well, Mr. Stockwell, I\nunderstand your point.\n\nMR. STOCKWELL: Thank you.\n\nTHE COURT: Proceed.\n',
      found: { speakers: [{ label: 'THE COURT' }, { label: 'MR. STOCKWELL' }, { label: 'THE COURT' }] },
    },
    {
      title: 'French, German, Spanish and Chinese labels: a space before the colon, offices and civilities, a party, a full-width colon',
      form: 'label turn',
      text:
        'Philippe MARTIN : Merci.\n\nMme la présidente : La séance est ouverte.\n\n' +
        'Präsident Dr. Köhler: Das Wort hat der Abgeordnete.\n\nDr. Weber (SPD): Meine Damen und Herren!\n\n' +
        'El Sr. presidente: Buenos días.\n\n主持人：大家好。\n\n張三（某某部）：謝謝。\n',
      found: {
        speakers: [
          { name: 'Philippe MARTIN', label: 'Philippe MARTIN' },
          { name: '', honorific: 'Mme', position: 'présidente' },
          { name: 'Köhler', honorific: 'Dr.', position: 'Präsident' },
          { name: 'Weber', honorific: 'Dr.', organization: 'SPD', label: 'Dr. Weber (SPD)' },
          { name: '', honorific: 'Sr.', position: 'presidente' },
          { name: '', position: '主持人' },
          { name: '張三', organization: '某某部', family_name: '張', given_name: '三' },
        ],
      },
    },
    {
      title:
        'a Chinese record’s turns right under its title and field lines (`時間：…`): a line ending `。` or holding a ' +
        'clause’s `，` is no line of the title page',
      form: 'label turn',
      text:
        '# 第三次工作小組會議紀錄\n\n時間：民國110年3月5日下午2時\n\n地點：本部第一會議室\n\n' +
        '林召集人文：今天我們討論明年度的預算編列原則，請各單位提出意見。\n\n張處長明：經濟部建議維持今年的編列方式。\n\n' +
        '林召集人文：好，散會\n',
      found: {
        speakers: [
          { name: '林文', position: '召集人', label: '林召集人文' },
          { name: '張明', position: '處長' },
          { name: '林文', label: '林召集人文' },
        ],
      },
    },
    {
      title:
        'a Chinese record’s head, its field lines run on without blank lines: `主席：林召集人文` names who presides (the ' +
        'label `主席：` alone is that person, 林文), `出席：` and `列席：` list the members, `記錄：` the recorder; no field line is a turn',
      form: 'label turn',
      text:
        '# 數位發展推動小組第3次會議紀錄\n\n時間：中華民國一一〇年三月五日（星期五）上午10時\n地點：本院第一會議室\n' +
        '主席：林召集人文\n出席：陳委員長美、歐陽委員明華\n列席：經濟部張處長明\n記錄：李小華\n\n' +
        '陳委員長美：我有意見，請經濟部說明。\n\n經濟部張處長明：我們會研議。\n\n主席：謝謝，請歐陽委員。\n\n歐陽委員明華：補充一點。\n',
      found: {
        speakers: [
          { name: '陳美', position: '委員長', label: '陳委員長美', line: 10 },
          { name: '張明', position: '處長', organization: '經濟部', line: 12 },
          { name: '林文', label: '主席', family_name: '林', given_name: '文', line: 14 },
          { name: '歐陽明華', family_name: '歐陽', given_name: '明華', position: '委員', line: 16 },
        ],
      },
    },
    {
      title:
        'a Chinese record’s chair alone before a speech act (`一、主席報告…`) is whom its head’s field spread over the line ' +
        'names (`主 席：林副議長棋山`); the chair named with its office (`主席林副議長棋山報告：`) is that person. Refused: a ' +
        'name without an office before the act (`王小明表示同意`), a head field’s line',
      form: 'reported',
      text:
        '時 間：中華民國 105 年 05 月 11 日\n主 席：林副議長棋山\n記 錄：游小華\n\n一、主席報告簽到議員已達法定人數。\n\n' +
        '二、主席林副議長棋山報告：報告順序互換進行。\n\n三、王小明表示同意。\n',
      found: {
        speakers: [
          { name: '林棋山', label: '主席', family_name: '林', given_name: '棋山', line: 5 },
          { name: '林棋山', position: '副議長', family_name: '林', given_name: '棋山', line: 7 },
        ],
      },
    },
    {
      title:
        'the chair’s field line in a paragraph of its own (`主持人：王小明、李大華` names two: no one presides alone); a ' +
        'sentence after `主席：` is the chair speaking, not the office’s holder',
      form: 'label turn',
      text: '主持人：王小明、李大華\n\n主席：謝謝，請王委員。\n\n王委員小明：好。\n',
      found: {
        speakers: [
          { name: '', position: '主席', label: '主席' },
          { name: '王小明', position: '委員' },
        ],
      },
    },
    {
      title:
        'a council’s record of what its members asked: the label is the name with the office inside it and the act after it ' +
        '(`陳議員孝仁詢及：`, 陳孝仁, a councillor, asked); a field’s word before an office (`出席議員：`, `質詢議員：`) lists ' +
        'who attended or asked, no turn',
      form: 'label turn',
      text: '出席議員：黃定和 張建榮 林錫明\n\n質詢議員：陳孝仁 陳傑麟\n\n陳議員孝仁詢及：請提供員警之人數，函復本席。\n\n王部長答詢：好。\n',
      found: {
        speakers: [
          { name: '陳孝仁', family_name: '陳', given_name: '孝仁', position: '議員', label: '陳議員孝仁詢及' },
          { name: '王', family_name: '王', given_name: '', position: '部長', label: '王部長答詢' },
        ],
      },
    },
    {
      title:
        'a Chinese full name written before its office (`許哲仁顧問：`, `簡維克律師：`), an office held here before it (`主席 ' +
        '王德威處長：`); two characters before an office are a place (`高雄市長：`, the mayor of Kaohsiung), not a name',
      form: 'label turn',
      text: '許哲仁顧問：長官好。\n\n簡維克律師：主席好。\n\n主席 王德威處長：謝謝。\n\n高雄市長：補充。\n',
      found: {
        speakers: [
          { name: '許哲仁', family_name: '許', given_name: '哲仁', position: '顧問' },
          { name: '簡維克', position: '律師' },
          { name: '王德威', position: '處長', label: '主席 王德威處長' },
          { name: '', position: '市長', organization: '高雄' },
        ],
      },
    },
    {
      title:
        'the chair’s first label names who presides, the name in parentheses or after a space (`主席（林召集人文）：`, ' +
        '`主席 王德威處長：`): the label `主席：` alone later is that person',
      form: 'label turn',
      text: '主席（林召集人文）：現在開會。\n\n陳委員長美：我有意見。\n\n主席：好，散會。\n',
      found: {
        speakers: [
          { name: '林文', position: '召集人', label: '主席（林召集人文）' },
          { name: '陳美', position: '委員長' },
          { name: '林文', label: '主席' },
        ],
      },
    },
    {
      title:
        'council labels by an office’s abbreviation, titles and a degree (`Bgm. Dr. Rabl:`, `GR. Hufnagl, MBA:`, `Zwischenruf …:`): ' +
        'the one full name of that family the minutes print elsewhere; none when two share it',
      form: 'label',
      text:
        'Anfrage an Vzbgm. Mag. Klaus Schinninger betreffend Schulen; anwesend Gerhard Kroiß und Christiane Kroiß.\n\n' +
        'Bgm. Dr. Rabl: Ich eröffne die Sitzung.\n\nVzbgm. Mag. Schinninger: Danke für die Anfrage.\n\n' +
        'GR. Hufnagl, MBA: Eine Frage dazu.\n\nZwischenruf GR. Hufnagl, MBA: Meines!\n\nGR. Kroiß: Ich stimme zu.\n',
      found: {
        speakers: [
          { name: 'Rabl', honorific: 'Dr.', position: 'Bürgermeister', label: 'Bgm. Dr. Rabl' },
          { name: 'Klaus Schinninger', given_name: 'Klaus', honorific: 'Mag.', position: 'Vizebürgermeister' },
          { name: 'Hufnagl', position: 'Gemeinderat', label: 'GR. Hufnagl, MBA' },
          { name: 'Hufnagl', position: 'Gemeinderat', label: 'Zwischenruf GR. Hufnagl, MBA' },
          { name: 'Kroiß', position: 'Gemeinderat' },
        ],
      },
    },
    {
      title: 'an office that also names the council, before a name (`Gemeinderat Weber fragt …`); the council itself is no speaker',
      form: 'reporting sentence',
      text:
        'Gemeinderat Weber fragt nach den Kosten.\n\nDer Gemeinderat stimmt zu.\n\n' +
        'Stadtrat Müller erklärt, dass die Mittel bereitstehen.\n',
      found: {
        speakers: [
          { name: 'Weber', position: 'Gemeinderat', form: 'reported' },
          { name: 'Müller', position: 'Stadtrat', form: 'reported' },
        ],
      },
    },
    {
      title: 'a label written as a heading is a turn, not a section; a Chinese title between surname and given name',
      form: 'label heading',
      text: '### 林召集人文：\n\n請各位發言。\n\n### 某某部張處長明：\n\n謝謝召集人。\n',
      found: {
        speakers: [
          { name: '林文', position: '召集人', family_name: '林', given_name: '文', form: 'label' },
          { name: '張明', position: '處長', organization: '某某部' },
        ],
      },
    },
    {
      title:
        'labels written as headings in any language (pandoc’s attributes after them); the body before a Chinese surname, ' +
        'an office’s prefixes, a withheld name',
      form: 'label heading',
      text:
        '### 林政務委員萬億：\n\n請各位發言。\n\n### 交通部王次長國材：\n\n謝謝。\n\n### 經濟部代表：\n\n補充。\n\n' +
        '### 陳○○：\n\n請問。\n\n### Anna Berg: {#anna-berg}\n\nThank you.\n',
      found: {
        speakers: [
          { name: '林萬億', family_name: '林', given_name: '萬億', position: '政務委員', form: 'label' },
          { name: '王國材', position: '次長', organization: '交通部' },
          { name: '', position: '代表', organization: '經濟部' },
          { name: '陳○○', family_name: '陳' },
          { name: 'Anna Berg', form: 'label' },
        ],
      },
    },
    {
      title: 'a bold label CommonMark leaves as asterisks before Chinese text (`**林召集人文：**各位好`)',
      form: 'label turn',
      text: '**林召集人文：**各位好。\n\n**某某部張處長明：**謝謝。\n',
      found: {
        speakers: [
          { name: '林文', position: '召集人', label: '林召集人文' },
          { name: '張明', position: '處長', organization: '某某部' },
        ],
      },
    },
    {
      title: 'a label line run on after other lines of a paragraph, in a record whose turns have labels (three at least)',
      form: 'label turn',
      text: '议题一：预算\n介绍：说明预算。\n熊博：建议加快。\n\n田俊：同意。\n\nAnna Berg: Agreed.\n',
      found: { speakers: [{ name: '熊博', label: '熊博', line: 3 }, { name: '田俊' }, { name: 'Anna Berg' }] },
    },
    {
      title:
        'a transcript labelled by full names in capitals, a turn a line, no blank lines; a middle initial; the chair calling on members',
      form: 'label turn',
      text:
        'Special Meeting\nJANE OKAFOR: I call the meeting to order. Director Lund.\nKARL LUND: Present.\n' +
        'JANE OKAFOR: Director Berg.\nANNA M. BERG: Here.\nJANE OKAFOR: Thank you. Do we have a motion?\n' +
        'KARL LUND: So moved.\nANNA M. BERG: Second.\nJANE OKAFOR: The motion carries.\n',
      found: {
        speakers: [
          { name: 'Jane Okafor', label: 'JANE OKAFOR', line: 2 },
          { name: 'Karl Lund', line: 3 },
          { name: 'Jane Okafor', line: 4 },
          { name: 'Anna M. Berg', label: 'ANNA M. BERG', given_name: 'Anna', family_name: 'Berg', line: 5 },
          { name: 'Jane Okafor' },
          { name: 'Karl Lund' },
          { name: 'Anna M. Berg' },
          { name: 'Jane Okafor', line: 9 },
        ],
      },
    },
    {
      title:
        'plain-text minutes, a statement a line: a reporting sentence opens a turn after a line that ends a sentence; ' +
        'a letterhead’s office – holder lines resolve `Chair Okafor`',
      form: 'reported',
      text:
        'Harbour Board\nChair – Jane Okafor, District 1\nTreasurer – Karl Lund, District 2\nSecretary – Anna Berg, District 3\n\n' +
        'FINANCE COMMITTEE MEETING\nThe meeting began at 6 p.m. with all members present.\n' +
        'Treasurer Lund said the audit was finished and that the accounts of the year were in\norder.\n' +
        'Chair Okafor asked when the report would be published.\n' +
        'Director Berg suggested publishing it in May, after the board had read it.\nChair Okafor agreed.\n\f',
      found: {
        speakers: [
          { name: 'Karl Lund', label: 'Treasurer Lund', position: 'Treasurer', line: 8 },
          { name: 'Jane Okafor', label: 'Chair Okafor', position: 'Chair', line: 10 },
          { name: 'Anna Berg', label: 'Director Berg', line: 11 },
          { name: 'Jane Okafor', line: 12 },
        ],
      },
    },
    {
      title:
        'in plain text, a given name alone opens a reported turn on a line after a sentence when a list of the document ' +
        'names that participant so (`- Anna`); a given name no list has (`Bruno`) does not',
      form: 'reported',
      text:
        'Working Group Notes\n\nAttending:\n\n- Anna\n- Karl\n\nReview\nThe certification team has not looked at the draft yet.\n' +
        'Bruno asked for a review in May.\nAnna asked Karl to nudge the team to start the review.\nThe team will meet on Friday.\n\f',
      found: { speakers: [{ name: 'Anna', given_name: 'Anna', label: 'Anna', line: 11 }] },
    },
    {
      title:
        'in plain text, an `o` typed before a capital with one space is a bullet where it opens a block or goes on a list ' +
        '(`o Eva presented the roadmap.`): each item a reported turn; a wrapped line of a paragraph opening with the word ' +
        '`o` (Portuguese) is text',
      form: 'reported',
      text:
        'Steering Committee Notes\n\nAttendees: Anna Berg, Carl Dunn, Eva Fox\n\n2. Roadmap\n\no Eva presented the roadmap.\n' +
        'o Carl asked about the release date.\no Agreed to release in June.\n\n3. Other\n\nA ata foi lida e aprovada por todos,\n' +
        'o Presidente Carlos Dias agradeceu a presença.\n\f',
      found: {
        speakers: [
          { name: 'Eva Fox', label: 'Eva', line: 7 },
          { name: 'Carl Dunn', label: 'Carl', line: 8 },
        ],
      },
    },
    {
      title:
        'in plain text, a roll call’s given name (`Anna Berg` a line of `Directors Present:`, one person’s) opens a ' +
        'reported turn on the line after a sentence, inside a paragraph wrapped at a fixed width; a given name the roll ' +
        'call lacks (`Bruno`) does not',
      form: 'reported',
      text:
        'Board of Directors Meeting Minutes\n\nDirectors Present:\n\n    Anna Berg\n    Karl Lund\n\n1. Chair Report\n\n' +
        '    The board had a quiet month and the audit was\n    finished. Karl asked whether it covered travel.\n' +
        '    Anna said that it did.\n    Bruno asked for the report in May.\n\f',
      found: { speakers: [{ name: 'Anna Berg', label: 'Anna', line: 12 }] },
    },
    {
      title:
        'in plain text, a given name of the full names a `Present:` line parts by commas (`Anna Berg (chair), Karl Lund, …`) ' +
        'opens a turn on the line after a sentence, by a colon (`Anna: Thank you.`) or a reporting verb (`Anna noted that …`); ' +
        'a name of the `Absent:` line (`Tomas`) still opens the paragraph it starts',
      form: 'label turn',
      text:
        'Minutes of the Committee Meeting\n\nPresent: Anna Berg (chair), Karl Lund, Lena Lindqvist\nAbsent: Tomas Novak\n\n' +
        '1. Treasurer report\n\n   Karl: The accounts for the year are in order and\n   the auditors have signed them off.\n' +
        '   Anna: Thank you. Are there questions?\n\n2. Any other business\n\n   Tomas asked by email that the date be moved.\n' +
        '   Anna noted that the next meeting is on 7 July.\n\f',
      found: {
        speakers: [
          { name: 'Karl Lund', label: 'Karl', line: 8 },
          { name: 'Anna Berg', label: 'Anna', line: 10 },
          { name: 'Tomas Novak', label: 'Tomas', line: 14 },
          { name: 'Anna Berg', label: 'Anna', line: 15 },
        ],
      },
    },
    {
      title:
        'a remark set in brackets beside a report and opened by who made it (`[ Karl Lund: the numbers look low. ]`): a label ' +
        'turn; an editor’s or a minute-taker’s bracketed note (`[Note: …]`, `[Action: …]`, `[Editor: …]`) is none',
      form: 'label turn',
      text:
        'Board Minutes\n\nPresent: Anna Berg, Karl Lund\n\n[Note: this item was corrected later.]\n\n' +
        '[Action: Karl to draft the policy.]\n\n[ Karl Lund: the numbers look low. ]\n\n[Editor: see the attachment.]\n',
      found: { speakers: [{ name: 'Karl Lund', label: 'Karl Lund', line: 9 }] },
    },
    {
      title:
        'minutes that name a member once in full with initials in parentheses (`Richard French (RF)`, in prose) and then by ' +
        'the initials alone before a reporting verb (`RF advised that …`): the full name; initials two names share name nobody',
      form: 'reported',
      text:
        'Parish Council Minutes\n\nA report had been received from the Allotment Liaison Officer, Richard French (RF).\n\n' +
        'RF advised that two plots were overgrown.\n\nRebecca Foster (RF2) and Sam Hill (SH) sent apologies; Sara Holt (SH) too.\n\n' +
        'SH advised that the hall was booked.\n',
      found: { speakers: [{ name: 'Richard French', label: 'RF', given_name: 'Richard', family_name: 'French', line: 5 }] },
    },
    {
      title:
        'an attendance line’s initials and an office after a dash (`Lorraine Hunt (LH) – Vice-Chairman`), the list ending in a ' +
        'full stop (`Paula Kellingray (PK).`): each member, the office kept',
      form: 'reported',
      text:
        'Parish Council Minutes\n\nPresent: Pam Bullas (PB), Lorraine Hunt (LH) – Vice-Chairman, Paula Kellingray (PK).\n\n' +
        'LH asked whether anyone present would be filming the meeting.\n\nPK advised that the hall was well supported.\n',
      found: {
        speakers: [
          { name: 'Lorraine Hunt', label: 'LH', position: 'Vice-Chairman', line: 5 },
          { name: 'Paula Kellingray', label: 'PK', line: 7 },
        ],
      },
    },
    {
      title:
        'reported speech in minutes: an office after its article and its holder’s name set off by commas (`The host, ' +
        'Wolfgang Walter, informed …`), the name the label and the office the position; an office alone (`The convener ' +
        'explained …`) is whom the document names so (`Convener: John Reid`); initials a listed member’s (`DK said …`). ' +
        'Refused: a passive, a body (`The committee, WG5, agreed`, `WG5 thanked`), a country, an office with no name after it',
      form: 'reported',
      text:
        'Minutes of the meeting\n\nConvener: John Reid\n\nPresent: Anna Berg, Wolfgang Walter, David Klein\n\n' +
        'The host, Wolfgang Walter, informed the meeting about the local arrangements.\n\n' +
        'The chair, Anna Berg, noted that the agenda was adopted.\n\nThe convener explained the schedule.\n\n' +
        'DK said that the draft was ready.\n\nThe host, Wolfgang Walter, was thanked for the dinner.\n\n' +
        'The committee, WG5, agreed to forward the paper.\n\nWG5 thanked the host.\n\nUS noted the vote.\n\n' +
        'The chair, after discussion, agreed to wait.\n',
      found: {
        speakers: [
          { name: 'Wolfgang Walter', label: 'Wolfgang Walter', position: 'host', line: 7 },
          { name: 'Anna Berg', label: 'Anna Berg', position: 'chair', line: 9 },
          { name: 'John Reid', label: 'The convener', line: 11 },
          { name: 'David Klein', label: 'DK', line: 13 },
        ],
      },
    },
    {
      title:
        'an office alone as a reporting sentence’s subject (`The convener explained …`) is whom the document names after that ' +
        'office in prose (`opened by the convener of WG5, John Reid`, the apposition wrapped over a line’s end); an office two ' +
        'names are given after (`the chair, Anna Berg` and `the chair, Tom Krause`) names nobody',
      form: 'reported',
      text:
        'Minutes\n\nThe meeting was opened at 0900 by the convener of\nWG5, John Reid.\n\nThe convener explained the schedule.\n\n' +
        'Items were led by the chair, Anna Berg, then by the chair, Tom Krause.\n\nThe chair noted the vote.\n',
      found: {
        speakers: [
          { name: 'John Reid', label: 'The convener', position: 'convener', line: 6 },
          { name: '', label: 'The chair', position: 'chair', line: 10 },
        ],
      },
    },
    {
      title:
        'an office alone is the one person an election names to it (`the election of … Dr. Angela Merkel as President`, ' +
        '`… was designated as Chair`), also after an item’s run-in title (`4(a) Status. The President introduced …`), and after ' +
        'an apposition and an adverb (`The Executive-Secretary, Michael Zammit-Cutajar, then introduced`); a name ' +
        'printed with and without its hyphen (`Zammit Cutajar`, `Zammit-Cutajar`) is one holder. Refused: `as well as`',
      form: 'reported',
      text:
        '# Plenary\n\nCOP-1 was opened by the Executive-Secretary, Michael Zammit Cutajar, who noted the need.\n\n' +
        'INC-11 had recommended the election of the head of the delegation of Germany, Dr. Angela Merkel as President of COP-1.\n\n' +
        '4(a) Status of the ratification. The President introduced the document.\n\n' +
        'The Executive-Secretary, Michael Zammit-Cutajar, then introduced the documentation.\n\n' +
        'The Executive-Secretary responded that the figures were a draft.\n\n' +
        'Tom Krause as well as Lena Berg attended.\n\nThe Rapporteur said the text was ready.\n',
      found: {
        speakers: [
          { name: 'Angela Merkel', label: 'The President', position: 'President', line: 7 },
          { name: 'Michael Zammit-Cutajar', label: 'Michael Zammit-Cutajar', line: 9 },
          { name: 'Michael Zammit Cutajar', label: 'The Executive-Secretary', line: 11 },
          { name: '', label: 'The Rapporteur', line: 15 },
        ],
      },
    },
    {
      title:
        'minutes typed without line breaks run an item’s number and title into its first paragraph (`5.4 Police Report. PK ' +
        'advised …`; `Closure. The Vice-Chairman thanked …`, a short title in title case): the record after the title opens the ' +
        'turn, never a label over the title’s full stop; a first sentence with a finite verb is no title',
      form: 'reported',
      text:
        'Parish Council Minutes\n\nPresent: Paula Kellingray (PK), Tom Foy (TF).\n\n' +
        '5.4 Police Report. PK advised that weekly crime summaries had been received.\n\n' +
        '6. The accounts were approved. TF advised that the cheques were signed.\n\n' +
        'Closure. The Vice-Chairman thanked everyone for attending.\n',
      found: {
        speakers: [
          { name: 'Paula Kellingray', label: 'PK', line: 5 },
          { name: '', label: 'The Vice-Chairman', position: 'Vice-Chairman', line: 9 },
        ],
      },
    },
    {
      title:
        'a reporting sentence after a run-in topic label (`**COVID** : Monsieur le Maire informe…`) opens the paragraph’s ' +
        'record; the mayor by office resolves to the présidence named at the top, `Mme VINAS` to a list parted by dashes ' +
        'over two lines; `**Vu** la demande…` opens no turn',
      form: 'reported',
      text:
        'Séance du 19 novembre 2020, sous la présidence de Monsieur Denis JUVIN - Maire\n\n' +
        '**Présents** : Denis JUVIN - Muriel NIGGEL -\nJean-Pierre PLUS -- Catherine VINAS\n\n**Questions diverses**\n\n' +
        '**COVID** : Monsieur le Maire informe les membres du Conseil que les personnes vulnérables sont appelées.\n\n' +
        '**Matériel technique** Monsieur le Maire informe le Conseil que le matériel a été commandé.\n\n' +
        '**Vu** la demande du Centre Social en date du 23 juin 2020.\n\n**Fête** – Mme VINAS rappelle que la fête aura lieu samedi.\n',
      found: {
        speakers: [
          { name: 'Denis JUVIN', label: 'Monsieur le Maire', position: 'Maire', line: 8 },
          { name: 'Denis JUVIN', label: 'Monsieur le Maire', position: 'Maire', line: 10 },
          { name: 'Catherine VINAS', label: 'Mme VINAS', organization: '', line: 14 },
        ],
      },
    },
    {
      title:
        'an office with its article elided (`Mme l’adjointe aux finances précise…`, `L’adjoint aux travaux indique…`) and ' +
        'its remit after `aux`; a name after `l’` in capitals is no office',
      form: 'reported',
      text:
        '# Procès-verbal\n\n## Budget\n\nMme l’adjointe aux finances précise que le budget est prêt.\n\n' +
        'L’adjoint aux travaux indique que la route est fermée.\n\nL’Huillier indique que tout va bien.\n',
      found: {
        speakers: [
          { name: '', label: 'Mme l’adjointe aux finances', honorific: 'Mme', position: 'adjointe aux finances', line: 5 },
          { name: '', label: 'L’adjoint aux travaux', position: 'adjoint aux travaux', line: 7 },
        ],
      },
    },
    {
      title:
        'plain-text minutes typed a remark a line: a given name and whatever separator the recorder typed (`Ryan:`, ' +
        '`Ryan;`, `Larry,`, `Prescott -`) opens each line’s turn, resolved through the roll call',
      form: 'label turn',
      text:
        'Board Members\nRyan McDermott - Chair\nLarry Campbell - Treasurer\nPrescott Ogden - Secretary\n\n' +
        'Ryan: Meeting called to order.\nRyan; asks for the reports of the officers.\n\n' +
        'Larry, The accounts of the year are in order.\nPrescott - I agree with the accounts as they stand.\n' +
        'Ryan; we will publish them in May after the board has read them.\nLarry; the auditors are content with it.\n' +
        'Prescott; I will send them to the members.\n\f',
      found: {
        speakers: [
          { name: 'Ryan McDermott', label: 'Ryan', line: 6 },
          { name: 'Ryan McDermott', label: 'Ryan', line: 7 },
          { name: 'Larry Campbell', label: 'Larry', position: 'Treasurer', line: 9 },
          { name: 'Prescott Ogden', label: 'Prescott', line: 10 },
          { name: 'Ryan McDermott', label: 'Ryan', line: 11 },
          { name: 'Larry Campbell', label: 'Larry', line: 12 },
          { name: 'Prescott Ogden', label: 'Prescott', line: 13 },
        ],
      },
    },
    {
      title:
        'in plain text, given names before commas alone (`Karl, as treasurer, …`) are prose’s: no text that types its ' +
        'turns with colons or semicolons, no turn',
      form: 'label turn',
      text:
        'Board Notes\n\nAnna, Karl and Bruno met on Friday.\nKarl, as treasurer, had the accounts of the year.\n' +
        'Anna, as chair, had the agenda and the minutes.\nBruno, as ever, had the coffee for everyone.\n\f',
      found: { speakers: [] },
    },
    {
      title:
        'in plain text, a roll call’s given name and a colon (`Anna:`, `Anna Berg` a line of `Directors Present:`) opens ' +
        'her reply on the line after a sentence, inside the paragraph of another’s turn',
      form: 'label turn',
      text:
        'Board of Directors Meeting Minutes\n\nDirectors Present:\n\n    Anna Berg (chair)\n    Karl Lund\n\n' +
        '1. Treasurer Report\n\n    Karl: The accounts are in order.\n    Anna: Thank you, the board accepts them.\n\f',
      found: {
        speakers: [
          { name: 'Karl Lund', label: 'Karl', line: 10 },
          { name: 'Anna Berg', label: 'Anna', line: 11 },
        ],
      },
    },
    {
      title: 'in plain text, a given name the roll call gives two people (`Anna Berg`, `Anna Costa`) opens no reply inside a paragraph',
      form: 'label turn',
      text:
        'Board of Directors Meeting Minutes\n\nDirectors Present:\n\n    Anna Berg (chair)\n    Anna Costa\n    Karl Lund\n\n' +
        '1. Treasurer Report\n\n    Karl: The accounts are in order.\n    Anna: Thank you, the board accepts them.\n\f',
      found: { speakers: [{ name: 'Karl Lund', label: 'Karl', line: 11 }] },
    },
    {
      title: 'in plain text, a reporting sentence that opens a line inside another sentence is no turn',
      form: 'reported',
      text:
        'Harbour Board\nThe minutes record that the auditors\nwere thanked. The Board noted that\n' +
        'Treasurer Lund said the accounts were in order, as the audit report\nshows.\n\f',
      found: { speakers: [] },
    },
    {
      title:
        'a transcript’s timestamps after the label or before it (`Anna Berg (00:01:02):`, `[00:01:10] Karl Lund:`) are no part of the name',
      form: 'label turn',
      text:
        'Anna Berg (00:01:02): Welcome, everyone.\nKarl Lund (00:01:10): Thanks, Anna.\n\n' +
        '[00:02:15] Anna Berg: Let us start.\n[00:02:20] Karl Lund: Agreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 2 },
          { name: 'Anna Berg', line: 4 },
          { name: 'Karl Lund', line: 5 },
        ],
      },
    },
    {
      title:
        'an automatic transcript’s export: the label and the recording time alone on a line over the turn’s words ' +
        '(`Anna Berg  0:01`, `Karl Lund 0:01:02`, `**Anna Berg**  1:15`, `### Karl Lund  2:03`)',
      form: 'label turn',
      text:
        'Anna Berg  0:01  \nWelcome, everyone.\n\nKarl Lund 0:01:02\nThanks, Anna.\n\n' +
        '**Anna Berg**  1:15  \nLet us start.\n\n### Karl Lund  2:03\n\nAgreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', form: 'label', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 4 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 7 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 10 },
        ],
      },
    },
    {
      title:
        'a Word transcript’s export through pandoc: one space before the time (`Anna Berg 0:04\\`), a hard break or a ' +
        'paragraph before the words, read where three such lines or more have rising times',
      form: 'label turn',
      text:
        'Anna Berg started transcription\n\nAnna Berg 0:04\\\nWelcome, everyone.\n\nKarl Lund 0:21\\\nThanks, Anna.\n\n' +
        'Speaker 3 1:02\n\nIs the old format still read?\n\nKarl Lund 1:09\\\nYes.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', form: 'label', line: 3 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 6 },
          { name: 'Speaker 3', label: 'Speaker 3', line: 9 },
          { name: 'Karl Lund', line: 13 },
        ],
      },
    },
    {
      title: 'one space before times that do not rise, or before each name once (a programme’s), is a schedule’s: no turn',
      form: 'label turn',
      text: 'Anna Berg 10:30\n\nTalks resume.\n\nKarl Lund 12:30\n\nIn the hall.\n\nAnna Berg 9:00\n\nGoodbye.\n',
      found: { speakers: [] },
    },
    {
      title: 'a programme’s names, each once, over rising times: no turn',
      form: 'label turn',
      text: '## Programme\n\nOmar Haddad 9:00\n\nWelcome.\n\nLena Olsen 9:30\n\nMaps.\n\nJon Dahl 12:00\n\nLunch.\n',
      found: { speakers: [] },
    },
    {
      title:
        'an interview’s key line (`[I] -- Interviewer [C] - Client`, pandoc’s `--` for Word’s en dash): its letters open ' +
        'turns after a dash whatever follows (the pronoun `I` too), each named by its role',
      form: 'label turn',
      text:
        'Interview with the client\n\n\\[I\\] -- Interviewer \\[C\\] - Client\n\nI -- Good afternoon! Thank you for meeting us.\n\n' +
        'C -- You are welcome.\n\nI - Who assigns the work?\n\nC - The General Manager.\n\nI -- How many orders a day?\n\n' +
        'C -- Around 40 in peak season.\n',
      found: {
        speakers: [
          { name: 'Interviewer', label: 'I', position: 'Interviewer', given_name: '', family_name: '', line: 5 },
          { name: 'Client', label: 'C', position: 'Client', line: 7 },
          { name: 'Interviewer', line: 9 },
          { name: 'Client', line: 11 },
          { name: 'Interviewer', line: 13 },
          { name: 'Client', line: 15 },
        ],
      },
    },
    {
      title: 'without a key line, `I --` is the pronoun and a dash: no turn; a key line of one pair, or of sentences, keys nothing',
      form: 'label turn',
      text:
        'I = Interviewer\n\nKey: the interviewer asks, the client answers.\n\nI -- as I said -- agree.\n\nI -- Yes, we agree.\n\n' +
        'C -- The General Manager.\n\nI -- Thank you.\n',
      found: { speakers: [] },
    },
    {
      title: 'a speaker the transcript cannot name, numbered or lettered (`Speaker 1 (00:01:02)`, `Male 2:`): the label kept as the name',
      form: 'label turn',
      text: 'Speaker 1 (00:01:02)\nGood morning.\n\nSpeaker 2 (00:01:09)\nMorning.\n\nMale 2: Can you hear me?\n',
      found: {
        speakers: [
          { name: 'Speaker 1', label: 'Speaker 1', line: 1 },
          { name: 'Speaker 2', label: 'Speaker 2', line: 4 },
          { name: 'Male 2', label: 'Male 2', line: 7 },
        ],
      },
    },
    {
      title:
        'a diarizing recorder’s voice in brackets before a colon (`[SPEAKER_00]:`, WhisperX’s SubRip), kept as printed, ' +
        'no given or family name; a cue without one goes on with the turn before',
      form: 'label turn',
      text:
        '1\n00:00:00,549 --> 00:00:04,913\n[SPEAKER_00]: The meeting will come to order.\n\n' +
        '2\n00:00:05,813 --> 00:00:07,635\n[SPEAKER_01]: Councillor Berg?\n\n3\n00:00:08,000 --> 00:00:09,000\nPresent.\n\n' +
        '4\n00:00:09,500 --> 00:00:12,000\n[SPEAKER_00]: Thank you.\n',
      found: {
        speakers: [
          { name: 'SPEAKER_00', label: 'SPEAKER_00', given_name: '', family_name: '', line: 3 },
          { name: 'SPEAKER_01', label: 'SPEAKER_01', line: 7 },
          { name: 'SPEAKER_00', label: 'SPEAKER_00', line: 15 },
        ],
      },
    },
    {
      title:
        'an interview kept as a table, a speakers’ column beside their words (and a column of times): a row a turn, the ' +
        'header and the times no text (`src/dialect/speaker-tables.ts`)',
      form: 'label turn',
      text:
        '| Time | Speaker | Text |\n| --- | --- | --- |\n' +
        '| 00:00:03 | Interviewer | Thank you for joining. Could you tell me about your role? |\n' +
        '| 00:00:10 | Anna Berg | I lead the data team at the city library. |\n' +
        '| 00:00:21 | Interviewer | How do you publish the data? |\n' +
        '| 00:00:25 | Anna Berg | Mostly as spreadsheets on our website. |\n',
      found: {
        speakers: [
          { name: '', position: 'Interviewer', label: 'Interviewer', line: 3 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 4 },
          { name: '', position: 'Interviewer', label: 'Interviewer', line: 5 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 6 },
        ],
      },
    },
    {
      title:
        'a table of people each named once (participants and their institutions), or of recurring roles beside no speech ' +
        '(a roll call’s votes), is no transcript',
      text:
        '| Name | Affiliation |\n|---|---|\n| Anna Berg | City Library, Oslo, Department of Digital Services |\n' +
        '| Karl Lund | University of Bergen, Faculty of Humanities and Arts |\n' +
        '| Omar Haddad | National Archives of Norway, Research Office Unit |\n\n' +
        '| Member | Vote |\n|---|---|\n| Chair | Yes |\n| Member | No |\n| Member | Yes |\n| Member | Yes |\n',
      found: { speakers: [] },
    },
    {
      title: 'a WebVTT cue’s voice span (`<v Anna Berg>`) after its cue number and timings',
      form: 'label turn',
      text:
        'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Anna Berg>Welcome, everyone.\n\n' +
        '2\n00:00:04.500 --> 00:00:06.000\n<v Karl Lund>Thanks.\n\n3\n00:00:06.500 --> 00:00:09.000\n<v Anna Berg>Let us start.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 5 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 9 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 13 },
        ],
      },
    },
    {
      title:
        'a recorder’s line that prints the time before the speaker, alone over the words (`00:00:03 Speaker 1`, Word’s ' +
        'Transcribe), read where such lines recur with rising times; a time alone names no one',
      form: 'label turn',
      text:
        '# Transcript\n\n00:00:03 Speaker 1\n\nShall we start?\n\n00:00:05 Speaker 2\n\nYes, please.\n\n' +
        '00:00:09\n\nOK.\n\n00:00:12 Speaker 1\n\nThe first question, then.\n\n00:00:20 Speaker 2\n\nGo ahead.\n',
      found: {
        speakers: [
          { name: 'Speaker 1', label: 'Speaker 1', line: 3 },
          { name: 'Speaker 2', label: 'Speaker 2', line: 7 },
          { name: 'Speaker 1', label: 'Speaker 1', line: 15 },
          { name: 'Speaker 2', label: 'Speaker 2', line: 19 },
        ],
      },
    },
    {
      title:
        'a transcriber’s line that prints the time in brackets before the speaker, the words on the lines under it ' +
        '(`[00:00:51] Anna` / `Guten Morgen.`); a speaker the transcript cannot name is labelled by a word for who they ' +
        'are (`Mann`, `Frau`, `Woman`): a turn without a name, the label kept; what the words say is speech, not a list ' +
        'of names (`Karl Lund.`)',
      form: 'label turn',
      text:
        '## Transkript\n\n[00:00:51] Anna\nSo, guten Morgen. Wir fangen an.\n\n[00:01:10] Mann\nWer spricht heute?\n\n' +
        '[00:01:12] Anna\nKarl Lund.\n\n[00:01:15] Frau\nDanke.\n\n[00:01:20] Anna\nGern.\n\n' +
        '[00:01:24] Mann\nUnd danach?\n\n[00:01:30] Anna\nEine Pause.\n',
      found: {
        speakers: [
          { name: 'Anna', label: 'Anna', line: 3 },
          { name: '', label: 'Mann', line: 6 },
          { name: 'Anna', label: 'Anna', line: 9 },
          { name: '', label: 'Frau', line: 12 },
          { name: 'Anna', label: 'Anna', line: 15 },
          { name: '', label: 'Mann', line: 18 },
          { name: 'Anna', label: 'Anna', line: 21 },
        ],
      },
    },
    {
      title:
        'a notetaker’s speaker line, the time a link to the recording and the name in bold (`@0:25 - **Anna Berg**`, ' +
        'Fathom); a guest’s e-mail address after the name is no organisation',
      form: 'label turn',
      text:
        '[\\@0:00](https://example.org/rec?t=0) -\n**Anna Berg**\n\nWelcome, everyone.\n\n' +
        '[\\@0:25](https://example.org/rec?t=25) -\n**Karl Lund (karl.lund@example.org)**\n\nThanks, Anna.\n\n' +
        '[\\@0:31](https://example.org/rec?t=31) -\n**Anna Berg**\n\nLet us start.\n\n' +
        '[\\@0:40](https://example.org/rec?t=40) -\n**Karl Lund (karl.lund@example.org)**\n\nAgreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', organization: '', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund (karl.lund@example.org)', organization: '', line: 6 },
          { name: 'Anna Berg', line: 11 },
          { name: 'Karl Lund', organization: '', line: 16 },
        ],
      },
    },
    {
      title:
        'a caption cue’s time range, the speaker’s name and the words on the lines of one paragraph (`0:0:3.270 --> ' +
        '0:0:4.250` / `Anna Berg` / `Umm.`), as Teams and Stream export a transcript to Word',
      form: 'label turn',
      text:
        '0:0:0.0 \\--\\> 0:0:1.510\\\nAnna Berg\\\nOK. Yeah.\n\n0:0:3.270 \\--\\> 0:0:4.250\\\nKarl Lund\\\nUmm.\n\n' +
        '0:0:5.100 \\--\\> 0:0:9.250\\\nAnna Berg\\\nShall we start?\n\n0:0:9.300 \\--\\> 0:0:10.100\\\nKarl Lund\\\nYes.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 5 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 9 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 13 },
        ],
      },
    },
    {
      title:
        'a transcript laid out as a Word table, a row a turn (`Anna Berg` | `00:00:03` | the words, through pandoc each ' +
        'cell’s paragraphs in turn): the name’s cell over the time’s, where the rows recur with rising times',
      form: 'label turn',
      text:
        '# Budget call\n\n' +
        '+-----------+----------+-------------------+\n' +
        '| Speaker   | Time     | Text              |\n' +
        '+===========+==========+===================+\n' +
        '| Anna Berg | 00:00:03 | Welcome.          |\n' +
        '|           |          |                   |\n' +
        '|           |          | Shall we start?   |\n' +
        '+-----------+----------+-------------------+\n' +
        '| Karl Lund | 00:00:21 | Yes.              |\n' +
        '+-----------+----------+-------------------+\n' +
        '| Anna Berg | 00:00:25 | Karl, the budget. |\n' +
        '+-----------+----------+-------------------+\n' +
        '| Karl Lund | 00:00:31 | It is on plan.    |\n' +
        '+-----------+----------+-------------------+\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 6 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 10 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 12 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 14 },
        ],
      },
    },
    {
      title: 'a programme’s table of speakers and times, each name once: no turn',
      text:
        '# Programme\n\n' +
        '+-------------+-------+---------+\n' +
        '| Speaker     | Time  | Talk    |\n' +
        '+=============+=======+=========+\n' +
        '| Anna Berg   | 09:00 | Welcome |\n' +
        '+-------------+-------+---------+\n' +
        '| Karl Lund   | 09:30 | Budget  |\n' +
        '+-------------+-------+---------+\n' +
        '| Omar Haddad | 10:00 | Maps    |\n' +
        '+-------------+-------+---------+\n',
      found: { speakers: [] },
    },
    {
      title:
        'a programme’s times before its items (`09:00 Registration`, `10:30 Coffee break`), with or without a line under ' +
        'each, and caption cues whose lines are their words, are no turns',
      text:
        '## Programme\n\n09:00 Registration\n\n09:30 Opening Remarks\n\n10:30 Coffee break\n\n11:00 Keynote\n\n' +
        '12:30 Lunch\n\n14:00 Coffee break\n\n15:00 Closing\n\n## Day two\n\n09:00 Registration\n\nAt the desk.\n\n' +
        '10:30 Coffee break\n\nIn the hall.\n\n12:30 Lunch\n\nOn the terrace.\n\n' +
        '0:0:1.0 \\--\\> 0:0:4.0\\\nGood morning everyone\\\nand welcome.\n\n0:0:5.0 \\--\\> 0:0:8.0\\\nPlease sit down\\\nnow.\n',
      found: { speakers: [] },
    },
    {
      title:
        'Zoom’s saved captions and transcripts: the name in brackets and the recording time (`[Anna Berg] 10:02:03`), ' +
        'the words after it on the line or below it, a turn a line with no blank line between',
      form: 'label turn',
      text:
        '[Anna Berg] 10:02:03\nWelcome, everyone.\n\n[Karl Lund] 10:02:09\nThanks, Anna.\n\n' +
        '[Anna Berg] 10:02:15 Let us start.\n[Omar Haddad] 10:02:20 Agreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 4 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 7 },
          { name: 'Omar Haddad', label: 'Omar Haddad', line: 8 },
        ],
      },
    },
    {
      title:
        'a call recorder’s label and time set off by a dash (`Anna Berg - 00:01`, Fireflies), read where three such lines ' +
        'or more have rising times and a speaker speaks again',
      form: 'label turn',
      text:
        'Anna Berg - 00:01\nWelcome, everyone.\n\nKarl Lund - 00:09\nThanks, Anna.\n\n' +
        'Anna Berg - 00:15\nLet us start.\n\nOmar Haddad - 01:02\nAgreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 4 },
          { name: 'Anna Berg', line: 7 },
          { name: 'Omar Haddad', line: 10 },
        ],
      },
    },
    {
      title:
        'a recorder’s display name with the family name first (`Berg, Anna   0:03`, `<v Lund, Karl (Contoso)>`), as ' +
        'directories list people: the name in the order names are written, the family name the one before the comma; ' +
        'the recorder’s tag (`(Guest)`) no organisation',
      form: 'label turn',
      text:
        'Berg, Anna   0:03\nWelcome, everyone.\n\nLund, Karl (Contoso)   0:09\nThanks, Anna.\n\nBerg, Anna   0:15\nLet us start.\n\n' +
        'Omar Haddad (Guest)   0:20\nAgreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Berg, Anna', given_name: 'Anna', family_name: 'Berg', line: 1 },
          { name: 'Karl Lund', label: 'Lund, Karl (Contoso)', family_name: 'Lund', organization: 'Contoso', line: 4 },
          { name: 'Anna Berg', line: 7 },
          { name: 'Omar Haddad', label: 'Omar Haddad (Guest)', organization: '', line: 10 },
        ],
      },
    },
    {
      title: 'a Teams WebVTT export: cue identifiers, the voice span closed on the cue’s line (`<v Berg, Anna>Welcome.</v>`)',
      form: 'label turn',
      text:
        'WEBVTT\n\n3f2a-1/12-0\n00:00:03.140 --> 00:00:05.520\n<v Berg, Anna>Welcome, everyone.</v>\n\n' +
        '3f2a-1/13-0\n00:00:05.900 --> 00:00:08.000\n<v Karl Lund>Thanks, Anna.</v>\n\n' +
        '3f2a-1/14-0\n00:00:09.000 --> 00:00:12.250\n<v Berg, Anna>Let us start.</v>\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Berg, Anna', family_name: 'Berg', line: 5 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 9 },
          { name: 'Anna Berg', label: 'Berg, Anna', line: 13 },
        ],
      },
    },
    {
      title: 'no-break spaces between the name and the time, as Word writes them and pandoc keeps them (`Anna Berg\u00a0\u00a00:04\\`)',
      form: 'label turn',
      text:
        'Anna Berg\u00a0\u00a0\u00a00:04\\\nWelcome, everyone.\n\nKarl Lund\u00a0\u00a0\u00a00:21\\\nThanks, Anna.\n\n' +
        'Anna Berg\u00a0\u00a0\u00a01:02\\\nLet us start.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 1 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 4 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 7 },
        ],
      },
    },
    {
      title:
        'a note in brackets before a time (`[Laughter.] 10:02`), a programme’s name and time after a dash, each once, and ' +
        'a place before a comma in a label (`Oslo, Norway:`), are no recorder’s turns',
      text:
        '[Laughter.] 10:02:03\nThanks.\n\n## Programme\n\nAnna Berg - 9:00\n\nWelcome.\n\nKarl Lund - 9:30\n\nMaps.\n\n' +
        'Oslo, Norway: the venue of the next meeting.\n',
      found: { speakers: [] },
    },
    {
      title:
        'times alone, cue numbers and timings, a `WEBVTT` header, a programme’s session and its time, a room and ' +
        'a clock time after one space, are no turns',
      text:
        'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nWelcome, everyone.\n\n0:15\nThanks.\n\n' +
        'Opening Remarks  9:00\nThe chair opens the workshop.\n\nRoom 4 10:30\nPosters are shown.\n',
      found: { speakers: [] },
    },
    {
      title: 'a note or a number in brackets before a colon (`[1]: https://…`, `[Inaudible]:`) is no recorder’s voice',
      text:
        '[1]: https://example.org/minutes\n\n[Inaudible.]: the rest of the line was lost.\n\n' +
        '[2]: https://example.org/agenda\n\n[Crosstalk.]: several people at once.\n',
      found: { speakers: [] },
    },
    {
      title: 'a label set off by a spaced dash before the speaker’s words (`Anna Berg – Good morning.`), as typed minutes write turns',
      form: 'label turn',
      text:
        'Call notes\n\nAnna Berg – Good morning, everyone.\n\n' +
        'Karl Lund – Thanks, Anna. The draft is ready.\n\nAnna Berg — Then we start.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 3 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 5 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 7 },
        ],
      },
    },
    {
      title: 'the speaker’s name alone on the first line of a paragraph, the words below it, when the names recur in a dialogue',
      form: 'label turn',
      text: 'Call notes\n\nAnna Berg\nGood morning, everyone.\n\nKarl Lund\nThanks, Anna.\n\nAnna Berg\nThen we start.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', line: 3 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 6 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 9 },
        ],
      },
    },
    {
      title: 'an answer in a list item under the question’s item (`- Anna Berg asked …` / `  - Karl Lund answered …`)',
      form: 'reported',
      text: '# Questions\n\n- Anna Berg asked whether the data would be published.\n  - Karl Lund answered that it would be, in June.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', line: 3 },
          { name: 'Karl Lund', line: 4 },
        ],
      },
    },
    {
      title:
        'a dash before an apposition or a talk’s title, a short title over its paragraph, ' +
        'names over names in a list or a signature block, are no turns',
      text:
        'Anna Berg – the chair – opened the meeting.\n\nMaria Costa – Data Access in Practice.\n\n' +
        'Project Overview\nThe project began in May.\n\nNext Steps\nThe group meets again in June.\n\n' +
        '- Anna Berg\n  Karl Lund\n- Omar Haddad\n  Lena Roth\n\n' +
        'Signed\n\nChair Anna Berg\nTreasurer Karl Lund\n\nChair Anna Berg\nSecretary Omar Haddad\n',
      found: { speakers: [] },
    },
    {
      title: 'keys in capitals that open lines of a paragraph, each once or one of them alone again, are no turns',
      form: 'label turn',
      text:
        'Board Meeting\nPUBLIC COMMENT: None received.\nCONSENT AGENDA: Approved as presented.\n' +
        'NEW BUSINESS: The budget was discussed.\nOLD BUSINESS: Tabled.\nNEW BUSINESS: The audit was scheduled.\n',
      found: { speakers: [] },
    },
    {
      title: 'a presenter’s label over one name on an agenda item’s line (`汇报人：黄然`): that person’s turn, labelled by the line',
      form: 'label turn',
      text: '**议题1：预算**  \n汇报人：黄然  \n结论：同意。\n\n**议题2：人事**  \n汇报人：李锋  \n结论：同意。\n',
      found: {
        speakers: [
          { name: '黄然', label: '汇报人：黄然', family_name: '黄', given_name: '然', position: '' },
          { name: '李锋', label: '汇报人：李锋' },
        ],
      },
    },
    {
      title:
        'a mention as the label (`- @张三：…`, `- @HeyJavaBean：…`, a label linked to the member’s profile), ' +
        'as community minutes write turns',
      form: 'label turn',
      text:
        '## 讨论\n\n- @张三：这个接口需要再评审。\n- @HeyJavaBean：同意，下周提交。\n' +
        '- [lisi-dev](https://github.com/lisi-dev)：我来补测试。\n',
      found: {
        speakers: [
          { name: '张三', label: '@张三', family_name: '张', given_name: '三', form: 'label' },
          { name: 'HeyJavaBean', label: '@HeyJavaBean', form: 'label' },
          { name: 'lisi-dev', label: 'lisi-dev', form: 'label' },
        ],
      },
    },
    {
      title: 'a question or its answer closed by the mention of who asked or answered it (`Q：…@张三`)',
      form: 'label turn',
      text: 'Q：什么时候发布？@张三\n\nA：下个月。@李四\n',
      found: {
        speakers: [
          { name: '张三', label: 'Q' },
          { name: '李四', label: 'A' },
        ],
      },
    },
    {
      title:
        'a topic heading that names its presenter: a mention and a reporting verb after the topic’s label ' +
        '(`### 议程一：@HeyJavaBean 分享 …`), a presenter’s label in the closing parenthesis (`…（主讲人：王五）`)',
      form: 'heading',
      text: '### 议程一：@HeyJavaBean  分享新版本特性\n\n1. 压缩支持。\n\n### 议题二：编译器前端（主讲人：王五）\n\n说明。\n',
      found: {
        speakers: [
          { name: 'HeyJavaBean', label: '@HeyJavaBean', form: 'heading' },
          { name: '王五', label: '王五', family_name: '王', given_name: '五', form: 'heading' },
        ],
      },
    },
    {
      title:
        'a sentence that opens with a member and a reporting verb: a mention (the verb written against a Chinese ' +
        'name), a link to the member’s profile, a name with an organisation or account in parentheses, a listed name',
      form: 'reported',
      text:
        '参会人：李四、赵六\n\n- @刘天栋分享 DoraHacks 的经验\n- @丁文昊建议记录积分来源\n\n' +
        '[jeff41404](https://github.com/jeff41404) 介绍了测试计划。\n\n张三（某某大学）补充了数据。\n\n' +
        '高翔（gaoxiang-dev）回复了问题。\n\n李四表示同意。\n',
      found: {
        speakers: [
          { name: '刘天栋', label: '@刘天栋', family_name: '刘', given_name: '天栋' },
          { name: '丁文昊', label: '@丁文昊' },
          { name: 'jeff41404', label: '@jeff41404' },
          { name: '张三', organization: '某某大学' },
          { name: '高翔', organization: '' },
          { name: '李四', label: '李四' },
        ],
      },
    },
    {
      title: 'a mention resolves to the account a Chinese attendee list gives (`@Guangming Luo` is `GuangmingLuo`)',
      form: 'heading',
      text: '**参会人** ：GuangmingLuo, welkeyever, li-jin-gou\n\n### 议程五：@Guangming Luo  分享社区进展\n\n1. 新增维护者。\n',
      found: { speakers: [{ name: 'GuangmingLuo', label: '@Guangming Luo' }] },
    },
    {
      title:
        'no turn: an owner mentioned at the end of a heading or a to-do item, a work plan that opens with mentions ' +
        'but no reporting verb, an attendee line of mentions, a mention inside a sentence, a topic that opens ' +
        'with a surname’s character (`方案介绍`), Latin keys in Chinese minutes (`Motivation：`, `How To：`)',
      text:
        '## 👤参会人\n\n@张三@李四 @王五\n\n#### 减少镜像大小 @张三\n\n基本完成。\n\n' +
        '1. @张三先写好登录逻辑\n2. @李四@王五改写为新版本\n\n- 目前在飞书@李四\n- 方案介绍如下。\n' +
        '- Motivation：保留未识别的字段。\n- How To：升级至最新版本。\n- Motivation：优化跳过逻辑的性能。\n' +
        '- How To：在启动前初始化即可。\n\n* [ ] 推进积分政策 @王五\n',
      found: { speakers: [] },
    },
    {
      title: 'a Chinese surname and a word of address, the one person of that surname the participants line lists',
      form: 'label turn',
      text: '日期：110年3月5日\n與會人員：熊偉、田俊\n\n熊博：建議加快。\n\n田俊：同意。\n',
      found: {
        speakers: [
          { name: '熊偉', family_name: '熊', given_name: '偉', honorific: '博', label: '熊博' },
          { name: '田俊', family_name: '田', given_name: '俊' },
        ],
      },
    },
    {
      title:
        'a question after a participants list of paragraphs (`\\- Anna Berg`, Word’s dashes through pandoc): ' +
        'the list ends at the first paragraph of prose, so a later paragraph that names someone is no attendee’s line',
      form: 'label turn',
      text:
        '**Present**\n\n\\- Anna Berg\n\n\\- Karl Lund\n\n**Notes**\n\n' +
        'The budget for the coming year was presented by the treasurer and discussed at length; ' +
        'the figures are in the annex to these minutes.\n\n' +
        'Q: Who will chair the new group? Two members of the board and\n' +
        'one of the staff. Members will be approved at meetings of the Board and Assembly.\n\n' +
        'A: The board decides in May.\n',
      found: { speakers: [{ label: 'Q', line: 11 }, { label: 'A' }] },
    },
    {
      title: 'a label that is the name between a listed person’s first and last (a second given name one goes by)',
      form: 'resolved label',
      text: 'Present: Anna Berg, Maria Luisa Ferrer, Karl Lund\n\n## Notes\n\nLuisa: The plan is ready.\n\nKarl: Thanks.\n',
      found: {
        speakers: [
          { name: 'Maria Luisa Ferrer', label: 'Luisa' },
          { name: 'Karl Lund', label: 'Karl' },
        ],
      },
    },
    {
      title: 'a dash between the name and the organisation',
      form: 'label turn',
      text: '**Anna Berg — Nordic Institute:**\n\n> Maps are for everyone.\n',
      found: { speakers: [{ name: 'Anna Berg', organization: 'Nordic Institute' }] },
    },
    {
      title: 'labels resolved to the participants list: a given name, a surname with its honorific, initials',
      form: 'resolved label',
      text:
        '## Attendees\n\n- Lena Lindqvist (Nordic Institute)\n- Karl Lund - Baltic Data (KL)\n\n## Notes\n\n' +
        'Lena: Welcome.\n\nMr. LUND: Thanks.\n\nKL: One question.\n',
      found: {
        speakers: [
          { name: 'Lena Lindqvist', label: 'Lena', organization: 'Nordic Institute' },
          { name: 'Karl Lund', label: 'Mr. LUND', honorific: 'Mr.', organization: 'Baltic Data' },
          { name: 'Karl Lund', label: 'KL' },
        ],
        roster: [
          { name: 'Lena Lindqvist', organization: 'Nordic Institute' },
          { name: 'Karl Lund', organization: 'Baltic Data', aliases: ['KL'] },
        ],
      },
    },
    {
      title:
        'initials no roll call gives name the one attendee whose given and family name they are (`RJ` for Robert Jackson, ' +
        '`KK` for Kurt B. Kaiser; three letters: given name and the last two, `JMB`); a task list of attendees too; capitals ' +
        'an honorific spells (`MS:`) are the initials of the one attendee they spell, not `Ms` alone',
      form: 'resolved label',
      text:
        '## Attendees\n\n- [x]  Robert Jackson\n- [x]  Kurt B. Kaiser\n- [ ]  José María Martín Blázquez\n- [x]  Melanie Sumner\n\n' +
        '## Minutes\n\n- RJ: 3.14 is out, the beta too.\n- KK: I will review the notes.\n- JMB: The guides are ready.\n' +
        '- MS: What is the problem?\n- RJ: Thanks.\n',
      found: {
        speakers: [
          { name: 'Robert Jackson', label: 'RJ', given_name: 'Robert', family_name: 'Jackson' },
          { name: 'Kurt B. Kaiser', label: 'KK' },
          { name: 'José María Martín Blázquez', label: 'JMB' },
          { name: 'Melanie Sumner', label: 'MS', honorific: '' },
          { name: 'Robert Jackson', label: 'RJ' },
        ],
      },
    },
    {
      title:
        'initials two attendees share name neither; capitals the document writes as an acronym (`the CI`, `PRs`) or as a ' +
        'word (`tbd`) are no attendee’s initials (`CI:` for Carl Ito, `TBD:` for Tom B. Dale)',
      form: 'resolved label',
      text:
        'Attendees: Anna Berg, Arne Bold, Carl Ito, Karl Lund, Tom B. Dale\n\n## Notes\n\n' +
        'KL: The CI is green, the date is tbd.\n\nAB: We agree.\n\nCI: failed on Monday.\n\nKL: Thanks.\n\n' +
        'AB: Good.\n\nCI: passed.\n\nTBD: the venue.\n',
      found: {
        speakers: [
          { name: 'Karl Lund', label: 'KL' },
          { name: 'AB', label: 'AB' },
          { name: 'CI', label: 'CI' },
          { name: 'Karl Lund', label: 'KL' },
          { name: 'AB', label: 'AB' },
          { name: 'CI', label: 'CI' },
          { name: 'TBD', label: 'TBD' },
        ],
      },
    },
    {
      title: 'initials a document without an attendee list prints are no name it mentions in prose',
      form: 'resolved label',
      text: '## Notes\n\nRobert Jackson sent the draft.\n\nRJ: It is out.\n\nGC: Good.\n\nRJ: Thanks.\n\nGC: Fine.\n',
      found: {
        speakers: [
          { name: 'RJ', label: 'RJ', given_name: '' },
          { name: 'GC', label: 'GC' },
          { name: 'RJ', label: 'RJ' },
          { name: 'GC', label: 'GC' },
        ],
      },
    },
    {
      title: 'a speaker named in full in a heading takes the body the participants list gives them',
      form: 'presenter heading',
      text:
        '**Participants:**\n\n- Anna Berg (Harbour Trust)\n- Eva Holm (IGN)\n\n## Data plan (Anna Berg)\n\nThe plan is ready.\n\n' +
        '## Maps (Eva Holm)\n\nNew maps.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: 'Harbour Trust', form: 'heading' },
          { name: 'Eva Holm', organization: 'IGN', form: 'heading' },
        ],
      },
    },
    {
      title:
        'how one took part (`(via Zoom)`, `(remote)`) and one’s pronouns (`(she/her)`) after a listed name are no ' +
        'institution; a body’s name beside them still is',
      form: 'resolved label',
      text:
        '## Attendees\n\n- Anna Berg (via Zoom)\n- Karl Lund (she/her)\n- Eva Smith (Nordic Institute, remote)\n\n## Notes\n\n' +
        'Anna: We begin.\n\nKarl: Fine.\n\nEva: Noted.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', organization: '' },
          { name: 'Karl Lund', label: 'Karl', organization: '' },
          { name: 'Eva Smith', label: 'Eva', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title:
        'a role after a listed name’s dash (`- Champion`, `- Lead`) is the position, never an organisation, nor is a clause ' +
        '(`- Implement in the API the extensions`, an action item); a body still is',
      form: 'resolved label',
      text:
        '## Attendees\n\n- Ryan Moss - Champion\n- Per Dahl - Lead\n- Eva Smith - Nordic Institute\n' +
        '- Lena Berg - Implement in the API the extensions proposed\n\n## Notes\n\n' +
        'Ryan: We begin.\n\nPer: Fine.\n\nEva: Noted.\n\nLena: Done.\n',
      found: {
        speakers: [
          { name: 'Ryan Moss', label: 'Ryan', position: 'Champion', organization: '' },
          { name: 'Per Dahl', label: 'Per', position: 'Lead', organization: '' },
          { name: 'Eva Smith', label: 'Eva', position: '', organization: 'Nordic Institute' },
          { name: 'Lena Berg', label: 'Lena', position: '', organization: '' },
        ],
      },
    },
    {
      title: 'a label’s parenthesis: a body is the organisation, a job’s word the position, how one took part or pronouns neither',
      form: 'label',
      text:
        '**Mina Park (Riverside University):** Hello.\n\n**Jo Lee (Senior Engineer):** Hi.\n\n' +
        '**Ada Ng (via Zoom):** Present.\n\n**Ben Ode (he/him):** Here.\n',
      found: {
        speakers: [
          { name: 'Mina Park', position: '', organization: 'Riverside University' },
          { name: 'Jo Lee', position: 'Senior Engineer', organization: '' },
          { name: 'Ada Ng', position: '', organization: '' },
          { name: 'Ben Ode', position: '', organization: '' },
        ],
      },
    },
    {
      title:
        'an account in lower case in parentheses after a listed name (`(aberg)`, `(gm)`) is an alias, no institution; ' +
        'an address (`(kl@host)`) is none either; a capitalised one is the institution',
      form: 'resolved label',
      text:
        '## Attendees\n\n- Anna Berg (aberg) (gm)\n- Karl Lund (kl@host)\n- Eva Smith (Nordic Institute)\n\n## Notes\n\n' +
        'Anna: We begin.\n\nKarl: Fine.\n\nEva: Noted.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', organization: '' },
          { name: 'Karl Lund', label: 'Karl', organization: '' },
          { name: 'Eva Smith', label: 'Eva', organization: 'Nordic Institute' },
        ],
        roster: [
          { name: 'Anna Berg', organization: '', aliases: ['aberg', 'gm'] },
          { name: 'Karl Lund', organization: '', aliases: [] },
          { name: 'Eva Smith', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title: 'a page’s count after a listed name (`(2 of 2)`, `(1 de 3)`), as a signature block prints it, is no institution',
      form: 'resolved label',
      text: 'Present:\n\nAnna Berg (1 of 2)\nKarl Lund (2 de 2)\n\n## Notes\n\nAnna: We begin.\n\nKarl: Fine.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', organization: '' },
          { name: 'Karl Lund', label: 'Karl', organization: '' },
        ],
      },
    },
    {
      title:
        'an office with accents after a listed name (`Déléguée`) is a whole word of the lexicon: a position, no institution; ' +
        'the office the name signs over (`Conseiller municipal`) is the one kept',
      form: 'resolved label',
      text:
        'Présents : M. BERG Karl Délégué, Mme LUND Eva Déléguée\n\nM. Berg : Bonjour.\n\nMme Lund : Merci.\n\n' +
        'Karl BERG\nConseiller municipal\n',
      found: {
        speakers: [
          { name: 'Karl Berg', label: 'M. Berg', position: 'Conseiller municipal', organization: '' },
          { name: 'Eva Lund', label: 'Mme Lund', position: 'Déléguée', organization: '' },
        ],
      },
    },
    {
      title: 'an office’s other forms (`The Chairman`, `Chairwoman`, `the Chair`) name the attendee listed by one of them',
      form: 'resolved label',
      text:
        '# Minutes\n\nPresent: Anna Berg (Chair), Karl Lund (Nordic Institute)\n\nThe Chairman: We begin.\n\n' +
        'Karl: Fine.\n\nChairwoman: Next item.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'The Chairman', position: 'Chair' },
          { name: 'Karl Lund', label: 'Karl', organization: 'Nordic Institute' },
          { name: 'Anna Berg', label: 'Chairwoman', position: 'Chair' },
        ],
      },
    },
    {
      title:
        'a roll call’s `from`, `representing`, `on behalf of` before the institution a listed name speaks for; ' +
        'lowercase words after them are no institution',
      form: 'resolved label',
      text:
        '# Minutes\n\nPresent:\n\n- Anna Berg from Nordic Institute\n- Karl Lund representing Baltic Data\n' +
        '- Eva Smith on behalf of the City of Oslo\n- Tom Hale\n- Paul West from home\n\n' +
        'Anna: We begin.\n\nKarl: Fine.\n\nEva: Noted.\n\nTom: Yes.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', organization: 'Nordic Institute' },
          { name: 'Karl Lund', label: 'Karl', organization: 'Baltic Data' },
          { name: 'Eva Smith', label: 'Eva', organization: 'City of Oslo' },
          { name: 'Tom Hale', label: 'Tom', organization: '' },
        ],
        roster: [
          { name: 'Anna Berg', organization: 'Nordic Institute' },
          { name: 'Karl Lund', organization: 'Baltic Data' },
          { name: 'Eva Smith', organization: 'City of Oslo' },
          { name: 'Tom Hale', organization: '' },
        ],
      },
    },
    {
      title:
        'a numbered roll (`1 Carlos López Quintanilla`) lists its names without their numbers; an email address beside a ' +
        'name is no institution (its domain is not read as one)',
      form: 'resolved label',
      text:
        '# Acta\n\nAsistentes:\n\n1 Carlos López Quintanilla\n2 Ana Berg <ana@example.org>\n\n' +
        'Carlos: Las cuentas cuadran.\n\nAna: De acuerdo.\n\nCarlos: Gracias.\n',
      found: {
        speakers: [
          { name: 'Carlos López Quintanilla', label: 'Carlos', organization: '' },
          { name: 'Ana Berg', label: 'Ana', organization: '' },
          { name: 'Carlos López Quintanilla', label: 'Carlos', organization: '' },
        ],
      },
    },
    {
      title:
        'capitals in parentheses that are not a listed name’s initials are its institution’s acronym (`(BBC)`), spelt out ' +
        'when another entry names the institution whose initials they are; the name’s initials (`(EL)`) are an alias',
      form: 'resolved label',
      text:
        '## Attendees\n\n- Chris Lund (BBC)\n- Anna Berg (Nordic Institute)\n- Karl West (NI)\n- Eva Lind (EL)\n\n## Notes\n\n' +
        'Chris: We begin.\n\nKarl: Fine.\n\nEL: Noted.\n',
      found: {
        speakers: [
          { name: 'Chris Lund', label: 'Chris', organization: 'BBC' },
          { name: 'Karl West', label: 'Karl', organization: 'Nordic Institute' },
          { name: 'Eva Lind', label: 'EL', organization: '' },
        ],
        roster: [
          { name: 'Chris Lund', organization: 'BBC', aliases: [] },
          { name: 'Anna Berg', organization: 'Nordic Institute' },
          { name: 'Karl West', organization: 'Nordic Institute', aliases: [] },
          { name: 'Eva Lind', organization: '', aliases: ['EL'] },
        ],
      },
    },
    {
      title: 'a given name listed alone under Attendance is the one a role’s line names in full',
      form: 'resolved label',
      text:
        '### Moderator: Anna Berg\n\n## Notes\n\n**Anna**: We begin.\n\n**Karl Lund**: Fine.\n\n**Anna**: Next item.\n\n' +
        '## Attendance\n\n- Anna\n- Karl Lund\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', position: 'Moderator' },
          { name: 'Karl Lund', label: 'Karl Lund' },
          { name: 'Anna Berg', label: 'Anna', position: 'Moderator' },
        ],
        roster: [{ name: 'Anna Berg', position: 'Moderator' }, { name: 'Karl Lund' }],
      },
    },
    {
      title: 'a participants line whose semicolons part the entries, each a name and its office or institution; roles resolved to it',
      form: 'resolved label',
      text:
        '# Minutes\n\nPresent: Anna Berg, Chair; Karl Lund, Treasurer, Nordic Institute; Eva Smith, Secretary\n\n' +
        'Chair: We begin.\n\nSecretary: The minutes were sent.\n\nKarl: The accounts balance.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Chair', position: 'Chair' },
          { name: 'Eva Smith', label: 'Secretary', position: 'Secretary' },
          { name: 'Karl Lund', label: 'Karl', position: 'Treasurer', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title: 'semicolons between groups of names (no office or institution after a comma) part no entries: each name its own',
      form: 'resolved label',
      text: '# Minutes\n\nPresent: Anna Berg, Karl Lund; Eva Smith\n\nAnna: We begin.\n\nKarl: Fine.\n\nEva: Noted.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: '' },
          { name: 'Karl Lund', organization: '' },
          { name: 'Eva Smith', organization: '' },
        ],
        roster: [{ name: 'Anna Berg' }, { name: 'Karl Lund' }, { name: 'Eva Smith' }],
      },
    },
    {
      title:
        'names each over its office, as a signatures page prints them, resolve labels by civility and family name; ' +
        'a name listed in both orders (`BERG Anna`, `Anna BERG`) is one person, the given name first; ' +
        'paragraphs of a name over its office are no presenter’s stacked lines',
      form: 'resolved label',
      text:
        'Présents : BERG Anna, LUND Karl\n\nMme Berg ouvre la séance.\n\nMme Berg : Bienvenue.\n\n' +
        'M. Lund : Merci.\n\nMme Berg : Point suivant.\n\nAnna BERG\nMaire\nKarl LUND\nConseiller municipal\n\n' +
        'Eva SMITH\nPremière Adjointe\n\nTom HALE\nConseiller municipal\n\nPaul WEST\nConseiller municipal\n',
      found: {
        speakers: [
          { name: 'Anna BERG', label: 'Mme Berg', position: 'Maire' },
          { name: 'Karl LUND', label: 'M. Lund', position: 'Conseiller municipal' },
          { name: 'Anna BERG', label: 'Mme Berg', position: 'Maire' },
        ],
      },
    },
    {
      title:
        'a board’s offices, each over a colon and its holder’s name, among the lines of a paragraph (`Tesorería: Carlos López`); ' +
        'the shorter name is the attendee listed in full',
      form: 'resolved label',
      text:
        'Asistentes: Carlos López Quintanilla, Ana Berg\n\nCarlos: Las cuentas cuadran.\n\n' +
        'Ana: De acuerdo.\n\nCarlos: Gracias.\n\nSe ratifica la junta:\nPresidencia: Ana Berg\nTesorería: Carlos López\n' +
        'Secretaría: Las actas se enviaron.\n',
      found: {
        speakers: [
          { name: 'Carlos López Quintanilla', label: 'Carlos', position: 'Tesorería' },
          { name: 'Ana Berg', label: 'Ana', position: 'Presidencia' },
          { name: 'Carlos López Quintanilla', label: 'Carlos', position: 'Tesorería' },
        ],
      },
    },
    {
      title: 'a participants table with columns of names, offices and institutions, one attendee a row',
      form: 'resolved label',
      text:
        '## Attendees\n\n| Name | Position | Organisation |\n|---|---|---|\n| Anna Berg | Director | Nordic Institute |\n' +
        '| Karl LUND | Senior Researcher | University of Oslo |\n\n## Notes\n\nAnna: We begin.\n\nMr. Lund: Fine.\n\nAnna: Next.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', position: 'Director', organization: 'Nordic Institute' },
          { name: 'Karl LUND', label: 'Mr. Lund', position: 'Senior Researcher', organization: 'University of Oslo' },
          { name: 'Anna Berg', label: 'Anna', position: 'Director', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title:
        'a Word participants table through pandoc as a grid table (`+---+` borders): read as a pipe table is, so an ' +
        'office or a surname resolves to the holder it lists',
      form: 'resolved label',
      text:
        '+-----------------------+-------------------------+\n| **Nom**               | **Fonction**            |\n' +
        '+=======================+=========================+\n| Jean-Pierre DUPONT    | Maire                   |\n' +
        '+-----------------------+-------------------------+\n| Marielle BERNARD      | Conseillère municipale  |\n' +
        '+-----------------------+-------------------------+\n\n**1. Budget**\n\nLe Maire présente le budget.\n\n' +
        'Mme BERNARD demande le détail.\n',
      found: {
        speakers: [
          { name: 'Jean-Pierre DUPONT', position: 'Maire' },
          { name: 'Marielle BERNARD', label: 'Mme BERNARD', position: 'Conseillère municipale' },
        ],
      },
    },
    {
      title: 'a table without a column of names lists no one (a schedule’s `Time | Topic | Organisation`)',
      form: 'resolved label',
      text:
        '| Time | Topic | Organisation |\n|---|---|---|\n| 10:00 | Anna Berg | Nordic Institute |\n\n' +
        'Anna Berg: We begin.\n\nKarl Lund: Fine.\n\nAnna Berg: Next.\n',
      found: {
        speakers: [{ name: 'Anna Berg', organization: '' }, { name: 'Karl Lund' }, { name: 'Anna Berg', organization: '' }],
        roster: [],
      },
    },
    {
      title: 'a participants list grouped under its institutions, each on a line of its own over its people’s items',
      form: 'resolved label',
      text:
        '## Participants\n\nNordic Institute\n\n- Anna Berg, Director\n- Karl Lund, Senior Researcher\n\n' +
        'University of Oslo\n\n- Maria Olsen, Professor\n\n## Discussion\n\nAnna: We begin.\n\nMaria: Fine.\n\nKarl: Agreed.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', position: 'Director', organization: 'Nordic Institute' },
          { name: 'Maria Olsen', position: 'Professor', organization: 'University of Oslo' },
          { name: 'Karl Lund', position: 'Senior Researcher', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title: 'a meeting’s offices over their holders, as a definition list or a role’s line prints them (`Organizer`, `Scribe:`)',
      form: 'resolved label',
      text:
        '# Telecon\n\nOrganizer  \nAnna Berg, Karl Lund\n\n**Scribe:** Eva Smith\n\n' +
        'Present  \nAnna Berg, Karl Lund, Eva Smith, Tom Hale\n\n' +
        'Anna: We begin.\n\nEva: Noted.\n\nTom: A question.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna', position: 'Organizer' },
          { name: 'Eva Smith', label: 'Eva', position: 'Scribe' },
          { name: 'Tom Hale', label: 'Tom', position: '' },
        ],
      },
    },
    {
      title: 'a name, its office and its institution, each after a comma, in a label',
      form: 'label turn',
      text:
        'Anna Berg, Director, Nordic Institute: We begin.\n\nKarl Lund, Treasurer: Fine.\n\n' +
        'Anna Berg, Director, Nordic Institute: Next.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', position: 'Director', organization: 'Nordic Institute' },
          { name: 'Karl Lund', position: 'Treasurer', organization: '' },
          { name: 'Anna Berg', position: 'Director', organization: 'Nordic Institute' },
        ],
      },
    },
    {
      title:
        'a hearing’s statement heading in capitals names the witness, office and institution (run on into the next line ' +
        'after a comma), and a label by office and family name resolves to it; a senator’s statement gives no office',
      form: 'resolved label',
      text:
        'STATEMENT OF ANNA M. BERG, DIRECTOR,\n\nOFFICE OF BUDGET AND PLANNING\n\n' +
        'Director BERG. Thank you for having me.\n\nSTATEMENT OF SENATOR KARL LUND\n\nSenator LUND. A question.\n\n' +
        'Director BERG. An answer.\n',
      found: {
        speakers: [
          { name: 'Anna M. Berg', label: 'Director BERG', position: 'Director', organization: 'Office of Budget and Planning' },
          { name: 'Lund', label: 'Senator LUND', position: '', organization: '' },
          { name: 'Anna M. Berg', label: 'Director BERG', position: 'Director', organization: 'Office of Budget and Planning' },
        ],
      },
    },
    {
      title: 'a label resolved to the name a record prints in full on a line of its own (a hearing’s cover, its witnesses)',
      form: 'resolved label',
      text:
        '    COMMITTEE ON FINANCE\n\n    ANNA M. BERG, Maine, Chairman     KARL LUND, Ohio\n\n' +
        '    Eva Smith, Director, Office of Budget\n\nChairman BERG. The hearing will come to order.\n\n' +
        'Senator LUND. Thank you.\n\nMs. SMITH. Thank you.\n',
      found: {
        speakers: [
          { name: 'Anna M. Berg', label: 'Chairman BERG', position: 'Chairman', organization: '' },
          { name: 'Karl Lund', label: 'Senator LUND', honorific: 'Senator' },
          { name: 'Eva Smith', label: 'Ms. SMITH', honorific: 'Ms.', position: '' },
        ],
      },
    },
    {
      title: 'a role’s label in bold over the one person who holds it is her speaker line; a list of speakers under its heading is no turn',
      form: 'speaker line',
      text:
        '**Speakers:**\n\n- Jon Doe (Foo University): Captions in VR\n- Mary Major (Bar Inc.): Haptics\n\n' +
        '**Moderator:** Ms. Anna Berg, Programme Officer, Nordic Institute\n\nWelcome to the session.\n',
      found: {
        speakers: [
          {
            name: 'Anna Berg',
            label: 'Moderator',
            honorific: 'Ms.',
            position: 'Moderator, Programme Officer',
            organization: 'Nordic Institute',
            line: 6,
          },
        ],
      },
    },
    {
      title: 'a letter and a full stop before a surname alone is an initial, not the Spanish civility `D.` (Don), which takes a given name',
      form: 'label turn',
      text: 'D. Goodger: We agree.\n\nKarl Lund: So do we.\n\nD. Goodger: Fine.\n\nD. Francisco José Farrona Navas: Bien.\n',
      found: {
        speakers: [
          { name: 'D. Goodger', given_name: 'D.', family_name: 'Goodger', honorific: '', line: 1 },
          { name: 'Karl Lund', line: 3 },
          { name: 'D. Goodger', honorific: '', line: 5 },
          { name: 'Francisco José Farrona Navas', honorific: 'D.', family_name: 'Farrona Navas', line: 7 },
        ],
      },
    },
    {
      title: 'bold keys in a table’s cells (`**Date:**`, `**Location:**`) and a table with one bold name are no turns',
      form: 'label turn',
      text: '| **Date:** 5 May | x |\n| --- | --- |\n| **Location:** Oslo | y |\n\n| **Anna Berg:** Welcome. |\n| --- |\n| Agenda |\n',
      found: { speakers: [] },
    },
    {
      title: 'label turns in a table’s cells, a bold label opening a row’s first cell, a turn each row',
      form: 'label turn',
      text: '# Notes\n\n| **Anna Berg:** We agree. |\n| --- |\n| **Karl Lund:** So do we. |\n| **Anna Berg:** Fine. |\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', given_name: 'Anna', family_name: 'Berg', line: 3 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 5 },
          { name: 'Anna Berg', label: 'Anna Berg', line: 6 },
        ],
      },
    },
    {
      title:
        'minutes kept as a Markdown table: a listed participant’s initials open a cell of any column before a colon or a ' +
        'dash (`| MS: in progress |`, `| SB—needs brief discussion |`); a key’s colon (`Status:`) is no one’s; the keeper’s ' +
        'note in brackets after a listed name (`[remotely from DC]`) leaves the initials to it',
      form: 'label turn',
      text:
        '# Council minutes\n\nPresent:\n\n* Martina Scholger (MS)\n* Raff Viglianti (RV) [remotely from DC]\n* Syd Bauman (SB)\n\n' +
        '## Tickets\n\n| Number | Title | Notes |\n| --- | --- | --- |\n| 1499 | Misuse of @extent | MS: in progress |\n' +
        '| 1344 | Dates in W3C form | SB—needs brief discussion; I had not seen it was mine. |\n' +
        '| 1417 | Constants for classes | RV - skip, low priority |\n| 1082 | ODD documentation | Status: closed |\n',
      found: {
        speakers: [
          { name: 'Martina Scholger', label: 'MS', given_name: 'Martina', family_name: 'Scholger', line: 13 },
          { name: 'Syd Bauman', label: 'SB', line: 14 },
          { name: 'Raff Viglianti', label: 'RV', line: 15 },
        ],
      },
    },
    {
      title:
        'initials the participants list gives someone are theirs whatever else the letters spell (`PS:`, a postscript’s key); ' +
        'a verb inflected for its speaker before a colon reports them (`LB argues: …`)',
      form: 'label turn',
      text:
        'Present:\n\n* Peter Stadler (PS)\n* Lou Burnard (LB)\n\n## Release\n\n* PS: print out the git logs since the last release.\n' +
        '* LB argues: all of it, for the Guidelines’ sake.\n',
      found: {
        speakers: [
          { name: 'Peter Stadler', label: 'PS', line: 8 },
          { name: 'Lou Burnard', label: 'LB', line: 9 },
        ],
      },
    },
    {
      title:
        'live notes run remarks together: after a sentence’s end, a listed participant’s initials and a colon open another ' +
        'turn in the same item, where the record writes its turns under initials (three at least)',
      form: 'label turn',
      text:
        'Present:\n\n* Lou Burnard (LB)\n* Hugh Cayless (HC)\n* Raff Viglianti (RV)\n\n## Release\n\n' +
        '* HC: Master is always the latest stable branch.\n' +
        '* RV: Name the release branch once. HC: not good git policy. RV: It is risky to reuse it.\n' +
        '* LB: We have macro.schemaPattern.\n* Also clearance for TEI Simple. LB: this may take longer.\n',
      found: {
        speakers: [
          { name: 'Hugh Cayless', label: 'HC', line: 9 },
          { name: 'Raff Viglianti', label: 'RV', line: 10 },
          { name: 'Hugh Cayless', label: 'HC', line: 10 },
          { name: 'Raff Viglianti', label: 'RV', line: 10 },
          { name: 'Lou Burnard', label: 'LB', line: 11 },
          { name: 'Lou Burnard', label: 'LB', line: 12 },
        ],
      },
    },
    {
      title: 'two listed participants’ initials joined before a colon (`SB and HC:`): a joint remark, a turn each',
      form: 'label turn',
      text:
        'Present:\n\n* Syd Bauman (SB)\n* Hugh Cayless (HC)\n\n' +
        '## Release\n\n* SB and HC: reverse concern: what if the old branch stays?\n',
      found: {
        speakers: [
          { name: 'Syd Bauman', label: 'SB and HC', line: 8 },
          { name: 'Hugh Cayless', label: 'SB and HC', line: 8 },
        ],
      },
    },
    {
      title: 'initials after a sentence where the record writes no turns under initials: an action’s owner, no turn',
      form: 'label turn',
      text: 'Present:\n\n* Anna Berg (AB)\n* Karl Lund (KL)\n\n## Budget\n\nThe budget was approved. AB: to circulate it by May.\n',
      found: { speakers: [] },
    },
    {
      title: 'an element among elements shown as text (`\\<anyName\\> \\<xsl:choose\\>`) is markup, not a chat nick’s message',
      form: 'chat line',
      text: '* Lou’s suggestion for a template: \\<element\\>\n \\<anyName\\> \\<xsl:choose\\> \\<except\\>\n',
      found: { speakers: [] },
    },
    {
      title: 'a role’s label over its holder introduces her: the later turns under the role alone are hers',
      form: 'label turn',
      text:
        '**Moderator:** Ms. Anna Berg, Programme Officer, Nordic Institute\n\n**Moderator:** Welcome to the session.\n\n' +
        '**Karl Lund:** Thank you.\n\n**Moderator:** Next question.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Moderator', honorific: 'Ms.', position: 'Moderator, Programme Officer', line: 1 },
          { name: 'Anna Berg', label: 'Moderator', given_name: 'Anna', family_name: 'Berg', position: 'Moderator', line: 3 },
          { name: 'Karl Lund', label: 'Karl Lund', line: 5 },
          { name: 'Anna Berg', label: 'Moderator', position: 'Moderator', line: 7 },
        ],
      },
    },
    {
      title:
        'a role’s label over the holder its reporting sentence names (a bulletin of an intergovernmental meeting): the ' +
        'holder speaks, the office is the position (the holder’s own when an apposition gives it), its body the organisation',
      form: 'label turn',
      text:
        '# Opening plenary\n\nChair of IPCC: Bert Bolin noted that the second assessment will be completed by the autumn.\n\n' +
        'Secretary-General of the WMO: G.O.P. Obasi cited the early initiation of negotiations.\n\n' +
        'UN Secretary-General: On behalf of the Secretary General, Nitin Desai, Under-Secretary-General for Policy ' +
        'Coordination, said that the Convention was a milestone.\n\n' +
        'Executive-Director of UNEP: Elizabeth Dowdeswell suggested that the draft protocol is a platform.\n',
      found: {
        speakers: [
          { name: 'Bert Bolin', label: 'Chair of IPCC', position: 'Chair', organization: 'IPCC', line: 3 },
          { name: 'G.O.P. Obasi', label: 'Secretary-General of the WMO', position: 'Secretary-General', organization: 'WMO', line: 5 },
          {
            name: 'Nitin Desai',
            label: 'UN Secretary-General',
            position: 'Under-Secretary-General for Policy Coordination',
            organization: 'UN',
            line: 7,
          },
          { name: 'Elizabeth Dowdeswell', label: 'Executive-Director of UNEP', position: 'Executive-Director', line: 9 },
        ],
      },
    },
    {
      title:
        'statements of delegations: an office before the honorific is the position (`COP President H.E. …`), a heading in ' +
        'capitals over each statement the delegation, a body’s label over its speaker the organisation, an office’s domain ' +
        'that runs on as a list past a comma the office’s',
      form: 'reporting sentence',
      text:
        '# Ministerial segment\n\nCOP President H.E. Chen Chimutengwende (Zimbabwe) introduced the high level segment.\n\n' +
        '### SWEDEN\n\nAnna Lindh, Minister of the Environment, said a continued strategy is needed.\n\n' +
        'The EU: Brendan Howlin, Minister for the Environment of Ireland, reaffirmed the commitment.\n\n' +
        '### GHANA\n\nSam P. Yalley, Deputy Minister of the Environment, Science and Technology, noted the impact.\n\n' +
        '### DENMARK\n\nSvend Auken, Minister for the Environment and Energy, contrasted the needs.\n',
      found: {
        speakers: [
          { name: 'Chen Chimutengwende', honorific: 'H.E.', position: 'COP President', organization: 'Zimbabwe', line: 3 },
          { name: 'Anna Lindh', position: 'Minister of the Environment', organization: 'SWEDEN', line: 7 },
          { name: 'Brendan Howlin', label: 'The EU', position: 'Minister for the Environment of Ireland', organization: 'EU', line: 9 },
          {
            name: 'Sam P. Yalley',
            position: 'Deputy Minister of the Environment, Science and Technology',
            organization: 'GHANA',
            line: 13,
          },
          { name: 'Svend Auken', position: 'Minister for the Environment and Energy', organization: 'DENMARK', line: 17 },
        ],
      },
    },
    {
      title:
        'headings in capitals of words the document writes in lowercase are topics, not delegations; a key’s label ' +
        '(`Action:`) over a name is no body',
      form: 'reporting sentence',
      text:
        '# Notes\n\n### BUDGET\n\nAnna Berg, Treasurer, said the budget is balanced.\n\n' +
        '### ROOMS\n\nKarl Lund, Secretary, said the rooms are booked.\n\n### WEBSITE\n\nEva Holm, Editor, noted the website is slow.\n\n' +
        'We discussed the budget, the rooms and the website.\n\nAction: Karl Lund reported nothing.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: '', line: 5 },
          { name: 'Karl Lund', position: 'Secretary', organization: '', line: 9 },
          { name: 'Eva Holm', organization: '', line: 13 },
        ],
      },
    },
    {
      title: 'a role’s line that names its holder and no reporting verb assigns the role: no turn',
      form: 'label turn',
      text: '# Officers\n\nChair: Kiara Rose\n\nSecretary-General of the WMO: G.O.P. Obasi\n\nRapporteur: Anna Berg (Nordic Institute)\n',
      found: { speakers: [] },
    },
    {
      title: 'chat lines: times, <nick>, voiced nicks, actions, nick: text; join and quit lines and bots are no speakers',
      form: 'chat line',
      text:
        '15:25 <anna> hi all\n15:26 <+karl> hello\n15:26  * anna waves\n' +
        '15:27 -!- bob has quit [Ping timeout]\n15:28 <Zakim> agenda+ item 2\n15:29 karl: next item\n',
      found: {
        speakers: [
          { name: 'anna', label: 'anna' },
          { name: 'karl', label: '+karl' },
          { name: 'anna', label: 'anna' },
          { name: 'karl', label: 'karl' },
        ],
      },
    },
    {
      title:
        'a bouncer’s or web client’s log (ZNC, IRCCloud): the day in the brackets, `— nick` actions, `→`/`⇐` joins and ' +
        'quits no speakers, a Matrix bridge’s `[m]` kept in the nick, a nick addressed at a message’s start no speaker',
      form: 'chat line',
      text:
        '[2018-03-26 10:58:00] <anna> meeting in a few minutes\n[2018-03-26 11:00:47] → bob joined (~bob@example.org)\n' +
        '[2018-03-26 11:01:02] <sgp_[m]> hi\n[2018-03-26 11:24:06] — anna waves\n' +
        '[2018-03-26 11:25:18] ⇐ carl quit (~carl@example.org): Quit: bye\n[2018-03-26 11:46:36] <nioc> anna: it is signed\n',
      found: {
        speakers: [
          { name: 'anna', label: 'anna', line: 1 },
          { name: 'sgp_[m]', label: 'sgp_[m]', line: 3 },
          { name: 'anna', label: 'anna', line: 4 },
          { name: 'nioc', label: 'nioc', line: 6 },
        ],
      },
    },
    {
      title:
        'a meeting bot’s log (MeetBot, zodbot): the bot, known by its own messages whatever its nick, and the chair’s commands ' +
        '(`#info`, `#action`, `#topic`) are no turns; a word after a `#` that is no command is a remark',
      form: 'chat line',
      text:
        '15:00:48 <anna> #startmeeting Board\n15:00:48 <minutebot> Meeting started Tue Nov 13 15:00:48 2018 UTC.\n' +
        '15:00:48 <minutebot> Useful Commands: #action #agreed #help #info #idea #link #topic.\n' +
        '15:01:09 <anna> #topic Budget\n15:01:09 <minutebot> anna: topic\n15:01:24 <karl> the numbers are in\n' +
        '15:02:32 <anna> #info the budget is approved\n15:02:40 <anna> #action karl to send the accounts\n' +
        '15:02:50 <karl> #1037 is fixed too\n15:03:00 <anna> #endmeeting\n',
      found: {
        speakers: [
          { name: 'karl', label: 'karl', line: 6 },
          { name: 'karl', label: 'karl', line: 9 },
        ],
      },
    },
    {
      title: 'nick lines without times, one a line with no blank line between them: each a turn, resolved by the attendees list',
      form: 'chat line',
      text:
        'Attendees: Anna Berg (ab), Karl Lund (kl)\n\n' +
        'ab: let us move to testing\nkl: tests pass on main\nmore on that next week\nab: great, thanks all\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'ab', line: 3 },
          { name: 'Karl Lund', label: 'kl', line: 4 },
          { name: 'Anna Berg', label: 'ab', line: 6 },
        ],
      },
    },
    {
      title: 'board minutes as topic lines over nick lines: a nick that opens other lines too starts a turn after the topic',
      form: 'chat line',
      text:
        '- Budget\nanna: the numbers are in\nkarl: thanks, looks fine\nanna: we vote next week\n' +
        '- Website\nkarl: the redesign is live\nanna: great\n',
      found: {
        speakers: [
          { name: 'anna', label: 'anna', line: 2 },
          { name: 'karl', label: 'karl', line: 3 },
          { name: 'anna', label: 'anna', line: 4 },
          { name: 'karl', label: 'karl', line: 6 },
          { name: 'anna', label: 'anna', line: 7 },
        ],
      },
    },
    {
      title: 'a lowercase word before a colon on a wrapped line of prose is no nick, though the record has nick lines',
      form: 'chat line',
      text: 'We looked at the tests and the\npractice: it is what we do.\nanna: hi\nkarl: ok\nanna: ok\nkarl: fine\n',
      found: { speakers: [{ label: 'anna' }, { label: 'karl' }, { label: 'anna' }, { label: 'karl' }] },
    },
    {
      title:
        'a name a scribe also types in lowercase as a label (`nell:`) is still a name (no prose word); ' +
        'a paragraph that is one link is no turn, whatever colon its text holds',
      form: 'label',
      text:
        '## Naming\n\n[The Great Bikeshedding II: frames and spaces #418](https://example.org/418)\n\n' +
        'Brandon: We need shorter names.\n\nNell: No one has chimed in.\n\nBrandon: Root is fine.\n\n' +
        'nell: not sure I follow\n\nNell: I want three proposals.\n',
      found: {
        speakers: [
          { label: 'Brandon', line: 5 },
          { label: 'Nell', line: 7 },
          { label: 'Brandon', line: 9 },
          { label: 'nell', line: 11 },
          { label: 'Nell', line: 13 },
        ],
      },
    },
    {
      title: 'initials a label introduced (`Anna Berg (AB):`) name her when they open a later turn alone',
      form: 'label',
      text:
        'Anna Berg (AB): We should revisit the benchmarks.\n\nKarl Lund (KL): Agreed, they are old.\n\n' +
        'AB: Then next month.\n\nKL: Fine.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg (AB)' },
          { name: 'Karl Lund', label: 'Karl Lund (KL)' },
          { name: 'Anna Berg', label: 'AB' },
          { name: 'Karl Lund', label: 'KL' },
        ],
      },
    },
    {
      title:
        'initials with stops or from a capital inside the name (`Dirk Rohr (D.R.)`, `Steve DeWitt (SDW)`) are an alias, no ' +
        'organisation; capitals the name does not hold (`Eva Lind (SPD)`) are the body',
      form: 'label',
      text: 'Dirk Rohr (D.R.): GPUs are here.\n\nSteve DeWitt (SDW): We could provide problems.\n\nEva Lind (SPD): Agreed.\n',
      found: {
        speakers: [
          { name: 'Dirk Rohr', organization: '' },
          { name: 'Steve DeWitt', organization: '' },
          { name: 'Eva Lind', organization: 'SPD' },
        ],
      },
    },
    {
      title:
        'initials a glossary of abbreviations defines (`*[BSc]: Ben Schwartz`, as HedgeDoc notes end) name who speaks, ' +
        'a small letter after the capitals too; a slide or a relay in parentheses (`(p2)`, `(on chat)`, `(chair hat off)`) ' +
        'is no affiliation; a reply in a list item’s later paragraph, and after a hard break, is a turn',
      form: 'label',
      text:
        '## DNS over CoAP\n\nML (p2): We want encrypted name resolution.\n\n- Updated the content-format number\n\n' +
        '  CB (chair hat off): Good work.\n\nBSc: Bring it to DNSOP.  \nML: Ok\n\nCB (on chat): Latency.\n\n' +
        '*[CB]: Carsten Bormann\n\n*[ML]: Martine Lenders\n\n*[BSc]: Ben Schwartz\n',
      found: {
        speakers: [
          { name: 'Martine Lenders', label: 'ML (p2)', organization: '', line: 3 },
          { name: 'Carsten Bormann', label: 'CB (chair hat off)', organization: '', position: '', line: 7 },
          { name: 'Ben Schwartz', label: 'BSc', line: 9 },
          { name: 'Martine Lenders', label: 'ML', line: 10 },
          { name: 'Carsten Bormann', label: 'CB (on chat)', organization: '', line: 12 },
        ],
      },
    },
    {
      title:
        'an address spelt out in a chairs list (`(anna dot berg at uio dot no)`) is no affiliation; a chat platform’s ' +
        'link (`Zulip: https://…`) and a plural in capitals (`APIs:`) are no turns',
      form: 'label',
      text:
        'Chairs:\n\n* Anna Berg (anna dot berg at uio dot no)\n* Karl Lund (karl at lund dot se)\n\n' +
        'Zulip: https://zulip.example.org/stream/core\n\n## Status\n\nAB: We start.\n\nKL: Fine.\n\nAB: Good.\n\n' +
        'APIs: three are new.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'AB', organization: '' },
          { name: 'Karl Lund', label: 'KL', organization: '' },
          { name: 'Anna Berg', label: 'AB', organization: '' },
        ],
      },
    },
    {
      title:
        'a full name a label gives once (`Eric Rescorla:`) names the later turns by the given name alone (`Eric:`), as ' +
        'working-group notes write them; a given name two labels share (`Martin Duke`, `Martin Thomson`) stays as printed',
      form: 'label',
      text:
        '## QUIC-aware proxying\n\nEric Rescorla: I share the discomfort.\n\nTommy Pauly: Fair.\n\n' +
        'Eric: The baseline should be full encapsulation.\n\nTommy: That makes sense.\n\nMartin Duke: No hats.\n\n' +
        'Martin Thomson: In favour.\n\nMartin: I do not agree.\n\nEric: Fine.\n',
      found: {
        speakers: [
          { name: 'Eric Rescorla', label: 'Eric Rescorla' },
          { name: 'Tommy Pauly', label: 'Tommy Pauly' },
          { name: 'Eric Rescorla', label: 'Eric', given_name: 'Eric', family_name: 'Rescorla' },
          { name: 'Tommy Pauly', label: 'Tommy' },
          { name: 'Martin Duke', label: 'Martin Duke' },
          { name: 'Martin Thomson', label: 'Martin Thomson' },
          { name: 'Martin', label: 'Martin' },
          { name: 'Eric Rescorla', label: 'Eric' },
        ],
      },
    },
    {
      title: 'a presenter a heading names after its title’s dash (`### Title - Tommy Pauly`) names the later turns by the given name',
      form: 'label',
      text:
        '### QUIC-Aware Proxying - Tommy Pauly\n\nEric Rescorla: I share the discomfort.\n\nTommy: Fair.\n\n' +
        'Eric: The baseline should be full encapsulation.\n\nTommy: That makes sense.\n',
      found: {
        speakers: [
          { name: 'Tommy Pauly', label: 'Tommy Pauly', line: 1 },
          { name: 'Eric Rescorla', label: 'Eric Rescorla', line: 3 },
          { name: 'Tommy Pauly', label: 'Tommy', line: 5 },
          { name: 'Eric Rescorla', label: 'Eric', line: 7 },
          { name: 'Tommy Pauly', label: 'Tommy', line: 9 },
        ],
      },
    },
    {
      title:
        'the chairs speaking as one (`Chairs: Is there interest …?`) is a role’s turn, the vote count under it its words; ' +
        '`Chairs:` alone over the list of who they are is that list’s heading',
      form: 'label',
      text:
        'Chairs:\n\n- Anna Berg\n- Karl Lund\n\n## Proxying Ethernet\n\nEric Rescorla: Has someone looked at L2 techniques?\n\n' +
        'Chairs: Is there interest in adopting this?\nFor: 31  No: 18\n\nWatson Ladd: I do not see the use case.\n\nEric: Fine.\n',
      found: {
        speakers: [
          { name: 'Eric Rescorla', line: 8 },
          { name: '', label: 'Chairs', position: 'Chairs', line: 10 },
          { name: 'Watson Ladd', line: 13 },
          { name: 'Eric Rescorla', label: 'Eric', line: 15 },
        ],
      },
    },
    {
      title: 'reporting sentences by first name under a roll call `Board members present:`; a short form (`Kat`) of one listed name',
      form: 'reporting sentence',
      text:
        'Board members present:\n\nDevin Jones (dj)\n\nKatrina Templeton (kt)\n\n## Reports\n\n' +
        'Devin reports that the lab is open.\n\nKat reports that the new disks are up.\n',
      found: {
        speakers: [
          { name: 'Devin Jones', label: 'Devin', form: 'reported', line: 9 },
          { name: 'Katrina Templeton', label: 'Kat', form: 'reported', line: 11 },
        ],
      },
    },
    {
      title:
        'an attendance in prose under its heading (`… were present: Anna Berg, Tom\\nKrause.`, `Andrew Holm (Treasurer) was also in ' +
        'attendance`): reporting sentences by initial and family name (`T. Krause asked`, `A. Holm reported:`, no answer’s `A.`) ' +
        'are those listed',
      form: 'reporting sentence',
      text:
        '## Attendance\n\nThe following members of the Board of Directors were present at the meeting: Anna Berg, Tom\n' +
        'Krause.  Andrew Holm (Treasurer) was also in attendance.  A. Berg prepared these minutes.\n\n## Finances\n\n' +
        'T. Krause asked about the reserve.\n\nA. Holm reported:\n\n- The accounts are closed.\n',
      found: {
        speakers: [
          { name: 'Tom Krause', given_name: 'Tom', family_name: 'Krause', label: 'T. Krause', line: 8 },
          { name: 'Andrew Holm', label: 'A. Holm', position: 'Treasurer', line: 10 },
        ],
        roster: [{ name: 'Anna Berg' }, { name: 'Tom Krause' }, { name: 'Andrew Holm', position: 'Treasurer' }],
      },
    },
    {
      title:
        'a particle after an initial opens the family name (`M. von Löwis asked`); a letter an ASCII copy lost as `?` ' +
        '(`L?wis`) keeps the name one, resolved to the listed name',
      form: 'reporting sentence',
      text:
        '## Attendance\n\nThe following members of the Board of Directors were present at the meeting: Anna Berg, Martin von\n' +
        'L?wis.  Tom Krause (Treasurer) was also in attendance.\n\n## Grants\n\nM. von L?wis asked if the grants go on.\n',
      found: { speakers: [{ name: 'Martin von L?wis', family_name: 'von L?wis', label: 'M. von L?wis', line: 8 }] },
    },
    {
      title:
        'an adverb between a reported speaker and the verb (`M. von L?wis also expressed concern …`, as board minutes add a ' +
        'second point of the same member’s); a lowercase word that is no adverb there ends the apposition (`M. Berg soon left`)',
      form: 'reporting sentence',
      text:
        '## Attendance\n\nThe following members of the Board of Directors were present at the meeting: Anna Berg, Martin von\n' +
        'L?wis.  Tom Krause (Treasurer) was also in attendance.\n\n## Post Office Box\n\n' +
        'M. von L?wis also expressed concern that mail sent to the box may be lost.\n\nM. Berg soon left the meeting.\n',
      found: { speakers: [{ name: 'Martin von L?wis', label: 'M. von L?wis', line: 8 }] },
    },
    {
      title: 'an initial and a family name resolved to the one full name the record prints with both (`S. Deibel` for Stephan Deibel)',
      form: 'reporting sentence',
      text: 'Stephan Deibel presided at the meeting.\n\n## Donor Levels\n\nS. Deibel noted that the bylaws are odd.\n',
      found: { speakers: [{ name: 'Stephan Deibel', given_name: 'Stephan', family_name: 'Deibel', label: 'S. Deibel', line: 5 }] },
    },
    {
      title:
        'a first name resolved to the listed name that goes on past a full stop (`Matthias St. Pierre`), ' +
        '`St.` part of the surname; `raised` reports',
      form: 'reporting sentence',
      text: 'Attendees:\n\n- Hugo Landau\n- Matthias St. Pierre\n\n## AOB\n\nMatthias raised the issue of fuzz testing.\n',
      found: {
        speakers: [{ name: 'Matthias St. Pierre', given_name: 'Matthias', family_name: 'St. Pierre', label: 'Matthias', line: 8 }],
      },
    },
    {
      title: '`Name from Body said …`: the body the speaker comes from; lowercase words after `from` are no body',
      form: 'inline name',
      text:
        'Present: Anna Berg, Karl Lund\n\n## Budget\n\nAnna Berg from the Nordic Institute said that the numbers are in.\n\n' +
        'Karl Lund from the start of the project noted the delays.\n',
      found: { speakers: [{ name: 'Anna Berg', organization: 'Nordic Institute', form: 'inline', line: 5 }] },
    },
    {
      title: 'prose and keys before a colon are no missed turns: French spaced colons, keys the text writes in lowercase too',
      text:
        'Le code général des collectivités\n\nterritoriales : le numérotage est obligatoire.\n\nsource : le site du Sénat.\n\n' +
        'susvisé : dans les communes de plus de 2 000 habitants.\n\ndifférents : les cas sont nombreux.\n\n' +
        'communes : les voies sont nommées.\n\nhabitants : la liste est publiée.\n\n' +
        'Linderos: Norte, camino; Sur, río.\n\nLos linderos del solar no cambian.\n',
      found: { speakers: [] },
    },
    {
      title: 'a video call’s exported chat: `From … to Everyone:` with or without a time, private messages, a handle’s parenthesis',
      form: 'chat line',
      text:
        'Attendees: Anna Berg, Karl Lund\n\nFrom anna to Everyone: 03:07 PM\n\nThe slides are online.\n\n' +
        'From Karl Lund(NI) to Everyone: 03:09 PM\n\nThanks.\n\n10:15:32 From karl to Anna Berg(Privately) : see you\n\n' +
        'From May to June: the survey ran.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'From anna to Everyone' },
          { name: 'Karl Lund', label: 'From Karl Lund(NI) to Everyone' },
          { name: 'Karl Lund', label: 'From karl to Anna Berg(Privately)' },
        ],
      },
    },
    {
      title: 'bracketed nicks in notes, resolved to the attendees they stand for',
      form: 'chat line',
      text: '## Attendees\n\n1. Kiara Rose (Apple)\n2. Rob Wu (Mozilla)\n\n## Notes\n\n* [kiara] Plan the agenda.\n* [rob] Agreed.\n',
      found: {
        speakers: [
          { name: 'Kiara Rose', label: 'kiara', organization: 'Apple' },
          { name: 'Rob Wu', label: 'rob' },
        ],
      },
    },
    {
      title: 'reporting sentences of minutes: a civility or an office, perhaps a name, then a reporting verb (French, Spanish, German)',
      form: 'reporting sentence',
      text:
        'Présents : M. MARTIN Paul Maire, Mme DUBOIS Claire\n\n' +
        'Monsieur le Maire expose le projet de budget.\n\nMme Dubois lui répond que le budget est serré.\n\n' +
        'El Sr. Presidente informa que el acta se aprueba.\n\nFrau Weber erklärt den Haushalt.\n',
      found: {
        speakers: [
          { name: 'Paul Martin', label: 'Monsieur le Maire', honorific: 'Monsieur', position: 'Maire', form: 'reported' },
          { name: 'Claire Dubois', label: 'Mme Dubois', honorific: 'Mme', form: 'reported' },
          { name: '', label: 'El Sr. Presidente', honorific: 'Sr.', position: 'Presidente', form: 'reported' },
          { name: 'Weber', label: 'Frau Weber', honorific: 'Frau', form: 'reported' },
        ],
      },
    },
    {
      title:
        'a French list printing the family name first after a plural civility (`MM. GIRARD Jean, LEFÈVRE Paul, Mmes …`): ' +
        'every name of the group given name first, each label by civility and family name in capitals resolved to it',
      form: 'resolved label',
      text:
        'Membres présents : MM. GIRARD Jean, LEFÈVRE Paul, Mmes DUPONT Marie, MOREL Anne\n\n**1. Voirie**\n\n' +
        'Monsieur GIRARD indique que les travaux commencent.\n\nM. LEFÈVRE : Le marché est attribué.\n\n' +
        'Mme MOREL précise que la commission s’est réunie.\n',
      found: {
        speakers: [
          { name: 'Jean Girard', label: 'Monsieur GIRARD', honorific: 'Monsieur' },
          { name: 'Paul Lefèvre', label: 'M. LEFÈVRE', honorific: 'M.' },
          { name: 'Anne Morel', label: 'Mme MOREL', honorific: 'Mme' },
        ],
      },
    },
    {
      title: 'a label by a family name of several words (`Mme MOREL-DURAND`, `M. DE LA FONTAINE`) resolves to the one listed name it ends',
      form: 'resolved label',
      text:
        'Présents : Mme Anne MOREL-DURAND, M. Paul DE LA FONTAINE, M. Luc MOREL\n\n**1. Voirie**\n\n' +
        'Mme MOREL-DURAND précise que la commission s’est réunie.\n\nM. DE LA FONTAINE : Le marché est attribué.\n',
      found: {
        speakers: [
          { name: 'Anne MOREL-DURAND', label: 'Mme MOREL-DURAND', honorific: 'Mme' },
          { name: 'Paul DE LA FONTAINE', label: 'M. DE LA FONTAINE', honorific: 'M.' },
        ],
      },
    },
    {
      title: 'German conference reports: the presenter after a talk’s verb in verb-second order, what the parentheses say as organisation',
      form: 'reporting sentence',
      text:
        'Im Anschluss stellte Anna Berg (Universität Jena) das Projekt vor.\n\n' +
        'In ihrem Vortrag „Daten: wozu?“ zeigte Dr. Clara Vogt (Berlin), wie Editionen entstehen.\n\n' +
        'Die Keynote hielt Prof. Dr. Jonas Weber.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', organization: 'Universität Jena', form: 'reported' },
          { name: 'Clara Vogt', label: 'Dr. Clara Vogt', honorific: 'Dr.', organization: 'Berlin', form: 'reported' },
          { name: 'Jonas Weber', given_name: 'Jonas', family_name: 'Weber', honorific: 'Prof. Dr.', form: 'reported' },
        ],
      },
    },
    {
      title:
        'German conference reports: co-presenters joined by `und` or `sowie`, after the verb or as the subject, a turn each; ' +
        'an object after the name (`das Projekt`) is no part of it; a common noun after `und` is no partner, nor names before no verb',
      form: 'reporting sentence',
      text:
        'Im Anschluss stellten Anna Berg (Universität Jena) und Tom Krause das Projekt vor.\n\n' +
        'Es folgten die Workshops „Daten“ von Marco Emrich und Sophia Cook.\n\n' +
        'Das Werkzeug wurde von Lena Hoffmann sowie Dr. Paul Richter vorgestellt.\n\n' +
        'Danach sprach Eva Lange und Partner über Register.\n\n' +
        'Markus Schulz (DNB) und Clara Vogt (ZBW) berichteten über die GND.\n\nAnna Berg und Tom Krause sind Mitglieder.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: 'Universität Jena', form: 'reported' },
          { name: 'Tom Krause', organization: '', form: 'reported' },
          { name: 'Marco Emrich', form: 'reported' },
          { name: 'Sophia Cook', form: 'reported' },
          { name: 'Lena Hoffmann', form: 'reported' },
          { name: 'Paul Richter', label: 'Dr. Paul Richter', honorific: 'Dr.', form: 'reported' },
          { name: 'Eva Lange', form: 'reported' },
          { name: 'Markus Schulz', organization: 'DNB', form: 'reported' },
          { name: 'Clara Vogt', organization: 'ZBW', form: 'reported' },
        ],
      },
    },
    {
      title:
        'German workshop reports: a group presenting after a talk’s verb (`zeigte das … Kollektiv X`, ' +
        '`stellte das Projektteam X … vor`), a turn of the body: no person’s name, the group’s name its organisation; ' +
        'the object’s noun after three capitalised words is no part of it',
      form: 'reporting sentence',
      text:
        'Am Freitagmorgen zeigte das Frankfurter Künstler*innenkollektiv Scripted Reality Ausschnitte aus ihrem Programm.\n\n' +
        'Danach stellte das Projektteam Open Science seine Dienste vor.\n\n' +
        'Zum Schluss präsentierte die Arbeitsgruppe FDM ihre Ergebnisse.\n',
      found: {
        speakers: [
          { name: '', label: 'Scripted Reality', organization: 'Scripted Reality', form: 'reported', line: 1 },
          { name: '', label: 'Open Science', organization: 'Open Science', form: 'reported', line: 3 },
          { name: '', label: 'FDM', organization: 'FDM', form: 'reported', line: 5 },
        ],
      },
    },
    {
      title:
        'German reports: a group’s noun after a talk’s verb with no name of the group after it (a noun in capitals alone, the object, ' +
        'or an article) is no speaker',
      text: 'Im Anschluss zeigte das Team Ausschnitte aus dem Film.\n\nDanach stellte die Arbeitsgruppe das Projekt vor.\n',
      found: { speakers: [] },
    },
    {
      title: 'German workshop reports: who led or moderated a session (`leiteten … an`, `moderierten`), after a lead phrase, a turn each',
      form: 'reporting sentence',
      text:
        'In der darauffolgenden Sitzung leiteten Lena Hoffmann und Tom Krause eine Ideenwerkstatt an.\n\n' +
        'Die Abschlussrunde moderierten Eva Lange und Paul Richter.\n',
      found: {
        speakers: [
          { name: 'Lena Hoffmann', form: 'reported' },
          { name: 'Tom Krause', form: 'reported' },
          { name: 'Eva Lange', form: 'reported' },
          { name: 'Paul Richter', form: 'reported' },
        ],
      },
    },
    {
      title: 'German reports: who prepared or organised a meeting, with no verb of speaking or leading, is no speaker',
      text: 'Das Treffen war hybrid.\n\nAnna Berg und Tom Krause haben das Treffen vorbereitet und organisatorisch durchgeführt.\n',
      found: { speakers: [] },
    },
    {
      title:
        'German conference reports: a talk named by its giver’s genitive (`Lenas Präsentation`, `Paul Richters Vortrag`), by the ' +
        'full name the report prints (a given name in an image’s path is no common word); the body a position belongs to in the genitive',
      form: 'reporting sentence',
      text:
        '## Vorträge\n\n![Foto](img/lena.png)\n\nLena Hoffmann berät seit Jahren Kunden.\n\n' +
        'Lenas Präsentation stellte die App vor.\n\nPaul Richters Vortrag adressierte Fragen der Lizenz.\n\n' +
        'Lena zeigte, wie die App entstand.\n\n**Anna Berg**, Leiterin der Universität Jena, eröffnete die Tagung.\n',
      found: {
        speakers: [
          { name: 'Lena Hoffmann', label: 'Lena', form: 'reported' },
          { name: 'Paul Richter', label: 'Paul Richter', given_name: 'Paul', family_name: 'Richter', form: 'reported' },
          { name: 'Lena Hoffmann', label: 'Lena', form: 'reported' },
          { name: 'Anna Berg', position: 'Leiterin', organization: 'Universität Jena', form: 'inline' },
        ],
      },
    },
    {
      title:
        'German conference reports: a body’s name with its connector after `vom` (`Institut für Informatik`), a list of presenters ' +
        '(`A, B und C`) a turn each, a position opening the apposition after a name with honorifics, a focus particle before the name',
      form: 'reporting sentence',
      text:
        'Tom Krause vom Institut für Informatik berichtete über Register.\n\n' +
        'Im Panel diskutierten Sophia Cook, Marco Emrich und Sandy Maguire über Editionen.\n\n' +
        'Prof. Dr. Markus Schulz, Direktor des Landesarchivs, eröffnete die Tagung.\n\n' +
        'Auch Gerda Maier (DNB) betonte die Rolle der Normdaten.\n',
      found: {
        speakers: [
          { name: 'Tom Krause', organization: 'Institut für Informatik' },
          { name: 'Sophia Cook', form: 'reported' },
          { name: 'Marco Emrich', form: 'reported' },
          { name: 'Sandy Maguire', form: 'reported' },
          { name: 'Markus Schulz', honorific: 'Prof. Dr.', position: 'Direktor des Landesarchivs' },
          { name: 'Gerda Maier', organization: 'DNB', form: 'inline' },
        ],
      },
    },
    {
      title:
        'German conference reports: two given names joined by `und` as the subject or after a talk’s verb, a turn each, by the ' +
        'full names the report prints (a photo’s `alt="…"` too); given names it names nobody by are none',
      form: 'reporting sentence',
      text:
        '## Vortrag\n\n{{< portrait src="img/bruno.png" alt="Bruno Keller" >}}\n\nLena Hoffmann berät seit Jahren Kunden.\n\n' +
        'Lena und Bruno zeigten, wie die App entsteht.\n\nDurch ihre Geschichte zeigten Lena und Bruno die Vorteile.\n\n' +
        'Python und Java zeigten ihre Schwächen.\n',
      found: {
        speakers: [
          { name: 'Lena Hoffmann', label: 'Lena', form: 'reported' },
          { name: 'Bruno Keller', label: 'Bruno', form: 'reported' },
          { name: 'Lena Hoffmann', label: 'Lena', form: 'reported' },
          { name: 'Bruno Keller', label: 'Bruno', form: 'reported' },
        ],
      },
    },
    {
      title:
        'English workshop reports: a paragraph opening with a talk its giver’s possessive names and its topic after the noun ' +
        '(`Bennison-Chapman’s keynote on …`, `Anna Berg’s talk about …`), the verb anywhere after; a surname alone is the family name',
      form: 'reporting sentence',
      text:
        '## Imprints\n\nBennison-Chapman’s keynote on finger-prints, as well as the team’s work, generated much interest.\n\n' +
        'Anna Berg’s talk about clay inclusions opened the second day.\n',
      found: {
        speakers: [
          { name: 'Bennison-Chapman', given_name: '', family_name: 'Bennison-Chapman', form: 'reported' },
          { name: 'Anna Berg', label: 'Anna Berg', form: 'reported' },
        ],
      },
    },
    {
      title:
        'refused in English reports: a possessive talk with no topic after its noun refers back to a talk already given ' +
        '(`Bourne’s presentation was based on …`); a day’s or an opener’s possessive names nobody',
      form: 'reporting sentence',
      text:
        'Bourne’s presentation was based on his own experiences.\n\nToday’s talk on imprints was short.\n\n' +
        'Monday’s keynote on tablets was long.\n\n' +
        'The group’s presentation on tablets followed.\n',
      found: { speakers: [] },
    },
    {
      title:
        'refused in German reports: a place’s or a talk’s own genitive or demonstrative before a talk’s noun, with no talk’s verb after it',
      form: 'reporting sentence',
      text:
        'Jenas Keynote begann früh.\n\nDiese Präsentation zeigte viel.\n\nDes Vortrags zweiter Teil folgte.\n\n' +
        'Anna Berg, Tom Krause und Lena Hoffmann sind Mitglieder.\n',
      found: { speakers: [] },
    },
    {
      title: 'German conference reports: a name in capitals with its place or institution in parentheses, as H-Soz-Kult prints them',
      form: 'reporting sentence',
      text:
        'ANNA BERG (Leipzig) eröffnete die Tagung mit einem Überblick.\n\n' +
        'Danach widmete sich TOM KRAUSE (SUB Göttingen) den Quellen.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'ANNA BERG', family_name: 'Berg', organization: 'Leipzig', form: 'reported' },
          { name: 'Tom Krause', label: 'TOM KRAUSE', organization: 'SUB Göttingen', form: 'reported' },
        ],
      },
    },
    {
      title:
        'German conference reports: an occupation and its article before the presenter (`Der Historiker …`, the position), ' +
        'a participle of presenting after the giver (`Das von … vorgestellte Modell`), a contribution `von` its giver; ' +
        'not a participle of leading, a firm’s noun, or a fee',
      form: 'reporting sentence',
      text:
        'Der Historiker *Philipp Schneider* fokussierte in seinem Beitrag auf die Heraldik.\n\n' +
        'Das von *Sarah Wagner* vorgestellte Modell sieht eine Erfassung vor.\n\n' +
        'Zentrale Aspekte aus dem Beitrag von *Florian Thiery* betreffen das Mapping.\n\n' +
        'Das von Anna Berg geleitete Projekt zeigt viel.\n\nDie Firma Siemens Energy stellte ein Produkt vor.\n\n' +
        'Der Mitgliedsbeitrag von Anna Berg ist bezahlt.\n',
      found: {
        speakers: [
          { name: 'Philipp Schneider', position: 'Historiker', line: 1 },
          { name: 'Sarah Wagner', form: 'reported', line: 3 },
          { name: 'Florian Thiery', form: 'reported', line: 5 },
        ],
      },
    },
    {
      title: 'German conference reports: a talk’s noun, its quoted title, then its giver after `von` or in a relative clause (`in dem`)',
      form: 'reporting sentence',
      text:
        'Die Tagung begann mit der Keynote „Offene Daten“ von Lena Hoffmann, die den Stand erläuterte.\n\n' +
        'Neue Werkzeuge wurden in der folgenden Session von Lars G. Svensson vorgestellt.\n\n' +
        'Es folgte der Vortrag „Quellen“, in dem Tom Krause die Funde erläuterte.\n',
      found: {
        speakers: [
          { name: 'Lena Hoffmann', label: 'Lena Hoffmann', form: 'reported' },
          { name: 'Lars G. Svensson', given_name: 'Lars', family_name: 'Svensson', form: 'reported' },
          { name: 'Tom Krause', label: 'Tom Krause', form: 'reported' },
        ],
      },
    },
    {
      title:
        'German conference reports: every presenter the opening sentence names, a turn each — a clause’s subject after a talk’s ' +
        'noun and colon, after `und` or `während` (verb second or last), a further talk `von` its giver, the giver set off by commas',
      form: 'reporting sentence',
      text:
        'Danach begannen zwei Tutorials: Anna Berg und Tom Krause erklärten in „Daten“, wie man prüft, ' +
        'und Lena Hoffmann gab in „Werkzeuge“ eine Einführung.\n\n' +
        'Weiter ging es mit „Register“, einem Vortrag über Normdaten, von Clara Vogt, ' +
        'und parallel plädierte Markus Schulz mit „Lizenzen“ für Offenheit.\n\n' +
        'Parallel liefen die Workshops „Quellen“ von Marco Emrich sowie „Editionen“ von Sandy Maguire.\n\n' +
        'Im letzten Block sprach Eva Lange über Quellen, während im Nebenraum Jonas Weber einen Einblick in „Editionen“ gab.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', form: 'reported', line: 1 },
          { name: 'Tom Krause', form: 'reported', line: 1 },
          { name: 'Lena Hoffmann', form: 'reported', line: 1 },
          { name: 'Clara Vogt', form: 'reported', line: 3 },
          { name: 'Markus Schulz', form: 'reported', line: 3 },
          { name: 'Marco Emrich', form: 'reported', line: 5 },
          { name: 'Sandy Maguire', form: 'reported', line: 5 },
          { name: 'Eva Lange', form: 'reported', line: 7 },
          { name: 'Jonas Weber', form: 'reported', line: 7 },
        ],
      },
    },
    {
      title: 'a talk’s line in English by its whole-word noun (`Presentation:`, `Tutorial:`), the giver after the spaced dash',
      form: 'reporting sentence',
      text: 'Presentation: Open data in practice – Dr. Anna Berg (CERN)\n\nShe showed the archive.\n',
      found: { speakers: [{ name: 'Anna Berg', honorific: 'Dr.', organization: 'CERN', form: 'reported' }] },
    },
    {
      title:
        'refused: an author after a talk’s noun that the phrase goes on from (`von Anna Berg in Jena`), a clause after a colon that ' +
        'names no talk (`17:08 Uhr: Felix Kästner gibt die Moderation ab`), a line whose noun only contains a talk’s (`Representation:`)',
      form: 'reporting sentence',
      text:
        'Die Ergebnisse kamen im Vortrag über die Quellen von Anna Berg in Jena zur Sprache.\n\n' +
        '17:08 Uhr: Felix Kästner gibt die Moderation ab.\n\n' +
        'Representation: Open data in practice – Dr. Anna Berg (CERN)\n',
      found: { speakers: [] },
    },
    {
      title: 'German conference reports: the passive with a talk’s participle last, the body after `aus dem`; honorifics kept apart',
      form: 'reporting sentence',
      text:
        'Die Konferenz wurde von Prof. Dr. Anna Berg aus dem NFDI-Direktorat eröffnet.\n\n' +
        'Prof. Dr. Jonas Weber (TU Dresden) stellte die Ergebnisse vor.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Prof. Dr. Anna Berg', honorific: 'Prof. Dr.', organization: 'NFDI-Direktorat', form: 'reported' },
          { name: 'Jonas Weber', honorific: 'Prof. Dr.', position: '', organization: 'TU Dresden', form: 'inline' },
        ],
      },
    },
    {
      title: 'a German programme’s presenter label over a name with its honorific and body: that person’s turn',
      form: 'label',
      text: '## Panel 1\n\nReferentin: Dr. Clara Vogt (Universität Jena)\n\nSie sprach über Daten.\n',
      found: {
        speakers: [
          {
            name: 'Clara Vogt',
            honorific: 'Dr.',
            organization: 'Universität Jena',
            label: 'Referentin: Dr. Clara Vogt (Universität Jena)',
          },
        ],
      },
    },
    {
      title:
        'a talk’s line or heading that names its giver: the noun then `von` and the name, or `Talk: Title – Name` ' +
        '(honorifics kept apart, the parentheses’ body as organisation)',
      form: 'heading',
      text:
        '### Vortrag von Dr. Jan Becker (Universität Hamburg)\n\nEr zeigte die Ergebnisse.\n\n' +
        'Keynote: Offene Daten in der Praxis – Prof. Dr. Anna Keller (Universität Kassel)\n\nSie sprach über Daten.\n\n' +
        '### Daten im Archiv – Dr. Thomas Richter\n\nText.\n',
      found: {
        speakers: [
          { name: 'Jan Becker', label: 'Dr. Jan Becker', honorific: 'Dr.', organization: 'Universität Hamburg', form: 'heading' },
          {
            name: 'Anna Keller',
            label: 'Prof. Dr. Anna Keller',
            honorific: 'Prof. Dr.',
            organization: 'Universität Kassel',
            form: 'reported',
          },
          { name: 'Thomas Richter', label: 'Dr. Thomas Richter', honorific: 'Dr.', given_name: 'Thomas', form: 'heading' },
        ],
      },
    },
    {
      title: 'German reports: the body in parentheses after a reported speaker, `Den Auftakt machte …`, a civility and `ging auf … ein`',
      form: 'reporting sentence',
      text:
        'Anschließend referierte Dr. Eva Schulz (Universität Bonn) über Metadaten.\n\n' +
        'Den Auftakt machte Tobias Wolf (GWDG) mit einem Vortrag über Speicher.\n\n' +
        'Herr Prof. Weber ging auf die Finanzierung ein.\n',
      found: {
        speakers: [
          { name: 'Eva Schulz', label: 'Dr. Eva Schulz', honorific: 'Dr.', organization: 'Universität Bonn', form: 'reported' },
          { name: 'Tobias Wolf', organization: 'GWDG', form: 'reported' },
          { label: 'Herr Prof. Weber', honorific: 'Herr Prof.', family_name: 'Weber', form: 'reported' },
        ],
      },
    },
    {
      title: 'a talk’s heading or bold line that opens with its giver, an honorific or a body in parentheses, and a colon before the title',
      form: 'heading',
      text:
        '### Dr. Anna Berg (Universität Jena): Offene Daten für alle\n\nText.\n\n### Tom Krause (SUB): Normdaten\n\nText.\n\n' +
        '**Prof. Lena Hoffmann (HU Berlin): Werkzeuge**\n\nText.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Dr. Anna Berg', honorific: 'Dr.', organization: 'Universität Jena', form: 'heading' },
          { name: 'Tom Krause', organization: 'SUB', form: 'heading' },
          { name: 'Lena Hoffmann', honorific: 'Prof.', organization: 'HU Berlin', form: 'line' },
        ],
      },
    },
    {
      title:
        'a programme’s line in notes of study days and conferences: the giver (in bold), the affiliation in parentheses, a ' +
        'quoted title after a colon (French spacing too), as a paragraph or a heading; the label is the name alone',
      form: 'label',
      text:
        '# Journée d’étude\n\n## Analyse de réseau\n\n**Anna Berg** (EBSI, Université de Montréal) : « Des réseaux et des livres »\n\n' +
        'Notes sur les réseaux.\n\n## 2e session\n\n### **Jonas Weber** (Université du Kent) : « *Digital Editions* and Suites »\n\n' +
        'Notes sur les éditions.\n\n**Tom Krause** (Institut für Geschichte): „Offene Daten“\n\nNotizen.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg', department: 'EBSI', organization: 'Université de Montréal', form: 'label' },
          { name: 'Jonas Weber', label: 'Jonas Weber', organization: 'Université du Kent', form: 'heading' },
          { name: 'Tom Krause', label: 'Tom Krause', organization: 'Institut für Geschichte', form: 'label' },
        ],
      },
    },
    {
      title:
        'refused as a programme’s line: a label with a parenthesis over the speaker’s words, or a quoted title and more, keeps ' +
        'the parenthesis; prose naming a body in parentheses stays a sentence’s speaker',
      form: 'label',
      text:
        '# Notes\n\n**Anna Berg** (Nordic Institute) : Nous sommes d’accord.\n\n' +
        '**Tom Krause** (Institut für Geschichte) : « Offene Daten » et la suite du budget.\n\n' +
        'Lena Hoffmann (Nordic Institute) argued that the budget was too small.\n',
      found: {
        speakers: [
          { name: 'Anna Berg', label: 'Anna Berg (Nordic Institute)', organization: 'Nordic Institute', form: 'label' },
          { name: 'Tom Krause', label: 'Tom Krause (Institut für Geschichte)', organization: 'Institut für Geschichte', form: 'label' },
          { name: 'Lena Hoffmann', label: 'Lena Hoffmann', organization: 'Nordic Institute', form: 'inline' },
        ],
      },
    },
    {
      title:
        'refused: a talk’s line whose dash names a group or a moderator, a talk’s line that names nobody, a title’s first ' +
        'part before a colon (no honorific, no body)',
      form: 'heading',
      text:
        'Keynote: Offene Daten – Anna Berg und das Team der Bibliothek\n\n' +
        '### Panel: Daten und Recht – Moderation: Julia Fischer\n\n### Workshop: Offene Daten – Ergebnisse\n\n' +
        '### Offene Daten: Ein Überblick\n\n### Offene Daten (Teil 1): Grundlagen\n',
      found: { speakers: [] },
    },
    {
      title:
        'French council minutes: who presents a deliberation (`Rapporteur : Monsieur le Maire`, resolved to whom the minutes ' +
        'say presides; `Rapporteure : Mme …`), more speech acts (`soumet`, `prend la parole`), a deputy by her or his rank',
      form: 'label',
      text:
        'Le conseil municipal s’est réuni sous la présidence de M. Jean DUPONT, Maire.\n\n## 1. Budget\n\n' +
        'Rapporteur : Monsieur le Maire\n\nLe budget est présenté.\n\n## 2. Travaux\n\n' +
        'Rapporteure : Mme Claire BERNARD\n\nLe programme est présenté.\n\n' +
        'Mme la Maire soumet au vote la proposition.\n\nM. PETIT prend la parole pour remercier les agents.\n\n' +
        'M. le deuxième adjoint présente le dossier des écoles.\n',
      found: {
        speakers: [
          { name: 'Jean DUPONT', label: 'Rapporteur : Monsieur le Maire', honorific: 'Monsieur', position: 'Maire', form: 'label' },
          { name: 'Claire BERNARD', label: 'Rapporteure : Mme Claire BERNARD', honorific: 'Mme', form: 'label' },
          { name: 'Jean DUPONT', label: 'Mme la Maire', position: 'Maire', form: 'reported' },
          { label: 'M. PETIT', honorific: 'M.', form: 'reported' },
          { label: 'M. le deuxième adjoint', position: 'deuxième adjoint', form: 'reported' },
        ],
      },
    },
    {
      title: 'refused in French minutes: the council or the commune as subject, a name in an agenda heading, a rapporteur that is a body',
      form: 'reporting sentence',
      text:
        '## 8. Convention avec M. Dupont pour la cantine\n\n' +
        'Le Conseil municipal, après en avoir délibéré, approuve la convention.\n\n' +
        'La commune rappelle que les travaux débuteront en juin.\n\nRapporteur : la commission des finances\n\nTexte.\n',
      found: { speakers: [] },
    },
    {
      title:
        'refused in German reports: a citation, a place in prose, an organiser, a verb with no name after it, a later sentence, ' +
        'a clause or a source opening with a conjunction (`Wie …`, `Laut …`), who moderated',
      form: 'reporting sentence',
      text:
        'Berg (2019) zeigte, dass Editionen altern.\n\n' +
        'Die Teilnehmenden aus Leipzig (Sachsen) diskutierten lange.\n\n' +
        'Der Workshop wurde von Anna Berg organisiert.\n\n' +
        'Nach der Pause ging es mit der Diskussion weiter.\n\n' +
        'Die Tagung war gut besucht. Danach sprach Tom Krause über Quellen.\n\n' +
        'Im Bericht von Anna Berg finden sich die Zahlen.\n\n' +
        'Wie Clara Vogt betonte, sind Normdaten zentral.\n\nLaut Jonas Weber ist das Projekt erfolgreich.\n\n' +
        'Die Session wurde von Peter Braun moderiert.\n',
      found: { speakers: [] },
    },
    {
      title:
        'German minutes: the reporting verbs of a Protokoll in the present, after the name, after a phrase (verb second) ' +
        'or in the passive; first names and civilities resolved through the `Anwesend:` list, honorifics kept apart',
      form: 'reporting sentence',
      text:
        'Anwesend: Anna Berg, Jonas Weber, Dr. Clara Vogt\n\n## TOP 1: Kassenbericht\n\n' +
        'Jonas berichtet über den Kassenstand.\n\nFrau Vogt fragt nach den Beiträgen.\n\n' +
        'Jonas antwortet, dass alle Beiträge eingegangen sind.\n\nHerr Weber ergänzt, dass zwei Mitglieder ausgetreten sind.\n\n' +
        'Anna schlägt vor, im Mai zu tagen.\n\nDr. Vogt weist darauf hin, dass der Raum reserviert werden muss.\n\n' +
        'Auf Nachfrage erklärt Jonas Weber, dass der Raum frei ist.\n\nAnna Berg trägt den Jahresbericht vor.\n\n' +
        'Der Haushalt wird von Dr. Clara Vogt vorgetragen.\n',
      found: {
        speakers: [
          { name: 'Jonas Weber', label: 'Jonas', form: 'reported' },
          { name: 'Clara Vogt', label: 'Frau Vogt', honorific: 'Frau', form: 'reported' },
          { name: 'Jonas Weber', label: 'Jonas', form: 'reported' },
          { name: 'Jonas Weber', label: 'Herr Weber', honorific: 'Herr', form: 'reported' },
          { name: 'Anna Berg', label: 'Anna', form: 'reported' },
          { name: 'Clara Vogt', label: 'Dr. Vogt', honorific: 'Dr.', form: 'reported' },
          { name: 'Jonas Weber', label: 'Jonas Weber', form: 'reported' },
          { name: 'Anna Berg', label: 'Anna Berg' },
          { name: 'Clara Vogt', label: 'Dr. Clara Vogt', honorific: 'Dr.', form: 'reported' },
        ],
      },
    },
    {
      title:
        'German minutes: the office before the civility (`Bürgermeister Dr. Keller`), kept apart from the name; who leads ' +
        'the meeting (`Sitzungsleitung:`) is whom the office alone or the surname names',
      form: 'reporting sentence',
      text:
        'Sitzungsleitung: Bürgermeister Dr. Hans Keller\n\n## TOP 1: Eröffnung\n\n' +
        'Der Vorsitzende stellt fest, dass die Sitzung beschlussfähig ist.\n\n' +
        'Gemeinderätin Frau Roth fragt nach dem Haushalt.\n\nBürgermeister Dr. Keller antwortet, dass er ausgeglichen ist.\n',
      found: {
        speakers: [
          { name: 'Hans Keller', label: 'Der Vorsitzende', position: 'Bürgermeister', form: 'reported' },
          { name: 'Roth', label: 'Gemeinderätin Frau Roth', honorific: 'Frau', position: 'Gemeinderätin', form: 'reported' },
          { name: 'Hans Keller', label: 'Bürgermeister Dr. Keller', honorific: 'Dr.', position: 'Bürgermeister', form: 'reported' },
        ],
      },
    },
    {
      title: 'German minutes: an office alone (`Der Kassenwart berichtet …`) names whom the `Anwesend:` list gives that office',
      form: 'reporting sentence',
      text:
        'Anwesend: Anna Berg (Vorsitzende), Jonas Weber (Kassenwart), Clara Vogt (Schriftführerin)\n\n## TOP 1: Berichte\n\n' +
        'Der Kassenwart berichtet über die Finanzen.\n\nDie Schriftführerin verliest das Protokoll.\n\n' +
        'Die Vorsitzende entgegnet, dass die Frist gilt.\n',
      found: {
        speakers: [
          { name: 'Jonas Weber', label: 'Der Kassenwart', position: 'Kassenwart', form: 'reported' },
          { name: 'Clara Vogt', label: 'Die Schriftführerin', position: 'Schriftführerin', form: 'reported' },
          { name: 'Anna Berg', label: 'Die Vorsitzende', position: 'Vorsitzende', form: 'reported' },
        ],
      },
    },
    {
      title: 'refused in German minutes: an election and its acceptance, a phrase with no name after its verb, a body that pays',
      form: 'reporting sentence',
      text:
        '## TOP 9: Wahlen\n\nJonas Weber wird mit 12 Ja-Stimmen zum Kassenwart gewählt. Er nimmt die Wahl an.\n\n' +
        'Auf Nachfrage gibt es keine Einwände.\n\nDer Verein trägt die Kosten.\n\n' +
        'Für die Wahlleitung werden Anna Berg und Tom Krause vorgeschlagen.\n',
      found: { speakers: [] },
    },
    {
      title: 'an office after its article, with no civility or name, before a reporting verb (French, Spanish)',
      form: 'reporting sentence',
      text: 'Le Maire propose de reporter le vote.\n\nLa présidente rappelle l’ordre du jour.\n\nEl Alcalde manifiesta su acuerdo.\n',
      found: {
        speakers: [
          { name: '', label: 'Le Maire', position: 'Maire', form: 'reported' },
          { name: '', label: 'La présidente', position: 'présidente', form: 'reported' },
          { name: '', label: 'El Alcalde', position: 'Alcalde', form: 'reported' },
        ],
      },
    },
    {
      title:
        'who presides, as the opening says, is whom a label by the presiding office alone names; an office’s domain is not that office',
      form: 'reporting sentence',
      text:
        'Le conseil municipal s’est réuni à la mairie sous la présidence de Mme Sylvie BERNARD, Maire.\n\n' +
        'Madame le Maire expose le budget supplémentaire.\n\n' +
        'M. le Président de la commission des finances précise que les comptes sont justes.\n\nMme le Maire : Merci.\n',
      found: {
        speakers: [
          { name: 'Sylvie BERNARD', label: 'Madame le Maire', position: 'Maire', form: 'reported' },
          { name: '', label: 'M. le Président de la commission des finances', form: 'reported' },
          { name: 'Sylvie BERNARD', label: 'Mme le Maire', honorific: 'Mme', position: 'Maire', form: 'label' },
        ],
      },
    },
    {
      title: 'who presides, on the line of its label (`Président de séance :`): whom `M. le Président` names; the label’s line is no turn',
      form: 'label',
      text: '**Président de séance :** Jean DUPONT\\\n**Secrétaire de séance :** Anne ROUX\n\nM. le Président : Bonjour à tous.\n',
      found: { speakers: [{ name: 'Jean DUPONT', label: 'M. le Président', position: 'Président', form: 'label' }] },
    },
    {
      title: 'who presides, after the verb with the office first (Spanish): whom `el Sr. Alcalde` names',
      form: 'reporting sentence',
      text:
        'Preside el Sr. Alcalde-Presidente, D. Juan Pérez García, y da fe del acto la Secretaria.\n\n' +
        'El Sr. Alcalde informa que el acta se aprueba.\n',
      found: { speakers: [{ name: 'Juan Pérez García', label: 'El Sr. Alcalde', honorific: 'Sr.', form: 'reported' }] },
    },
    {
      title:
        'a verbatim record’s labels, a full stop and a dash (`M. Prénom Nom. - `): on a line inside a paragraph too, an office after ' +
        'a comma, a capitalised particle in the family name, a short turn set as a heading; a note of who presides ' +
        '(`(Présidence de M. R. Hotyat)`) names whom `M. le Président` names from there on, before it nobody',
      form: 'label',
      text:
        'La séance est ouverte à 9 h 50.\nM. le Président. - La séance est ouverte.\n\n' +
        'M. Jacques De Coster. - Monsieur le Président, je serai bref.\n\n## M. Dominique Harmel. - C’est un scoop!\n\n' +
        'M. Hervé Hasquin, Président du Collège. - Cela montre l’osmose de la majorité.\n\n' +
        '(Présidence de M. R. Hotyat)\n\nM. le Président. - La parole est à M. Grimberghs.\n',
      found: {
        speakers: [
          { name: '', label: 'M. le Président', position: 'Président', form: 'label' },
          { name: 'Jacques De Coster', given_name: 'Jacques', family_name: 'De Coster', form: 'label' },
          { name: 'Dominique Harmel', label: 'M. Dominique Harmel', form: 'label' },
          { name: 'Hervé Hasquin', honorific: 'M.', position: 'Président du Collège', form: 'label' },
          { name: 'R. Hotyat', label: 'M. le Président', position: 'Président', form: 'label' },
        ],
      },
    },
    {
      title: 'refused: the word `présidence` in a sentence is no note of who presides, `M. le Président` stays unnamed',
      form: 'label',
      text: 'La présidence de M. Paul Roux s’achève en juin.\n\nM. le Président. - Merci à tous.\n',
      found: { speakers: [{ name: '', label: 'M. le Président', form: 'label' }] },
    },
    {
      title: 'an attendance list of names each followed by its office (`M. Jean DUPONT, Maire, …`): whom `M. le Maire` names',
      form: 'reporting sentence',
      text:
        'Présents : M. Jean DUPONT, Maire, Mme Claire MARTIN, Adjointe, M. Paul DURAND.\n\n' +
        'M. le Maire présente le budget primitif.\n\nMme MARTIN indique que les dépenses augmentent.\n',
      found: {
        speakers: [
          { name: 'Jean DUPONT', label: 'M. le Maire', position: 'Maire', form: 'reported' },
          { name: 'Claire MARTIN', label: 'Mme MARTIN', position: 'Adjointe', form: 'reported' },
        ],
      },
    },
    {
      title: 'mixed minutes: label turns (a bold name before a spaced colon) and reporting sentences, both read',
      form: 'reporting sentence',
      text:
        '**M. DURAND** : Les recettes fiscales sont-elles confirmées ?\n\n**Mme MOREAU** : Oui, les bases sont notifiées.\n\n' +
        '**M. DURAND** : Merci.\n\nMme la Maire rappelle le calendrier des travaux.\n\n' +
        'Monsieur DURAND propose une réunion publique.\n\nVote : 14 pour, 0 contre, 1 abstention.\n',
      found: {
        speakers: [
          { name: 'Durand', label: 'M. DURAND', form: 'label' },
          { name: 'Moreau', label: 'Mme MOREAU', form: 'label' },
          { name: 'Durand', label: 'M. DURAND', form: 'label' },
          { label: 'Mme la Maire', position: 'Maire', form: 'reported' },
          { name: 'Durand', label: 'Monsieur DURAND', form: 'reported' },
        ],
      },
    },
    {
      title: 'a section as a list item (Word through pandoc): the paragraphs under its line are the body; a wrapped list of who attended',
      form: 'reporting sentence',
      text:
        'Présents : Sylvie BERNARD, Marc DURAND, Paul\nLEFÈVRE, Nadia GIRARD\n\n1.  **Budget primitif**\n\n' +
        '    Nadia GIRARD demande si la dette baisse.\n\n    **M. LEFÈVRE** : Oui, de 8 %.\n\n' +
        '2.  Questions diverses\n\n    Marc DURAND propose une réunion publique.\n',
      found: {
        speakers: [
          { name: 'Nadia GIRARD', form: 'inline' },
          { name: 'Paul LEFÈVRE', label: 'M. LEFÈVRE', form: 'label' },
          { name: 'Marc DURAND', form: 'inline' },
        ],
      },
    },
    {
      title: 'a hard line break (Word’s Shift+Enter through pandoc) before a reporting sentence: the sentence is a turn of its own',
      form: 'reporting sentence',
      text:
        'Présents : Jean MARTIN, Marielle ROUX\n\n**1. Motion**\n\n' +
        'Le contrat prévoit une hausse.\\\nMme ROUX demande un délai.\\\nVote : adopté à l’unanimité.\n',
      found: { speakers: [{ name: 'Marielle ROUX', label: 'Mme ROUX', form: 'reported', line: 6 }] },
    },
    {
      title: 'Word’s indented paragraphs (pandoc’s quotes): a reporting sentence by a civility or office, or by a listed given name',
      form: 'reporting sentence',
      text:
        'Présents : Jean-Pierre, Yves, Marielle\n\n**1. Budget**\n\n' +
        '> Monsieur le Maire expose le projet de budget.\n\n> Yves propose de reporter les travaux.\n\n' +
        '> Le budget est adopté à l’unanimité.\n',
      found: {
        speakers: [
          { label: 'Monsieur le Maire', position: 'Maire', form: 'reported', line: 5 },
          { name: 'Yves', label: 'Yves', form: 'reported', line: 7 },
        ],
      },
    },
    {
      title: 'a clause before the speaker, set off by its comma: the speaker named by a civility or an office, the verb at once',
      form: 'reporting sentence',
      text:
        '## Budget\n\nAprès avoir entendu l’exposé de M. Roux, Monsieur le Maire propose un vote.\n\n' +
        'L’ordre du jour étant épuisé, le président déclare close la séance.\n\n' +
        'Après discussion, le conseil municipal adopte le budget.\n',
      found: {
        speakers: [
          { label: 'Monsieur le Maire', form: 'reported', line: 3 },
          { label: 'le président', form: 'reported', line: 5 },
        ],
      },
    },
    {
      title:
        'a clause before a listed given name, set off by its comma, the verb at once (`…, Yves propose que…`); a given ' +
        'name nobody listed, or one after a sentence’s end, is no turn',
      form: 'reporting sentence',
      text:
        '## Conseil du 4 juin\n\nPrésents : Jean-Pierre, Yves, Marielle\n\n## École\n\n' +
        'Pour les élèves allant en 6ème, Yves propose que la mairie offre un dictionnaire.\n\n' +
        'Pour le temple, Paul propose une vente.\n\nLe devis est reçu. Ensuite, Marielle propose un vote.\n',
      found: { speakers: [{ name: 'Yves', given_name: 'Yves', label: 'Yves', form: 'reported', line: 7 }] },
    },
    {
      title:
        'a given name listed under a heading in French inclusive writing (`Présent.es :`, as associations write it), an ' +
        'object pronoun before the verb (`Monique nous fait remarquer`), and a given name that a hyphenated one ends ' +
        '(`Marie` beside `Anne-Marie`, two people); a name listed as excused (`Excusé.es :`) is no turn',
      form: 'reporting sentence',
      text:
        '## Conseil du 12 décembre\n\n**Présent.es :** Anne-Marie, Monique, Marie\\\n**Excusé.es :** Lauriane\n\n## Publics\n\n' +
        'Marie évoque la création d’un flyer.\n\nPar ailleurs, Monique nous fait remarquer que le public ne vient pas.\n\n' +
        'Lauriane propose une fête.\n',
      found: {
        speakers: [
          { name: 'Marie', given_name: 'Marie', label: 'Marie', form: 'reported', line: 8 },
          { name: 'Monique', given_name: 'Monique', label: 'Monique', form: 'reported', line: 10 },
        ],
      },
    },
    {
      title:
        'a line ending in who presents what follows (`… : Présentation par Yves`) over the listed participant’s own ' +
        'statement; a presenter nobody listed is no turn',
      form: 'reporting sentence',
      text:
        '## Conseil du 4 juin\n\nPrésents : Jean-Pierre, Yves, Marielle\n\n## Budget\n\n' +
        'Rappel info reçue par mail : Présentation par Yves\n\nC’est une décision modificative, comme je l’avais précisé.\n\n' +
        '## Temple\n\nLe devis est reçu. Présentation par Paul\n\nTexte.\n',
      found: { speakers: [{ name: 'Yves', label: 'Présentation par Yves', form: 'reported', line: 7 }] },
    },
    {
      title:
        'initials opening a reporting sentence name the one listed participant whose initials they are (`JP` for ' +
        'Jean-Pierre); an announced action, or initials nobody listed has, are no turn',
      form: 'reporting sentence',
      text:
        '## Conseil du 3 mars\n\nPrésents :\n\nJean-Pierre, Yves, Marielle\n\n## Motion\n\n' +
        'JP répond qu’un courrier sera envoyé.\n\nJP va regarder ça.\n\nONF indique une hausse.\n',
      found: { speakers: [{ name: 'Jean-Pierre', given_name: 'Jean-Pierre', label: 'JP', form: 'reported', line: 9 }] },
    },
    {
      title:
        'not a turn: a participants list as Word’s list items through pandoc (`Liste des participants :` an item of its own, ' +
        '`Name : role` after it, a colon glued to a name), an item’s wrapped line that pandoc made a quote between them',
      text:
        '-   Liste des participants :\n\n-   F Robert : référent analogique\n\n-   P Durand : architecte, projet\n\n' +
        '> radio\n\n-   N Marques : responsable des cartes\n\n-   JB Jego: équipe de recherche\n\n' +
        'Sujet : mise au clair des objectifs.\n',
      found: { speakers: [] },
    },
    {
      title:
        'not a turn: a quote is read only for a reporting sentence: a quoted speech that addresses someone, a name in a quoted sentence',
      text:
        'Présents : Anna BERG, Karl LUND\n\n' +
        '> Monsieur le Président, je vous remercie.\n\n> Anna Berg and the team drafted the plan.\n\n> **Karl Lund, Director**\n',
      found: { speakers: [] },
    },
    {
      title: 'a name after a Spanish civility has two surnames (`Dª Leonor Corbacho Tejada`); after a shared one, the last word',
      form: 'reporting sentence',
      text: 'Interviene Dª Leonor Corbacho Tejada para preguntar.\n\nEl Sr. Juan Pérez informa del acta.\n',
      found: {
        speakers: [
          { name: 'Leonor Corbacho Tejada', given_name: 'Leonor', family_name: 'Corbacho Tejada', form: 'reported' },
          { name: 'Juan Pérez', given_name: 'Juan', family_name: 'Pérez', form: 'reported' },
        ],
      },
    },
    {
      title: 'a record of label turns with one reporting sentence: it is inside a speech, no turn',
      form: 'reporting sentence',
      text:
        'MR. SMITH: We call our next witness.\n\nDr. Martin provided an analysis of each element.\n\n' +
        'THE COURT: Go ahead.\n\nMR. SMITH: Thank you.\n',
      found: {
        speakers: [
          { label: 'MR. SMITH', form: 'label' },
          { label: 'THE COURT', form: 'label' },
          { label: 'MR. SMITH', form: 'label' },
        ],
      },
    },
    {
      title: 'an apposition after a reported speaker: the office, and the group or body after its link word as the organisation',
      form: 'reporting sentence',
      text:
        'Interviene Dª Leonor Gil Rubio, portavoz del Grupo Municipal Socialista, preguntando por las obras.\n\n' +
        'M. Leroy, adjoint aux travaux, précise que les devis sont arrivés.\n',
      found: {
        speakers: [
          { name: 'Leonor Gil Rubio', position: 'portavoz', organization: 'Grupo Municipal Socialista', form: 'reported' },
          { name: 'Leroy', position: 'adjoint aux travaux', organization: '', form: 'reported' },
        ],
      },
    },
    {
      title: 'reporting sentences with the verb first, after an opener, or in the passive',
      form: 'reporting sentence',
      text:
        'Seguidamente interviene la Sra. García, portavoz del grupo.\n\n' +
        'Se explica por el Sr. Alcalde la modificación.\n\n' +
        'Anschließend berichtet Herr Weber über die Kasse.\n',
      found: {
        speakers: [
          { name: 'García', label: 'la Sra. García', form: 'reported' },
          { label: 'el Sr. Alcalde', position: 'Alcalde', form: 'reported' },
          { name: 'Weber', label: 'Herr Weber', form: 'reported' },
        ],
      },
    },
    {
      title: 'a given name before a reporting verb names the one full name the document prints with it; a name alone after the verb',
      form: 'reporting sentence',
      text:
        'Junta: Carmen Díez, Carlos López Quintanilla\n\nCarmen repasa el estado de cuentas.\n\nCarlos explica las actividades.\n\n' +
        'Interviene Damián Ortega para matizar.\n\nGoogle presented its roadmap.\n\nThe Google Cloud team was there.\n',
      found: {
        speakers: [
          { name: 'Carmen Díez', label: 'Carmen', form: 'reported' },
          { name: 'Carlos López Quintanilla', label: 'Carlos', form: 'reported' },
          { name: 'Damián Ortega', label: 'Damián Ortega', form: 'reported' },
        ],
      },
    },
    {
      title:
        'a developer’s handle in lowercase opening a paragraph before a reporting verb (`ferringb said:` over an indented ' +
        'quotation, `antarus requested that …`), as a project’s meeting summaries name people; a subject that names nobody ' +
        '(`we agreed`) is none, nor is a plain `nick: URL` line citing a member’s post',
      form: 'reporting sentence',
      text:
        'Status of PMS\n-------------\nferringb said:\n  I would like the council to discuss the current status of PMS\n' +
        '  and whether the spec will be approved this year.\n\nPreparation: Post your opinion to the thread.\n\n' +
        '\tdberkholz: http://archives.example.org/gentoo-dev/msg_9e96.xml\n\nwe agreed to vote on the list.\n\n' +
        'as-needed by default\n--------------------\nantarus requested that we vote on the default LDFLAGS.\n\f',
      found: {
        speakers: [
          { name: 'ferringb', label: 'ferringb', form: 'reported' },
          { name: 'antarus', label: 'antarus', form: 'reported' },
        ],
      },
    },
    {
      title: 'a given name before a reporting verb names the one participant listed by it; one listed as absent spoke no turn',
      form: 'reporting sentence',
      text:
        'Conseil du 3 mars\nPrésents :\nJean-Pierre, Yves, Marielle, David\nAbsente\nHélène\n\n## Temple\n\n' +
        'Marielle demande qu’on consulte la population.\n\nHélène a évoqué le patrimoine sensoriel des campagnes.\n',
      found: { speakers: [{ name: 'Marielle', given_name: 'Marielle', label: 'Marielle', form: 'reported' }] },
    },
    {
      title: 'a speech act’s noun before the speaker it names (French, Spanish); a participants heading over a paragraph of first names',
      form: 'label',
      text:
        'Présents :\n\nJean-Pierre, Yves, Marielle, David\n\n## Budget\n\nPrésentation par Yves : la décision modificative.\n\n' +
        'Intervention de M. LEROY : les devis dépassent l’enveloppe.\n\nPregunta del Sr. Gómez: ¿quién paga?\n\n' +
        'Marielle : je m’en occupe.\n\nPrésentation du budget : en équilibre.\n',
      found: {
        speakers: [
          { name: 'Yves', label: 'Présentation par Yves', form: 'label' },
          { name: 'Leroy', honorific: 'M.', label: 'Intervention de M. LEROY', form: 'label' },
          { name: 'Gómez', honorific: 'Sr.', label: 'Pregunta del Sr. Gómez', form: 'label' },
          { name: 'Marielle', label: 'Marielle', form: 'label' },
        ],
      },
    },
    {
      title: 'a list item that opens by reporting who spoke; a French name printed NOM Prénom after a civility',
      form: 'reporting sentence',
      text: '## Discussion\n\n- Julia Mayer remarked on the tool’s speed.\n- Monsieur JEAU Michel remercie le conseil.\n',
      found: {
        speakers: [
          { name: 'Julia Mayer', form: 'inline' },
          { name: 'Michel Jeau', label: 'Monsieur JEAU Michel', form: 'reported' },
        ],
      },
    },
    {
      title: 'a preposition after a parenthesis is no verb: German notes’ capitalised nouns before it are no name',
      text:
        '- Kursspezifische Email (Regenbekleidung, Änderung) durch Gemeinde\n- Erinnerung (automatisch) an Kursleiter\n' +
        '- Anna Berg (Kassenwartin) berichtet über die Finanzen.\n',
      found: { speakers: [{ name: 'Anna Berg', position: 'Kassenwartin', form: 'inline' }] },
    },
    {
      title: 'a conjunction after a name’s parenthesis is no verb; a reporting sentence inside a record of transcript turns is no new turn',
      text:
        '- Andrew Scott (in attendance) and Brett Forshey are drafting the documents.\n\n**Romania | Representative**\n\nThank you.\n\n' +
        '**Chile | Representative**\n\nThanks.\n\n**Peru | Representative**\n\nYes.\n\n' +
        '**Japan | Representative**\n\nMrs. Suzuki spoke about delivery.\n',
      found: { speakers: [{ organization: 'Romania' }, { organization: 'Chile' }, { organization: 'Peru' }, { organization: 'Japan' }] },
    },
    {
      title: 'a person addressed, a possessive subject, and reporting sentences inside a record whose turns have labels are no new turns',
      text:
        'Mr. Chair, thank you very much.\n\nThe Secretary General’s report recommends more staff.\n\n' +
        'Anna: We begin.\n\nKarl: Fine.\n\nAnna: Mr. Lund noted the cost.\n\n' +
        'Karl: Yes.\n\nMr. Lund noted the cost again.\n',
      found: { speakers: [{ name: 'Anna' }, { name: 'Karl' }, { name: 'Anna' }, { name: 'Karl' }] },
    },
    {
      title: 'minutes that put each speaker’s name on a line of its own over the list of their points',
      form: 'name line',
      text:
        'Open discussion\n\nDaniel\n\n- Not every talk needs a draft.\n\nPriya Nair\n\n- Agreed; a wiki page helps.\n\n' +
        'Karl van Dijk\n\n- We can host invited talks.\n',
      found: {
        speakers: [
          { name: 'Daniel', label: 'Daniel', form: 'label', line: 3 },
          { name: 'Priya Nair', form: 'label' },
          { name: 'Karl van Dijk', form: 'label' },
        ],
      },
    },
    {
      title: 'agenda items whose first line is their presenter’s name alone, over the item’s notes, in three items or more',
      form: 'name line',
      text:
        '## Fragmentation avoidance\n\nKazunori Fujiwara\n\nNo comments came from the floor.\n\n## Service binding\n\n' +
        'Ben Schwartz\n\nReady for last call.\n\n## Priming queries\n\nPaul Hoffman\n\nNo questions.\n',
      found: {
        speakers: [
          { name: 'Kazunori Fujiwara', line: 3 },
          { name: 'Ben Schwartz', line: 9 },
          { name: 'Paul Hoffman', line: 15 },
        ],
      },
    },
    {
      title: 'names in a column under a tally’s heading, or a name line under a heading with no notes, are no presenters',
      text:
        '## AYES--3\n\nBrant\nDeVries\nHolland\n\n## NOES--2\n\nReyes\nOrtega\n\n## Summary\n\nCarla Lind\n\n' +
        '## Next\n\nMia Sol\n\n## Last\n\nEva Holm\n\nThe end.\n',
      found: { speakers: [] },
    },
    {
      title: 'short titles over lists are no name lines: their words are written in lowercase elsewhere, or the document has too few',
      text:
        'Background\n\n- The background is in the charter.\n\nNext Steps\n\n- Agree the next steps.\n\nFunding\n\n' +
        '- Seek funding.\n\n## Another part\n\nDaniel\n\n- A point.\n\nPriya Nair\n\n- Another.\n',
      found: { speakers: [] },
    },
    {
      title: 'attributed quotes: a dash line after a quote, as its last paragraph, or as its last line names its author',
      form: 'attributed quote',
      text:
        '> Maps are for everyone.\n\n— Anna Berg, Nordic Institute\n\n> We need more training.\n>\n> -- Karl Lund\n\n' +
        '> "Water is life."\n> — Maria Lopez, Director, Ministry of Water\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: 'Nordic Institute', form: 'quote', line: 3, first: 0 },
          { name: 'Karl Lund', form: 'quote' },
          { name: 'Maria Lopez', position: 'Director', organization: 'Ministry of Water', form: 'quote' },
        ],
      },
    },
    {
      title:
        'an attribution inside a quote after a hyphen escaped from Markdown’s lists (`> \\- Karl Lund`); a task after the ' +
        'hyphen, or the line outside a quote, names no author',
      form: 'attributed quote',
      text:
        '> We need more maps.\n>\n> \\- Karl Lund, Nordic Institute\n\nHe wrote more.\n\n' +
        '> The plan:\n>\n> \\- fund the survey\n\nNotes.\n\n\\- Anna Berg\n',
      // A writer escapes the hyphen so that the quote's last paragraph is no list item (meetups' and blogs' wrap-ups).
      found: { speakers: [{ name: 'Karl Lund', organization: 'Nordic Institute', form: 'quote', line: 3, first: 0 }] },
    },
    {
      title: 'attributed quotes with `<cite>`: in a raw HTML blockquote, as a Markdown quote’s last paragraph or its end',
      form: 'attributed quote',
      text:
        '<blockquote>\n<p>Maps are for everyone.</p>\n<cite>Anna Berg, Nordic Institute</cite>\n</blockquote>\n\n' +
        '> We need more training.\n>\n> <cite>Karl Lund</cite>\n\n> Water is life. <cite>— Maria Lopez</cite>\n',
      found: {
        speakers: [
          { name: 'Anna Berg', organization: 'Nordic Institute', form: 'quote', line: 1 },
          { name: 'Karl Lund', form: 'quote', first: 1 },
          { name: 'Maria Lopez', form: 'quote' },
        ],
      },
    },
    {
      title: 'a `<cite>` in prose or naming a work is no author of a quote, nor a chat nick',
      text:
        'As <cite>Anna Berg</cite> wrote in 2020, maps age.\n\n' +
        '<blockquote>Old maps mislead.<cite>The Atlas of Norway</cite></blockquote>\n\n' +
        '> <cite>Atlas of Norway</cite>\n',
      found: { speakers: [] },
    },
    {
      title: 'a bare `<br>` between signature lines is an HTML line break, not a chat nick',
      text: 'Gütersloh, 25. Februar 2023\n<br>\n<br>\nLeon Farchau (Versammlungsleiter)\n<br>\n<br>\nMichael Prange (Protokollführer)\n',
      found: { speakers: [] },
    },
    {
      title: 'a dash line after prose, or a quote of one dash line, names no author of a quote',
      text: 'The plan was adopted.\n\n— Anna Berg, Nordic Institute\n\n> — Karl Lund\n',
      found: { speakers: [] },
    },
    {
      title: 'agenda and action labels, metadata keys, list headings, times and addresses are no labels',
      text:
        'Action: Anna to write the report.\n\nDecision: adopted.\n\nRESOLUTION: publish it.\n\n' +
        'Note: none.\n\nAgenda: three items.\n\nPresent: Anna Berg, Karl Lund\n\nDate: 5 May\n\n' +
        'Location: Oslo\n\n10:30: coffee\n\nhttps://example.org: the site\n\nDécision : adoptée.\n\n' +
        'Tagesordnung: drei Punkte.\n\nOrden del día: tres puntos.\n\n決議：通過。\n',
      found: { speakers: [] },
    },
    {
      title: 'prose that mentions a person, and a role’s line that only names who holds it, are no turns',
      text:
        'Chair: Kiara Rose\n\nAnna Berg ("Maps for all") argued that the maps were old.\n\n' +
        'Nordic Institute (NI) sponsored the meeting.\n\n' +
        'Anna’s [presentation](https://example.org/slides) is online.\n',
      found: { speakers: [] },
    },
    {
      title: 'a one-word label used once, in a document with no other turns, is no speaker',
      text: 'Overview: the project is on time.\n\nBudget: within limits.\n',
      found: { speakers: [] },
    },
    {
      title: 'a project named as a note’s topic in seminar notes (`Projet CADRE : …`) is no speaker',
      text: '## 2e session\n\nProjet CADRE : co-authored drama in Renaissance England.\n\nProjets LillONum : une plateforme.\n',
      found: { speakers: [] },
    },
    {
      title: 'a topic’s label in title case is no name when the document writes its words in lowercase too',
      text:
        'Interface Design: users asked for a better design of the interface.\n\n' +
        'Minutes Approval: the minutes were approved.\n\nCible DGFIP : la cible est la BAN.\n\n' +
        '**Executive Summary: Northern Data Workshop (May 2025)**\n',
      found: { speakers: [] },
    },
    {
      title: 'bold lead-ins and title-case topics over prose or a list, in a report with no other turns, are no speakers',
      text:
        '## Summary\n\n**Community Engagement:** Users were reached through newsletters.\n\n**Funding Models:** Fees were compared.\n\n' +
        '**Open Questions:**\n\n- Who pays?\n\nExpected Outcome: a shared roadmap.\n\n' +
        'Nächste Schritte: Entwurf verteilen.\n\nPuntos Clave: presupuesto.\n',
      found: { speakers: [] },
    },
    {
      title: 'agenda lines of minutes and programmes, possessive titles and labels ending in a field word are no speakers',
      text:
        'Roll Call: all members present.\n\nPublic Comment: none received.\n\nOld Business: none.\n\n' +
        'Treasurer’s Report: the balance is positive.\n\n' +
        "Chair's Summary: three points.\n\nProject Status: on time.\n\nFinancial Report: adopted.\n\n" +
        'Breakout Groups: three groups met.\n\n' +
        'Prochaines étapes : diffusion.\n\nOrdre du jour : budget.\n\nRuegos y preguntas: ninguno.\n\nVerschiedenes: nichts.\n',
      found: { speakers: [] },
    },
    {
      title: 'the fields of records a document repeats, each a short value, are no speakers',
      text:
        '### Alpha\n\nFunder: Nordic Council\n\nCost: 20,000 EUR\n\nRegion: Northern Europe\n\n### Beta\n\n' +
        'Funder: Baltic Fund\n\nCost: 15,000 EUR\n\nRegion: Baltic states\n',
      found: { speakers: [] },
    },
    {
      title: 'a part of the programme in parentheses, and a title-case term the document writes in lowercase too, are no speakers',
      text:
        '### 1. Open Science (Part A)\n\nMapping Tools (Session 3) presented the demos.\n\n' +
        'Open Access (OA) states that papers are free to read.\n\nWe want open access for all.\n',
      found: { speakers: [] },
    },
    {
      title: 'a name-only label is a turn when the document writes turns so: the label recurs, or its style has a recurring label',
      form: 'label turn',
      text: 'Anna Berg: We start with the budget.\n\nKarl Lund: It is on track.\n\nAnna Berg: Good.\n',
      found: { speakers: [{ name: 'Anna Berg' }, { name: 'Karl Lund' }, { name: 'Anna Berg' }] },
    },
    {
      title: 'a sentence that ends early is no label of the period form: it needs an honorific, or capitals after an office',
      text:
        'Ana Rodriguez Larrad\nFisioterapeuta. Profesora agregada en la universidad.\n\n' +
        'Profesora de Educación Especial. Investigadora de la facultad.\n',
      found: { speakers: [] },
    },
    {
      title:
        'a role’s line naming its holder, on the label’s line or the next; a time with its unit; a numbered option; ' +
        'a presenter’s label over several names, a proposer’s line; a body',
      text:
        '- Facilitator: TC\n- Minutes: James\n\n' +
        'SECRETARIA INTERVENTORA:\nDª ANA BUENO\nFecha Firma: 01/08/2025\n\n' +
        '17:08 Uhr: Die Sitzung wird unterbrochen.\n\n方案一：先做測試。\n\n### 國家發展委員會：\n\n說明。\n\n' +
        '汇报人：张三/李四\n\n发起人：王路军 统信\n\n' +
        'CRPP Fonctionnement Recettes : ajustement.\n\nACCA : 60€\n',
      found: { speakers: [] },
    },
  ],
  notOk: [
    {
      title: 'many one-word labels that nothing in the document supports: reported, not read',
      text: 'Notes of the call.\n\nAnna: we start.\n\nBerit: fine.\n\nCarl: yes.\n\nDora: later.\n\nEmil: agreed.\n',
      found: { speakers: [] },
      diagnostics: ['3:1 speakers-unrecognised'],
    },
  ],
}
