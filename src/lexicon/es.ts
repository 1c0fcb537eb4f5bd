// Spanish. General knowledge of how actas and reports in Spanish are written: nothing here is in the list
// because one document has it.
import { defineLexicon } from './types.js'

export const es = defineLexicon({
  language: 'es',
  honorifics: ['D.', 'Sr.', 'Sra.', 'Srta.', 'Sr', 'Sra', 'Dª', 'Dña.', 'Dña', 'Doña', 'Dra.', 'Dr.', 'Excmo.', 'Excma.', 'Ilmo.', 'Ilma.'],
  sentenceOpeners: ['Y', 'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Se', 'En', 'Por', 'Para', 'Con', 'Tras', 'No', 'Este', 'Esta', 'Estos', 'Estas'],
  organizationWords: ['sa', 'sl', 'asociación', 'ayuntamiento', 'diputación', 'universidad', 'instituto', 'ministerio', 'consejería', 'grupo'],
  positions: [
    'alcalde', 'alcaldesa', 'alcalde-presidente', 'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'concejal',
    'concejala', 'portavoz', 'secretario', 'secretaria', 'interventor', 'interventora', 'tesorero', 'tesorera', 'vocal',
    'consejero', 'consejera', 'director', 'directora', 'coordinador', 'coordinadora', 'jefe', 'jefa',
  ],
  departmentWords: ['departamento', 'dirección', 'servicio', 'área', 'concejalía'],
  questionLabels: ['pregunta', 'respuesta', 'preguntas', 'respuestas'],
  roles: ['presidente', 'presidenta', 'alcalde', 'alcaldesa', 'moderador', 'moderadora', 'pregunta', 'respuesta', 'público'],
  // Third person of the present and of the preterite, as actas write them; matched as word beginnings.
  reportingVerbs: [
    'indica', 'indicó', 'señala', 'señaló', 'explica', 'explicó', 'expone', 'expuso', 'informa', 'informó', 'manifiesta',
    'manifestó', 'pregunta', 'preguntó', 'responde', 'respondió', 'contesta', 'contestó', 'propone', 'propuso', 'comenta',
    'comentó', 'presenta', 'presentó', 'repasa', 'repasó', 'recuerda', 'recordó', 'añade', 'añadió', 'afirma', 'afirmó',
    'declara', 'declaró', 'destaca', 'destacó', 'agradece', 'agradeció', 'interviene', 'intervino', 'solicita', 'solicitó',
    'plantea', 'planteó', 'aclara', 'aclaró', 'considera', 'consideró', 'opina', 'opinó', 'sugiere', 'sugirió', 'subraya',
    'subrayó', 'insiste', 'insistió', 'matiza', 'matizó', 'da cuenta', 'dio cuenta', 'toma la palabra', 'tomó la palabra', 'dice',
    'dijo', 'pide', 'pidió', 'anuncia', 'anunció', 'advierte', 'advirtió', 'apunta', 'apuntó', 'resume', 'resumió', 'da la bienvenida',
    'abre', 'abrió', 'cierra', 'cerró', 'nos da',
  ],
  affiliationWords: ['de', 'del', 'de la'],
  titles: [
    'alcalde', 'alcaldesa', 'alcalde-presidente', 'alcaldesa-presidenta', 'alcalde presidente', 'teniente de alcalde', 'presidente',
    'presidenta', 'vicepresidente', 'vicepresidenta', 'concejal', 'concejala', 'portavoz', 'secretario', 'secretaria',
    'secretaria-interventora', 'secretario-interventor', 'interventor', 'interventora', 'tesorero', 'tesorera', 'consejero',
    'consejera', 'ministro', 'ministra', 'diputado', 'diputada', 'senador', 'senadora', 'vocal', 'director', 'directora',
  ],
  titleArticles: ['el', 'la', 'los', 'las'],
  titleConnectors: ['de', 'del', 'de la'],
  notLabels: [
    'acción', 'acciones', 'decisión', 'decisiones', 'acuerdo', 'acuerdos', 'resolución', 'nota', 'notas', 'orden del día',
    'asunto', 'asuntos', 'punto', 'fecha', 'hora', 'horario', 'lugar', 'asistentes', 'presentes', 'ausentes', 'excusados',
    'votación', 'votos', 'resultado', 'resultados', 'conclusión', 'conclusiones', 'objetivo', 'objetivos', 'tema', 'temas',
    'enlace', 'fuente', 'ejemplo', 'a favor', 'en contra', 'abstenciones', 'secretaría', 'tesorería', 'presidencia',
    'vicepresidencia', 'vice-presidencia', 'título', 'subtítulo', 'autoría', 'traducción', 'informo', 'certifico', 'dispongo',
    'considerando', 'resuelvo', 'primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'número', 'código', 'cód', 'expediente',
    'firma', 'fecha firma', 'hash', 'observaciones', 'anexo',
  ],
  participantsHeadings: ['asistentes', 'presentes', 'señores asistentes', 'concejales', 'miembros', 'participantes', 'asisten'],
  meetingWords: ['reunión', 'comité', 'sesión', 'pleno', 'asamblea general', 'asamblea', 'junta directiva', 'junta', 'jornada', 'taller', 'congreso', 'conferencia', 'seminario'],
  placePrepositions: ['en', 'en la', 'en el'],
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
