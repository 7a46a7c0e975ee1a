// Bytes to text. Datasets and article texts are UTF-8; a UTF-16 file (with or without a byte order
// mark, as some Windows editors save) is decoded and said to be so, and bytes that are not valid
// UTF-8 are refused with where they are, instead of loading silently with replacement characters.

export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { ok: false; message: string };

/** UTF-16 without a byte order mark: zero bytes on one side of (nearly) every pair at the start. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(64, bytes.length >> 1);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let k = 0; k < pairs; k++) {
    if (bytes[2 * k] === 0) evenZero++;
    if (bytes[2 * k + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.9 && evenZero === 0) return "utf-16le";
  if (evenZero >= pairs * 0.9 && oddZero === 0) return "utf-16be";
  return null;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes a whole file's bytes; never throws. */
export function decodeText(bytes: Uint8Array): Decoded {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { ok: true, text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { ok: true, text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
    const utf16 = sniffUtf16(bytes);
    if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    try {
      // fatal: refuse invalid bytes instead of replacing them; the BOM, if any, is dropped.
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      const at = firstInvalidUtf8(bytes);
      return {
        ok: false,
        message: `is not UTF-8 text: byte ${Math.max(0, at).toLocaleString("en")} is not valid UTF-8 (save it as UTF-8 and open it again)`,
      };
    }
  } catch {
    return { ok: false, message: "could not be decoded as text" };
  }
}
