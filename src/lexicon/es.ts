// Spanish. General knowledge of how actas and reports in Spanish are written: nothing here is in the list
// because one document has it.
import { defineLexicon } from './types.js'

export const es = defineLexicon({
  language: 'es',
  honorifics: ['D.', 'Sr.', 'Sra.', 'Srta.', 'Sr', 'Sra', 'Dª', 'Dña.', 'Dña', 'Doña', 'Dra.', 'Dr.', 'Excmo.', 'Excma.', 'Ilmo.', 'Ilma.'],
  sentenceOpeners: ['Y', 'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Se', 'En', 'Por', 'Para', 'Con', 'Tras', 'No'],
  organizationWords: ['sa', 'sl', 'asociación', 'ayuntamiento', 'diputación', 'universidad', 'instituto', 'ministerio', 'consejería', 'grupo'],
  positions: [
    'alcalde', 'alcaldesa', 'alcalde-presidente', 'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'concejal',
    'concejala', 'portavoz', 'secretario', 'secretaria', 'interventor', 'interventora', 'tesorero', 'tesorera', 'vocal',
    'consejero', 'consejera', 'director', 'directora', 'coordinador', 'coordinadora', 'jefe', 'jefa',
  ],
  departmentWords: ['departamento', 'dirección', 'servicio', 'área', 'concejalía'],
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
  meetingWords: ['reunión', 'comité'],
  placeLabels: ['lugar'],
  listJoiners: ['y'],
  conjunctions: ['y', 'o'],
})
