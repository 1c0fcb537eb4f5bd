// Spanish. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const es = defineLexicon({
  language: 'es',
  honorifics: ['Sr.', 'Sra.', 'Dra.'],
  sentenceOpeners: ['Y', 'El', 'La', 'Los', 'Las'],
  organizationWords: ['sa'],
  meetingWords: ['reunión', 'comité', 'sesión', 'pleno', 'asamblea general', 'asamblea', 'junta directiva', 'junta', 'jornada', 'taller', 'congreso', 'conferencia', 'seminario'],
  placeLabels: ['lugar', 'sede'],
  listJoiners: ['y'],
  conjunctions: ['y', 'o'],

  // Dates and the document (long-form reports)
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
    noviembre: 11, diciembre: 12,
    'ene.': 1, 'feb.': 2, 'abr.': 4, 'ago.': 8, 'sept.': 9, 'dic.': 12,
  },
  dayRangeWords: ['al', 'y', 'a'],
  dateConnectors: ['de', 'del'],
  weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo'],
  dayArticles: ['el', 'del'],
  contentsHeadings: ['índice', 'indice', 'sumario', 'contenido', 'tabla de contenido', 'tabla de contenidos'],
  annexWords: ['Anexo'],
  agendaItemWords: ['Asunto', 'Punto'],
  sectionNames: [
    'resumen', 'resumen ejecutivo', 'introducción', 'antecedentes', 'conclusión', 'conclusiones', 'recomendaciones',
    'agradecimientos', 'referencias', 'bibliografía', 'anexo', 'anexos', 'glosario', 'orden del día', 'ruegos y preguntas', 'contacto',
  ],
  topLevelSections: ['resumen', 'resumen ejecutivo', 'agradecimientos', 'referencias', 'bibliografía', 'anexos', 'glosario', 'contacto'],
  pageWords: ['contraportada', 'portada', 'interior de portada', 'interior de contraportada'],
  documentTypes: ['acta', 'borrador de acta', 'informe', 'memoria', 'libro blanco', 'relatoría'],
  documentOfWords: ['de la', 'del', 'de'],
  dateLabels: ['fecha', 'hora', 'horario'],
  onlineVenues: ['en línea', 'virtual', 'videoconferencia', 'telemática'],
  venueWords: ['casa consistorial', 'salón de plenos', 'salón de actos', 'ayuntamiento', 'sala'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['aplausos', 'risas', 'rumores', 'protestas', 'murmullos', 'pronuncia palabras que no se perciben'],
  noteLabels: ['nota', 'fuente', 'fuentes', 'ejemplo', 'atención', 'aviso'],
  publisherWords: ['ayuntamiento', 'asociación', 'ministerio', 'universidad', 'instituto', 'agencia', 'fundación', 'federación', 'consejo', 'diputación', 'congreso de los diputados', 'senado', 'grupo de trabajo'],
})
