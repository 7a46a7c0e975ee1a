// Opening files picked or dropped together: exactly one .json (the dataset) and any .txt files
// (article texts, matched to articles by texts.ts), or one .zip holding them (as "Save dataset"
// writes it). A .zip's entries go through the same checks and limits as loose files, by the sizes
// they declare before anything is inflated, and by what they hold as they are inflated. Sizes are
// checked before anything is read.
import { entryStream, readZip, ZipError } from "../../lib/zip";
import { checkJsonText } from "./check";
import { FILE_LIMITS, formatBytes } from "./limits";
import { FILE_PATH, type Problem, problem } from "./problems";
import { Cancelled, decodeOrProblem, readBytes, TooLarge, throwIfCancelled } from "./read";
import { errorText, type LoadResult, type OnProgress, opened, refused } from "./result";

/** A picked or dropped file, as much of `File` as the loader needs. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
  /** The path its text is matched to an article's `file` by (texts.ts); the name when absent. */
  readonly path?: string;
  /** An entry of a .zip: its size is the uncompressed size it declares. */
  readonly inZip?: boolean;
}

const isZip = (f: FileLike) => /\.zip$/i.test(f.name);

export { Cancelled };

/** Refuses what can be refused from names and sizes alone, without reading a byte. */
function checkFileSet(files: readonly FileLike[], name: string, where: string): Problem[] {
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  const problems: Problem[] = files
    .filter((f) => !/\.(json|txt)$/i.test(f.name))
    .map((f) =>
      problem("file-type", FILE_PATH, "is neither a dataset (.json) nor an article text (.txt)", {
        file: f.name,
      }),
    );
  if (jsons.length === 0)
    problems.push(problem("file-count", FILE_PATH, `no .json dataset ${where}`, { file: name }));
  if (jsons.length > 1)
    problems.push(
      problem("file-count", FILE_PATH, `open one .json dataset at a time (${jsons.length} were given)`, {
        file: name,
      }),
    );
  if (files.length > FILE_LIMITS.files)
    problems.push(
      problem(
        "file-count",
        FILE_PATH,
        `too many files (${files.length}); the limit is ${FILE_LIMITS.files}`,
        {
          file: name,
        },
      ),
    );
  for (const f of files) {
    const json = /\.json$/i.test(f.name);
    const limit = json ? FILE_LIMITS.jsonBytes : FILE_LIMITS.textBytes;
    if (/\.(json|txt)$/i.test(f.name) && f.size > limit) {
      problems.push(
        problem(
          "too-large",
          FILE_PATH,
          `is ${formatBytes(f.size)}${f.inZip ? " uncompressed" : ""}, larger than the limit of ${formatBytes(limit)}${json ? "" : " for an article"}`,
          { file: f.name },
        ),
      );
    }
  }
  return problems;
}

/** Opens files picked or dropped together. Never throws; a cancelled load gives a Cancelled rejection. */
export async function loadFromFiles(
  files: readonly FileLike[],
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const zip = files.find(isZip);
  if (zip) return loadFromZip(zip, files.length, onProgress, signal);
  return loadFileSet(files, "among the files opened", onProgress, signal);
}

/** A problem of a .zip, or of one of its entries, named as `story.zip/articles/x.txt`. */
function zipProblem(zip: string, error: ZipError): Problem {
  return problem(error.reason === "too-many" ? "file-count" : error.reason, FILE_PATH, error.message, {
    file: error.entry === undefined ? zip : `${zip}/${error.entry}`,
  });
}

/** One .zip: its entries, checked as loose files are (the folder the .json is in is theirs). */
async function loadFromZip(
  zip: FileLike,
  count: number,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<LoadResult> {
  if (count > 1)
    return refused(zip.name, [
      problem("file-count", FILE_PATH, `a .zip opens on its own, without other files (${count} were given)`, {
        file: zip.name,
      }),
    ]);
  if (zip.size > FILE_LIMITS.zipBytes)
    return refused(zip.name, [
      problem(
        "too-large",
        FILE_PATH,
        `is ${formatBytes(zip.size)}, larger than the limit of ${formatBytes(FILE_LIMITS.zipBytes)} for a .zip`,
        { file: zip.name },
      ),
    ]);
  let bytes: Uint8Array;
  let entries: ReturnType<typeof readZip>;
  try {
    bytes = await readBytes(
      zip.stream(),
      zip.size,
      FILE_LIMITS.zipBytes,
      (fraction) => onProgress({ file: zip.name, phase: "reading", fraction }),
      signal,
    );
    entries = readZip(bytes, { maxEntries: FILE_LIMITS.zipEntries });
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    if (error instanceof ZipError) return refused(zip.name, [zipProblem(zip.name, error)]);
    return refused(zip.name, [readProblem(zip.name, error)]);
  }
  // Folders are not files; nor is what macOS's Finder adds beside them.
  const inside = entries.filter((e) => !e.directory && !e.name.startsWith("__MACOSX/"));
  const jsons = inside.filter((e) => /\.json$/i.test(e.name));
  const folder = jsons.length === 1 ? (jsons[0] as { name: string }).name.replace(/[^/]*$/, "") : "";
  const members: FileLike[] = inside.map((entry) => ({
    name: `${zip.name}/${entry.name}`,
    path: entry.name.startsWith(folder) ? entry.name.slice(folder.length) : entry.name,
    size: entry.size,
    inZip: true,
    stream: () => entryStream(bytes, entry),
  }));
  return loadFileSet(members, `in ${zip.name}`, onProgress, signal, zip.name);
}

/** Why a file (or a .zip's entry) could not be read whole: over its limit, damaged, or the disk's error. */
function readProblem(file: string, error: unknown): Problem {
  if (error instanceof ZipError)
    return problem(error.reason === "too-many" ? "file-count" : error.reason, FILE_PATH, error.message, {
      file,
    });
  if (error instanceof TooLarge)
    return problem("too-large", FILE_PATH, "grew past the size limit while being read", { file });
  return problem("unreadable", FILE_PATH, `could not be read: ${errorText(error)}`, { file });
}

async function loadFileSet(
  files: readonly FileLike[],
  where: string,
  onProgress: OnProgress,
  signal?: AbortSignal,
  label?: string,
): Promise<LoadResult> {
  const json = files.find((f) => /\.json$/i.test(f.name));
  const name = json?.name ?? label ?? files[0]?.name ?? "(no file)";
  const problems = checkFileSet(files, name, where);
  if (!json || problems.length > 0) return refused(name, problems);

  const warnings: Problem[] = [];
  try {
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
    let doneBytes = 0;
    const read = async (file: FileLike, limit: number): Promise<string | null> => {
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(
          file.stream(),
          file.size,
          limit,
          (fraction) =>
            onProgress({
              file: json.name,
              phase: "reading",
              fraction: (doneBytes + (fraction ?? 0) * file.size) / totalBytes,
            }),
          signal,
        );
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        problems.push(readProblem(file.name, error));
        return null;
      }
      doneBytes += file.size;
      const decoded = decodeOrProblem(file.name, bytes, warnings);
      if (decoded.ok) return decoded.text;
      problems.push(decoded.problem);
      return null;
    };
    const texts = new Map<string, string>();
    for (const txt of files.filter((f) => /\.txt$/i.test(f.name))) {
      const text = await read(txt, FILE_LIMITS.textBytes);
      if (text !== null) texts.set(txt.path ?? txt.name, text);
    }
    const text = await read(json, FILE_LIMITS.jsonBytes);
    if (text === null || problems.length > 0) return refused(json.name, [...problems, ...warnings]);
    throwIfCancelled(signal);
    onProgress({ file: json.name, phase: "checking", fraction: null });
    const result = checkJsonText(json.name, text, texts);
    if (!result.ok) return refused(json.name, [...result.problems, ...warnings]);
    return opened(json.name, result.dataset, [...warnings, ...result.problems]);
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    const message =
      error instanceof TooLarge
        ? "grew past the size limit while being read"
        : `could not be read: ${errorText(error)}`;
    return refused(name, [
      problem(error instanceof TooLarge ? "too-large" : "unreadable", FILE_PATH, message),
    ]);
  }
}
