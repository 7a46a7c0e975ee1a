// Writing and reading .zip files, the little of the format a dataset needs (PKWARE APPNOTE 6.3):
// local headers, a central directory, CRC-32, UTF-8 names (flag bit 11), entries stored or
// DEFLATE-compressed by the browser's own CompressionStream / DecompressionStream ("deflate-raw").
// The reader is strict and bounded, for files from anyone: it refuses encryption, other methods,
// zip64, split archives, unsafe paths and damaged structure, each with a sentence naming the entry;
// an entry is inflated from small slices, checked against its declared size as it comes, so a zip
// bomb stops at the size it declared. No DOM, no dataset knowledge.

/** Why a zip was refused: its structure or an entry (`zip`), its entry count, or a size. */
export type ZipRefusal = "zip" | "too-many" | "too-large";

export class ZipError extends Error {
  constructor(
    readonly reason: ZipRefusal,
    message: string,
    /** The entry it is about, when it is about one. */
    readonly entry?: string,
  ) {
    super(message);
  }
}

// ---- CRC-32 (IEEE 802.3, as zip uses it) ----

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 of `bytes`, continuing from `crc` (the CRC of what came before). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = crcTable();
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

// ---- MS-DOS date and time (local time, two-second steps, 1980–2107) ----

/** A date as zip stores it: `time` = h<<11 | m<<5 | s/2, `date` = (y−1980)<<9 | month<<5 | day. */
export function dosDateTime(at: Date): { date: number; time: number } {
  const year = at.getFullYear();
  if (year < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
  };
}

function fromDos(date: number, time: number): Date {
  return new Date(
    1980 + (date >> 9),
    ((date >> 5) & 0x0f) - 1,
    date & 0x1f,
    time >> 11,
    (time >> 5) & 0x3f,
    (time & 0x1f) * 2,
  );
}

// ---- writing ----

export interface ZipInput {
  /** The path inside the zip, with `/` between folders. */
  name: string;
  data: Uint8Array | string;
}

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50 };
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Made by: Unix (3), spec 2.0, so that unzip gives the files ordinary permissions (rw-r--r--). */
const MADE_BY = (3 << 8) | 20;
const FILE_MODE = (0o100644 << 16) >>> 0;

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** DEFLATE without zlib's header, or null where the browser cannot compress. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === "undefined") return null;
  try {
    return await collect(
      new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw")),
    );
  } catch {
    return null; // a browser without "deflate-raw": stored it is
  }
}

/**
 * A zip of `files`, in their order, each DEFLATE-compressed (or stored, where compression does not
 * make it smaller or the browser cannot compress). Dated `date` (now by default).
 */
export async function writeZip(
  files: readonly ZipInput[],
  options: { date?: Date; compress?: boolean } = {},
): Promise<Uint8Array> {
  if (files.length > 0xffff) throw new RangeError("a zip without zip64 holds at most 65,535 files");
  const { date, time } = dosDateTime(options.date ?? new Date());
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const data = typeof file.data === "string" ? encoder.encode(file.data) : file.data;
    const crc = crc32(data);
    const deflated = options.compress === false || data.length === 0 ? null : await deflateRaw(data);
    const packed = deflated && deflated.length < data.length ? deflated : data;
    const method = packed === data ? STORED : DEFLATED;
    if (offset + 30 + name.length + packed.length > 0xfffffffe)
      throw new RangeError("a zip without zip64 holds at most 4 GB");

    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, SIG.local, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, FLAG_UTF8, true);
    l.setUint16(8, method, true);
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, packed.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);

    const entry = new Uint8Array(46 + name.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, SIG.central, true);
    c.setUint16(4, MADE_BY, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, FLAG_UTF8, true);
    c.setUint16(10, method, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, packed.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, name.length, true);
    // extra, comment, disk number, internal attributes: 0
    c.setUint32(38, FILE_MODE, true);
    c.setUint32(42, offset, true);
    entry.set(name, 46);

    parts.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, SIG.end, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---- reading ----

export interface ZipEntry {
  /** The path inside the zip, `/` between folders; a folder's ends with `/`. */
  name: string;
  directory: boolean;
  method: typeof STORED | typeof DEFLATED;
  /** The uncompressed size its central directory declares. */
  size: number;
  compressedSize: number;
  crc: number;
  date: Date;
  /** Where its local header starts in the zip, and where its compressed bytes start. */
  headerOffset: number;
  dataOffset: number;
}

const METHODS: Record<number, string> = {
  1: "shrink",
  6: "implode",
  9: "deflate64",
  12: "bzip2",
  14: "LZMA",
  93: "Zstandard",
  95: "xz",
  98: "PPMd",
};

const damaged = (what: string, entry?: string) =>
  new ZipError("zip", `is damaged or not a .zip file: ${what}`, entry);

/** The path's problem, if it could point anywhere but inside the folder it is unpacked into. */
function unsafePath(name: string): string | null {
  if (name === "") return "has an empty name";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (/[\u0000-\u001f\u007f]/.test(name)) return "has a name with control characters";
  if (name.includes("\\")) return "has a path with backslashes (a .zip's folders are separated by /)";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
    return "has an absolute path (a .zip's paths are relative to the folder it is unpacked in)";
  if (name.split("/").includes("..")) return "has a path that climbs out of its folder with '..'";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Without flag bit 11 a name is formally IBM code page 437; plain ASCII reads the same either way,
 * and some tools (macOS's among them) write UTF-8 without the flag: UTF-8 it must be.
 */
function decodeName(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The entries of a zip held in memory, from its central directory, each checked: nothing it
 * declares is trusted until checked against the file. Throws a ZipError that says what and where.
 */
export function readZip(bytes: Uint8Array, options: { maxEntries: number }): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  // The end of central directory record: the last 22 bytes, unless a comment (≤ 65,535 bytes) follows.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === SIG.end && at + 22 + u16(at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged("its central directory (the list of what it holds) is missing");
  if (end >= 20 && u32(end - 20) === SIG.zip64Locator)
    throw new ZipError("zip", "uses zip64 extensions, which cannot be opened here: save it without them");
  const disk = u16(end + 4);
  const centralDisk = u16(end + 6);
  const onDisk = u16(end + 8);
  const count = u16(end + 10);
  const centralSize = u32(end + 12);
  const centralOffset = u32(end + 16);
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff)
    throw new ZipError("zip", "uses zip64 extensions, which cannot be opened here: save it without them");
  if (disk !== 0 || centralDisk !== 0 || onDisk !== count)
    throw new ZipError("zip", "is split across several files: join it into one .zip first");
  if (count > options.maxEntries)
    throw new ZipError(
      "too-many",
      `holds ${count.toLocaleString("en")} entries; the limit is ${options.maxEntries.toLocaleString("en")}`,
    );
  if (centralOffset + centralSize > end) throw damaged("its central directory lies outside the file");

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > centralOffset + centralSize || u32(at) !== SIG.central)
      throw damaged(`entry ${i + 1} of its central directory is not where it should be`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const entryDisk = u16(at + 34);
    const localOffset = u32(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > centralOffset + centralSize) throw damaged(`entry ${i + 1} runs past its central directory`);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    const shown = name ?? `entry ${i + 1}`;
    if (name === null) throw new ZipError("zip", "has a name that is not UTF-8 text", shown);

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === 99)
      throw new ZipError("zip", "is encrypted: open a .zip made without a password", name);
    if (
      compressedSize === 0xffffffff ||
      size === 0xffffffff ||
      localOffset === 0xffffffff ||
      entryDisk === 0xffff ||
      hasZip64Extra(bytes, at + 46 + nameLength, extraLength)
    )
      throw new ZipError(
        "zip",
        "uses zip64 extensions, which cannot be opened here: save it without them",
        name,
      );
    if (method !== STORED && method !== DEFLATED)
      throw new ZipError(
        "zip",
        `is compressed with ${METHODS[method] ?? `method ${method}`}; only stored and deflated entries can be opened`,
        name,
      );
    const unsafe = unsafePath(name);
    if (unsafe) throw new ZipError("zip", unsafe, name);
    if (names.has(name)) throw new ZipError("zip", "appears twice in the .zip", name);
    names.add(name);

    // Its local header must be there and name the same file; the data follows it.
    if (localOffset + 30 > centralOffset || u32(localOffset) !== SIG.local)
      throw damaged("its local header is missing", name);
    const localNameLength = u16(localOffset + 26);
    const localExtra = u16(localOffset + 28);
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    const centralName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (
      localNameLength !== nameLength ||
      localName.some((b, k) => b !== centralName[k]) ||
      (u16(localOffset + 6) & FLAG_ENCRYPTED) !== 0 ||
      u16(localOffset + 8) !== method
    )
      throw damaged("its local header does not match the central directory", name);
    const dataOffset = localOffset + 30 + localNameLength + localExtra;
    if (dataOffset + compressedSize > centralOffset)
      throw damaged("its data runs past the end of the file", name);
    if (method === STORED && compressedSize !== size)
      throw damaged("it is stored uncompressed but declares two different sizes", name);

    entries.push({
      name,
      directory: name.endsWith("/"),
      method: method as ZipEntry["method"],
      size,
      compressedSize,
      crc,
      date: fromDos(u16(at + 14), u16(at + 12)),
      headerOffset: localOffset,
      dataOffset,
    });
    at = next;
  }
  // No two entries may share bytes (overlapping entries are how some zip bombs multiply).
  const byPlace = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let k = 1; k < byPlace.length; k++) {
    const before = byPlace[k - 1] as ZipEntry;
    const entry = byPlace[k] as ZipEntry;
    if (before.dataOffset + before.compressedSize > entry.headerOffset)
      throw damaged("its data overlaps another entry's", entry.name);
  }
  return entries;
}

function hasZip64Extra(bytes: Uint8Array, start: number, length: number): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = start; at + 4 <= start + length; ) {
    if (view.getUint16(at, true) === 0x0001) return true;
    at += 4 + view.getUint16(at + 2, true);
  }
  return false;
}

/** Compressed bytes are fed to the inflater this many at a time: DEFLATE expands at most ~1,032×. */
const SLICE = 4 * 1024;

/**
 * An entry's content as a stream, inflated slice by slice as it is read: it errors (a ZipError)
 * as soon as more comes out than the entry declares, and at the end unless the size and CRC-32
 * match. Cancelling it stops the inflating.
 */
export function entryStream(bytes: Uint8Array, entry: ZipEntry): ReadableStream<Uint8Array> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let at = 0;
  const slice = entry.method === STORED ? 64 * 1024 : SLICE;
  const source = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= data.length) {
          controller.close();
          return;
        }
        controller.enqueue(data.slice(at, at + slice));
        at += slice;
      },
    },
    { highWaterMark: 0 },
  );
  let inflated: ReadableStream<Uint8Array> = source;
  if (entry.method === DEFLATED) {
    if (typeof DecompressionStream === "undefined")
      return errored(new ZipError("zip", "is compressed, and this browser cannot decompress it", entry.name));
    try {
      inflated = source.pipeThrough(
        new DecompressionStream("deflate-raw") as ReadableWritablePair<Uint8Array, Uint8Array>,
      );
    } catch {
      return errored(new ZipError("zip", "is compressed, and this browser cannot decompress it", entry.name));
    }
  }
  let size = 0;
  let crc = 0;
  const check = new TransformStream<Uint8Array, Uint8Array>(
    {
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > entry.size)
          throw new ZipError(
            "too-large",
            `holds more than the ${entry.size.toLocaleString("en")} bytes it declares (stopped there)`,
            entry.name,
          );
        crc = crc32(chunk, crc);
        controller.enqueue(chunk);
      },
      flush() {
        if (size !== entry.size)
          throw damaged(
            `it holds ${size.toLocaleString("en")} bytes, not the ${entry.size.toLocaleString("en")} it declares`,
            entry.name,
          );
        if (crc !== entry.crc) throw damaged("its content does not match its checksum (CRC-32)", entry.name);
      },
    },
    undefined,
    { highWaterMark: 0 },
  );
  // The inflater's own errors (a broken DEFLATE stream) are said as damage to this entry; the
  // check's own errors, and a reader that cancels, stop the inflater (the pipe cancels it).
  inflated
    .pipeTo(check.writable, { preventAbort: true })
    .catch(() =>
      check.writable.abort(damaged("its compressed data cannot be inflated", entry.name)).catch(() => {}),
    );
  return check.readable;
}

function errored(error: Error): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.error(error);
    },
  });
}

/** An entry's whole content, at most `limit` bytes (a ZipError past it). */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry, limit = entry.size): Promise<Uint8Array> {
  if (entry.size > limit)
    throw new ZipError(
      "too-large",
      `is ${entry.size.toLocaleString("en")} bytes uncompressed; the limit is ${limit.toLocaleString("en")}`,
      entry.name,
    );
  return collect(entryStream(bytes, entry));
}
