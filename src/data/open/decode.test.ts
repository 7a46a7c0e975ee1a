import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "./decode";
import { type FileLike, loadFromFiles } from "./files";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` as UTF-16 bytes, little- or big-endian, with or without a byte order mark. */
function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    bytes[2 * i + (endian === "le" ? 0 : 1)] = u & 0xff;
    bytes[2 * i + (endian === "le" ? 1 : 0)] = u >> 8;
  });
  return bytes;
}

function bytesFile(name: string, bytes: Uint8Array): FileLike {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return { name, size: blob.size, stream: () => blob.stream() };
}

describe("#decodeText", () => {
  const sample = "Ana Lima met the “harbour” board in São Paulo.\n";

  it("should decode UTF-8, dropping a byte order mark", () => {
    expect(decodeText(utf8(sample))).toEqual({ ok: true, text: sample, encoding: "utf-8" });
    expect(decodeText(utf8(`\ufeff${sample}`))).toEqual({ ok: true, text: sample, encoding: "utf-8" });
  });

  it("should decode UTF-16 in either byte order, with or without a byte order mark, and name it", () => {
    for (const endian of ["le", "be"] as const)
      for (const bom of [true, false])
        expect(decodeText(utf16(sample, endian, bom))).toEqual({
          ok: true,
          text: sample,
          encoding: `utf-16${endian}`,
        });
  });

  it("should refuse invalid UTF-8 with the offset of the first bad byte, never a replacement character", () => {
    const good = utf8("Ana Lima é");
    const bytes = new Uint8Array([...good, 0xc3, 0x28, ...utf8(" rest")]);
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toContain(`byte ${good.length} is not valid UTF-8`);
    // Overlong forms, surrogates and truncated sequences are invalid too, where they start.
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(utf8(sample))).toBe(-1);
  });
});

describe("#loadFromFiles, encodings", () => {
  const minimal = readFileSync("data/examples/minimal.json", "utf8");

  it("should open a dataset saved as UTF-16 and say that it was", async () => {
    const outcome = await loadFromFiles([bytesFile("harbour.json", utf16(minimal, "le", true))], () => {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.problems.map((w) => w.message)).toContain(
      "was saved as UTF-16LE, not UTF-8; it was read as such",
    );
  });

  it("should refuse an article text that is not valid UTF-8, by file and byte", async () => {
    const data = JSON.parse(minimal) as { articles: { text?: string }[] };
    const text = data.articles[0]?.text as string;
    delete data.articles[0]?.text;
    const bytes = utf8(text);
    const broken = new Uint8Array([...bytes.slice(0, 100), 0xff, ...bytes.slice(100)]);
    const outcome = await loadFromFiles(
      [bytesFile("gazette-2024-03-01.txt", broken), bytesFile("harbour.json", utf8(JSON.stringify(data)))],
      () => {},
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({ file: "gazette-2024-03-01.txt" });
    expect(outcome.problems[0]?.message).toContain("byte 100 is not valid UTF-8");
  });
});
