import { inflateRawSync, crc32 as zlibCrc32 } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  crc32,
  dosDateTime,
  entryStream,
  readEntry,
  readZip,
  writeZip,
  type ZipEntry,
  ZipError,
} from "./zip";

const NOW = new Date(2026, 11, 1, 10, 51, 15);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const view = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

/** Where the central directory record of entry `index` starts. */
function centralAt(zip: Uint8Array, index: number): number {
  const v = view(zip);
  let at = v.getUint32(zip.length - 22 + 16, true);
  for (let i = 0; i < index; i++)
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  return at;
}
const localAt = (zip: Uint8Array, index: number) => view(zip).getUint32(centralAt(zip, index) + 42, true);

/** The reason and sentence a refusal gives, and the entry it names. */
async function refusal(run: () => unknown): Promise<{ reason: string; message: string; entry?: string }> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return { reason: error.reason, message: error.message, ...(error.entry ? { entry: error.entry } : {}) };
  }
  throw new Error("expected a refusal");
}

const readAll = async (zip: Uint8Array) => {
  const out: Record<string, string> = {};
  for (const e of readZip(zip, { maxEntries: 10 })) out[e.name] = text(await readEntry(zip, e));
  return out;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("#writeZip and #readZip", () => {
  const files = [
    { name: "story.json", data: `${'{"title": "Harbour"}\n'.repeat(200)}` },
    { name: "articles/Zürich – 東京 «quote».txt", data: "Ünïcödé text, “curly” and 日本語.\n" },
    { name: "articles/empty.txt", data: "" },
  ];

  it("should read back every file, word for word, under its UTF-8 name", async () => {
    const zip = await writeZip(files, { date: NOW });
    expect(await readAll(zip)).toEqual(Object.fromEntries(files.map((f) => [f.name, f.data])));
    const entries = readZip(zip, { maxEntries: 10 });
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["story.json", 8, new TextEncoder().encode(files[0]?.data).length], // deflated: it is smaller
      ["articles/Zürich – 東京 «quote».txt", 0, new TextEncoder().encode(files[1]?.data).length], // too short to gain
      ["articles/empty.txt", 0, 0],
    ]);
    expect(entries.every((e) => e.date.getTime() === new Date(2026, 11, 1, 10, 51, 14).getTime())).toBe(true);
  });

  it("should mark names as UTF-8 (flag bit 11) in local and central headers", async () => {
    const zip = await writeZip(files, { date: NOW });
    for (let i = 0; i < files.length; i++) {
      expect(view(zip).getUint16(localAt(zip, i) + 6, true) & 0x0800).toBe(0x0800);
      expect(view(zip).getUint16(centralAt(zip, i) + 8, true) & 0x0800).toBe(0x0800);
    }
  });

  it("should write what another inflater and CRC-32 (Node's zlib) read", async () => {
    const zip = await writeZip(files, { date: NOW });
    for (let i = 0; i < files.length; i++) {
      const v = view(zip);
      const c = centralAt(zip, i);
      const local = localAt(zip, i);
      const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
      const packed = zip.subarray(start, start + v.getUint32(c + 20, true));
      const data = v.getUint16(c + 10, true) === 8 ? inflateRawSync(packed) : packed;
      expect(text(data)).toBe(files[i]?.data);
      expect(v.getUint32(c + 16, true)).toBe(zlibCrc32(data));
    }
  });

  it("should store every file when the browser cannot compress", async () => {
    vi.stubGlobal("CompressionStream", undefined);
    const zip = await writeZip(files, { date: NOW });
    expect(readZip(zip, { maxEntries: 10 }).map((e) => e.method)).toEqual([0, 0, 0]);
    expect(await readAll(zip)).toEqual(Object.fromEntries(files.map((f) => [f.name, f.data])));
  });

  it("should compute CRC-32 as zlib does", () => {
    const bytes = new TextEncoder().encode("The quick brown fox jumps over the lazy dog");
    expect(crc32(bytes)).toBe(0x414fa339);
    expect(crc32(bytes.subarray(10), crc32(bytes.subarray(0, 10)))).toBe(0x414fa339);
  });
});

describe("#dosDateTime", () => {
  it("should pack local time in two-second steps, and the date from 1980", () => {
    expect(dosDateTime(NOW)).toEqual({
      date: ((2026 - 1980) << 9) | (12 << 5) | 1,
      time: (10 << 11) | (51 << 5) | 7,
    });
    expect(dosDateTime(new Date(1975, 5, 1))).toEqual({ date: (1 << 5) | 1, time: 0 });
  });
});

describe("#readZip refusals", () => {
  const one = (name = "articles/x.txt", data = "Plain words of an article.") =>
    writeZip([{ name, data }], { date: NOW, compress: false });

  it("should refuse what is not a zip", async () => {
    expect(
      await refusal(() => readZip(new TextEncoder().encode("{ not a zip }"), { maxEntries: 5 })),
    ).toEqual({
      reason: "zip",
      message: "is damaged or not a .zip file: its central directory (the list of what it holds) is missing",
    });
  });

  it("should refuse a corrupted byte by its CRC-32", async () => {
    const zip = await one();
    const [entry] = readZip(zip, { maxEntries: 5 }) as [ZipEntry];
    zip.set([(zip[entry.dataOffset + 3] as number) ^ 0x01], entry.dataOffset + 3);
    expect(await refusal(() => readEntry(zip, entry))).toEqual({
      reason: "zip",
      message: "is damaged or not a .zip file: its content does not match its checksum (CRC-32)",
      entry: "articles/x.txt",
    });
  });

  it("should refuse a damaged compressed stream", async () => {
    const zip = await writeZip([{ name: "a.json", data: "x".repeat(5000) }], { date: NOW });
    const [entry] = readZip(zip, { maxEntries: 5 }) as [ZipEntry];
    expect(entry.method).toBe(8);
    zip.fill(0xff, entry.dataOffset, entry.dataOffset + entry.compressedSize);
    expect((await refusal(() => readEntry(zip, entry))).message).toBe(
      "is damaged or not a .zip file: its compressed data cannot be inflated",
    );
  });

  it("should refuse encrypted entries", async () => {
    const zip = await one();
    view(zip).setUint16(centralAt(zip, 0) + 8, 0x0801, true);
    expect(await refusal(() => readZip(zip, { maxEntries: 5 }))).toEqual({
      reason: "zip",
      message: "is encrypted: open a .zip made without a password",
      entry: "articles/x.txt",
    });
  });

  it("should refuse compression methods other than stored and deflate", async () => {
    const zip = await one();
    view(zip).setUint16(centralAt(zip, 0) + 10, 12, true);
    expect((await refusal(() => readZip(zip, { maxEntries: 5 }))).message).toBe(
      "is compressed with bzip2; only stored and deflated entries can be opened",
    );
  });

  it("should refuse zip64", async () => {
    const zip = await one();
    view(zip).setUint32(centralAt(zip, 0) + 24, 0xffffffff, true);
    expect(await refusal(() => readZip(zip, { maxEntries: 5 }))).toEqual({
      reason: "zip",
      message: "uses zip64 extensions, which cannot be opened here: save it without them",
      entry: "articles/x.txt",
    });
    const counted = await one();
    view(counted).setUint16(counted.length - 22 + 10, 0xffff, true);
    expect((await refusal(() => readZip(counted, { maxEntries: 5 }))).message).toMatch(/^uses zip64/);
  });

  it("should refuse more entries than the limit, before reading any", async () => {
    const zip = await writeZip(
      ["a.txt", "b.txt", "c.txt"].map((name) => ({ name, data: name })),
      { date: NOW },
    );
    expect(await refusal(() => readZip(zip, { maxEntries: 2 }))).toEqual({
      reason: "too-many",
      message: "holds 3 entries; the limit is 2",
    });
  });

  it("should refuse paths that climb out of the folder or are absolute", async () => {
    const cases: Array<[string, string]> = [
      ["../evil.txt", "has a path that climbs out of its folder with '..'"],
      ["articles/../../evil.txt", "has a path that climbs out of its folder with '..'"],
      [
        "/etc/passwd.txt",
        "has an absolute path (a .zip's paths are relative to the folder it is unpacked in)",
      ],
      ["C:/x.txt", "has an absolute path (a .zip's paths are relative to the folder it is unpacked in)"],
      ["articles\\x.txt", "has a path with backslashes (a .zip's folders are separated by /)"],
    ];
    for (const [name, message] of cases) {
      expect(await refusal(async () => readZip(await one(name), { maxEntries: 5 })), name).toEqual({
        reason: "zip",
        message,
        entry: name,
      });
    }
  });

  it("should refuse the same name twice", async () => {
    const zip = await writeZip(
      [
        { name: "a.txt", data: "one" },
        { name: "a.txt", data: "two" },
      ],
      { date: NOW },
    );
    expect((await refusal(() => readZip(zip, { maxEntries: 5 }))).message).toBe("appears twice in the .zip");
  });

  it("should refuse an entry that declares more than its limit, without inflating it", async () => {
    const zip = await one("a.txt", "x".repeat(100));
    const [entry] = readZip(zip, { maxEntries: 5 }) as [ZipEntry];
    expect(await refusal(() => readEntry(zip, entry, 50))).toEqual({
      reason: "too-large",
      message: "is 100 bytes uncompressed; the limit is 50",
      entry: "a.txt",
    });
  });

  it("should stop inflating a zip bomb at the size it declares", async () => {
    // 64 MB of zeros, deflated to about 64 KB, declared as 1,000 bytes in both headers.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const zip = await writeZip([{ name: "bomb.txt", data: zeros }], { date: NOW });
    view(zip).setUint32(centralAt(zip, 0) + 24, 1000, true);
    view(zip).setUint32(localAt(zip, 0) + 22, 1000, true);
    const [entry] = readZip(zip, { maxEntries: 5 }) as [ZipEntry];
    expect(entry.compressedSize).toBeLessThan(200 * 1024);
    // Count what the browser's inflater hands out.
    const Real = DecompressionStream;
    let inflated = 0;
    vi.stubGlobal(
      "DecompressionStream",
      class {
        readonly writable: WritableStream<Uint8Array>;
        readonly readable: ReadableStream<Uint8Array>;
        constructor(format: CompressionFormat) {
          const real = new Real(format);
          this.writable = real.writable as WritableStream<Uint8Array>;
          this.readable = real.readable.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                inflated += chunk.byteLength;
                controller.enqueue(chunk);
              },
            }),
          );
        }
      },
    );
    expect(await refusal(() => readEntry(zip, entry))).toEqual({
      reason: "too-large",
      message: "holds more than the 1,000 bytes it declares (stopped there)",
      entry: "bomb.txt",
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inflated).toBeGreaterThan(1000);
    expect(inflated).toBeLessThan(8 * 1024 * 1024);
  });

  it("should let a reader stop an entry midway", async () => {
    const zip = await writeZip([{ name: "a.txt", data: "y".repeat(1_000_000) }], { date: NOW });
    const [entry] = readZip(zip, { maxEntries: 5 }) as [ZipEntry];
    const reader = entryStream(zip, entry).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
  });
});
