// Opening files picked or dropped together: exactly one .json (the dataset) and any .txt files
// (article texts, matched to articles by texts.ts). Sizes are checked before anything is read.
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
}

export { Cancelled };

/** Refuses what can be refused from names and sizes alone, without reading a byte. */
function checkFileSet(files: readonly FileLike[], name: string): Problem[] {
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  const problems: Problem[] = files
    .filter((f) => !/\.(json|txt)$/i.test(f.name))
    .map((f) =>
      problem("file-type", FILE_PATH, "is neither a dataset (.json) nor an article text (.txt)", {
        file: f.name,
      }),
    );
  if (jsons.length === 0)
    problems.push(
      problem("file-count", FILE_PATH, "no .json dataset among the files opened", { file: name }),
    );
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
          `is ${formatBytes(f.size)}, larger than the limit of ${formatBytes(limit)}${json ? "" : " for an article"}`,
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
  const json = files.find((f) => /\.json$/i.test(f.name));
  const name = json?.name ?? files[0]?.name ?? "(no file)";
  const problems = checkFileSet(files, name);
  if (!json || problems.length > 0) return refused(name, problems);

  const warnings: Problem[] = [];
  try {
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
    let doneBytes = 0;
    const read = async (file: FileLike, limit: number): Promise<string | null> => {
      const bytes = await readBytes(
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
      doneBytes += file.size;
      const decoded = decodeOrProblem(file.name, bytes, warnings);
      if (decoded.ok) return decoded.text;
      problems.push(decoded.problem);
      return null;
    };
    const texts = new Map<string, string>();
    for (const txt of files.filter((f) => /\.txt$/i.test(f.name))) {
      const text = await read(txt, FILE_LIMITS.textBytes);
      if (text !== null) texts.set(txt.name, text);
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
