// A pasted or dropped article text, made ready to cite: the byte order mark dropped, line ends made
// "\n", no-break and other odd spaces made plain spaces, trailing spaces of each line dropped. The
// limits of loading apply (an embedded text holds at most 2,000,000 characters).
import { FILE_LIMITS, formatBytes } from "../../data/open/limits";

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const MAX_CHARS = 2_000_000;

export function normalizeArticleText(
  raw: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const text = raw
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(ODD_SPACES, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+/, "")
    .replace(/\n*$/, "\n");
  if (text.trim() === "") return { ok: false, message: "is empty: paste the article's text" };
  if (text.length > MAX_CHARS || new Blob([text]).size > FILE_LIMITS.textBytes)
    return {
      ok: false,
      message: `is larger than the limit of ${formatBytes(FILE_LIMITS.textBytes)} for one article`,
    };
  return { ok: true, text };
}
