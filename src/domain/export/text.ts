// Escaping for the text formats the exports write. Dataset text is data, never markup.

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

/** Escapes text for XML element content and attribute values (both quote kinds). */
export function escapeXml(value: string): string {
  return xmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A field that a spreadsheet would run as a formula (=, +, -, @, tab, return first) gets a leading
 * apostrophe, the usual guard against formula injection; our data has no numbers that could need
 * a leading minus.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
