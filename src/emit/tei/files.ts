// The names of the TEI files a run writes and how each begins: how a file report-extract wrote is
// told from one it did not (both begin the same way in every version).

/** The RELAX NG schema written beside the TEI files, and named by each of them (`xml-model`). */
export const TEI_SCHEMA_NAME = 'report-tei.rng'

/** How every `<report_id>.xml` begins: the XML declaration, then the schema it is valid against. */
export const TEI_START =
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<?xml-model href="${TEI_SCHEMA_NAME}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n`

/** How report-tei.rng begins. */
export const TEI_SCHEMA_START = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- report-tei.rng: '
