// Escaping for the text formats the exports write. Dataset text is data, never markup.

/**
 * Control characters (C0 but tab, line feed, carriage return; DEL; C1) and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): what could make a cell or a
 * label read differently from what the dataset says, or hide part of it (data/vocabulary.ts refuses
 * them in names; excerpts may still hold them).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `value` without control and bidi-override characters (see UNSAFE_TEXT). */
export function stripUnsafeText(value: string): string {
  return value.replace(UNSAFE_TEXT, "");
}

/** Drops what XML 1.0 cannot hold: C0 controls other than tab, newline, return; U+FFFE/FFFF; lone surrogates. */
function xmlChars(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

/**
 * Escapes text for XML element content and attribute values (both quote kinds). Tab, line feed and
 * carriage return become character references: a parser turns them into spaces in an attribute
 * value, and a bare carriage return into a line feed anywhere, so written as-is they would not
 * survive a round trip (GEXF keeps every value in attributes).
 */
export function escapeXml(value: string): string {
  return xmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Text for an SVG picture: control and bidi-override characters dropped, then escaped. */
export function escapeSvgText(value: string): string {
  return escapeXml(stripUnsafeText(value));
}

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (after any
 * white space): = + - @, tab, carriage return, and their full-width forms (which Excel reads as the
 * ASCII ones in East Asian locales). Leading apostrophes are skipped too, so that a value that
 * already starts with one is guarded as well and the guard can always be undone exactly.
 */
const FORMULA_START = /^'*[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field (RFC 4180). Every text field is quoted, quotes doubled, so a `;` or `,` inside it
 * never splits it, whichever separator the spreadsheet assumes (Excel in most European locales
 * splits on `;`: an unquoted `a;=HYPERLINK(…)` there becomes a formula cell). A text field that a
 * spreadsheet would run as a formula gets a leading apostrophe, the usual guard against formula
 * injection, which spreadsheets show as text. Control and bidi-override characters are dropped
 * first (see UNSAFE_TEXT). Numbers and booleans are written bare.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const clean = stripUnsafeText(value);
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Undoes csvField's formula guard on a parsed field: the apostrophe it added, and only that. */
export function unguardCsvField(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

export function csvRow(fields: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return fields.map(csvField).join(",");
}

/** CSV text: a header row and one row per record, CRLF line ends as RFC 4180 asks. */
export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return `${[header, ...rows].map(csvRow).join("\r\n")}\r\n`;
}
