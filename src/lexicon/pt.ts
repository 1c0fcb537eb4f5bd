// Portuguese. General knowledge of how minutes (atas) and reports in Portuguese are written: nothing
// here is in the list because one document has it.
import { defineLexicon } from './types.js'

export const pt = defineLexicon({
  language: 'pt',

  honorifics: ['Sr.', 'Sra.', 'Dra.'],
  sentenceOpeners: ['E', 'Mas', 'O', 'Os', 'As', 'Um', 'Uma'],
  organizationWords: ['universidade', 'instituto', 'ministério', 'sa'],
  positions: ['coordenador', 'coordenadora', 'diretor', 'diretora', 'pesquisador', 'pesquisadora', 'presidente', 'professor', 'professora'],
  departmentWords: ['departamento', 'divisão', 'coordenação'],
  // The verbs of speech a minute-taker uses, in the third person of the present and of the past
  // (pretérito perfeito): "afirma", "afirmou". Matched as word beginnings, so "afirma" also covers
  // "afirmam" and "afirmaram", "agradece" covers "agradeceu", and "referiu" covers "referiu-se".
  reportingVerbs: [
    'abre', 'abriu', 'abriram', 'acrescenta', 'acrescentou', 'adiciona', 'adicionou', 'adverte', 'advertiu', 'advertiram',
    'afirma', 'afirmou', 'agradece', 'alerta', 'alertou', 'anuncia', 'anunciou', 'apresenta', 'apresentou', 'aponta',
    'apontou', 'argumenta', 'argumentou', 'assinala', 'assinalou', 'avalia', 'avaliou', 'avisa', 'avisou', 'cita', 'citou',
    'coloca', 'colocou', 'comenta', 'comentou', 'complementa', 'complementou', 'completa', 'completou', 'comunica',
    'comunicou', 'conclui', 'concluíram', 'concorda', 'concordou', 'confirma', 'confirmou', 'considera', 'considerou',
    'convida', 'convidou', 'corrobora', 'corroborou', 'critica', 'criticou', 'cumprimenta', 'cumprimentou', 'dá', 'deu',
    'declara', 'declarou', 'defende', 'deseja', 'desejou', 'destaca', 'destacou', 'discorda', 'discordou', 'discute',
    'discutiu', 'discutiram', 'disse', 'diz', 'elogia', 'elogiou', 'encerra', 'encerrou', 'enfatiza', 'enfatizou', 'esclarece',
    'explica', 'explicou', 'expõe', 'expôs', 'expuseram', 'expressa', 'expressou', 'faz', 'fez', 'fizeram', 'fala', 'falou',
    'frisa', 'frisou', 'indaga', 'indagou', 'informa', 'informou', 'introduz', 'introduziu', 'introduziram', 'justifica',
    'justificou', 'lembra', 'lembrou', 'lista', 'listou', 'manifesta', 'manifestou', 'menciona', 'mencionou', 'mostra',
    'mostrou', 'observa', 'observou', 'opina', 'opinou', 'parabeniza', 'parabenizou', 'pede', 'pediu', 'pediram', 'pergunta',
    'perguntou', 'pondera', 'ponderou', 'pontua', 'pontuou', 'propõe', 'propôs', 'propuseram', 'questiona', 'questionou',
    'recomenda', 'recomendou', 'reconhece', 'recorda', 'recordou', 'refere', 'referiu', 'reforça', 'reforçou', 'registra', 'registrou', 'regista',
    'registou', 'reitera', 'reiterou', 'relata', 'relatou', 'replica', 'replicou', 'responde', 'ressalta', 'ressaltou',
    'resume', 'resumiu', 'resumiram', 'retoma', 'retomou', 'salienta', 'salientou', 'saúda', 'saudou', 'sinaliza',
    'sinalizou', 'solicita', 'solicitou', 'sublinha', 'sublinhou', 'sugere', 'sugeriu', 'sugeriram',
  ],
  affiliationWords: ['do', 'da', 'de'],

  months: {
    janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
    novembro: 11, dezembro: 12,
  },
  dayRangeWords: ['a', 'e'],
  dateConnectors: ['de'],

  contentsHeadings: ['índice', 'indice', 'sumário', 'sumario'],
  annexWords: ['Anexo'],
  documentTypes: ['ata', 'relatório'],
  documentOfWords: ['da', 'do'],
  meetingWords: ['reunião', 'sessão', 'comitê', 'comité'],
  nameConnectors: ['de', 'da', 'do', 'sobre'],
  placePrepositions: ['em', 'na', 'no'],
  placeLabels: ['local', 'lugar'],
  dateLabels: ['data', 'hora'],
  listJoiners: ['e'],

  smallWords: ['da', 'do', 'dos', 'das', 'e', 'de'],
  conjunctions: ['e', 'ou'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['palmas', 'risos', 'aplausos', 'manifestação', 'tumulto'],
  noteLabels: ['nota', 'fonte', 'fontes', 'exemplo', 'atenção', 'aviso'],
  publisherWords: ['ministério', 'associação', 'universidade', 'instituto', 'agência', 'fundação', 'federação', 'conselho', 'câmara municipal', 'prefeitura', 'grupo de trabalho'],
})
