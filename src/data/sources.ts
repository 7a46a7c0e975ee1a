// Opening a dataset the user brings: files picked or dropped (one .json, with its article texts
// embedded or as .txt files alongside) or a same-origin URL. Everything here runs in the loader's
// Web Worker as well as on the main thread, so: no DOM, no store. Nothing here throws: every
// failure becomes a Problem naming the file, the JSON path and what is wrong.

import { checkDataset, type Problem, parseJson } from "./integrity";
import { embeddedTextsOf } from "./load";
import { LIMITS } from "./schema";
import type { LoadedDataset } from "./types";

/** The documented limits on what can be opened (README, "Writing your own dataset"). */
export const FILE_LIMITS = {
  /** The dataset's .json file. */
  jsonBytes: 50 * 1024 * 1024,
  /** Each article's .txt file. */
  textBytes: 10 * 1024 * 1024,
  /** Files opened together: one .json and one .txt per article at most. */
  files: LIMITS.articles + 1,
} as const;

/** Above this size a file is parsed and checked in a Web Worker, so the page stays responsive. */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/** At most this many problems are reported; the rest are counted. */
export const MAX_PROBLEMS = 200;
const MAX_MESSAGE = 300;
const MAX_PATH = 200;

export type LoadOutcome =
  | { ok: true; file: string; dataset: LoadedDataset }
  | { ok: false; file: string; problems: Problem[] };

export interface LoadProgress {
  file: string;
  phase: "reading" | "checking";
  /** 0..1 while the size is known, null otherwise. */
  fraction: number | null;
}

export type OnProgress = (progress: LoadProgress) => void;

const ROOT = "(root)";
const FILE = "(file)";

/** "12.3 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function failure(file: string, problems: Problem[]): LoadOutcome {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => ({
    file: clip(p.file ?? file, MAX_PATH),
    path: clip(p.path, MAX_PATH) || ROOT,
    message: clip(p.message, MAX_MESSAGE) || "is not valid",
  }));
  if (problems.length > MAX_PROBLEMS) {
    shown.push({
      file: clip(file, MAX_PATH),
      path: ROOT,
      message: `and ${problems.length - MAX_PROBLEMS} more problems not listed`,
    });
  }
  if (shown.length === 0)
    shown.push({ file: clip(file, MAX_PATH), path: ROOT, message: "could not be loaded" });
  return { ok: false, file, problems: shown };
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unknown error";
  }
}

/** The last segment of a path or URL: `articles/x.txt` → `x.txt`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Counts refused before the schema walks every element (zod would report each one). */
function checkCounts(value: unknown): Problem[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const problems: Problem[] = [];
  for (const key of ["articles", "entities", "relations"] as const) {
    const list = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > LIMITS[key]) {
      problems.push({
        path: key,
        message: `has ${list.length.toLocaleString("en")} items; the limit is ${LIMITS[key].toLocaleString("en")}`,
      });
    }
  }
  return problems;
}

/** The `file` of each article that has no embedded `text`, as the dataset names them. */
export function neededTextFiles(value: unknown): string[] {
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  const files: string[] = [];
  for (const article of articles.slice(0, LIMITS.articles)) {
    if (!article || typeof article !== "object") continue;
    const { file, text } = article as { file?: unknown; text?: unknown };
    if (typeof text !== "string" && typeof file === "string" && file.length <= 200 && !files.includes(file)) {
      files.push(file);
    }
  }
  return files;
}

/**
 * Checks a parsed dataset. `texts` holds the article texts that came with it, keyed by file name
 * (`x.txt`) or by path (`articles/x.txt`); an article's `file` is matched by path first, then by name.
 */
export function loadFromValue(file: string, value: unknown, texts: ReadonlyMap<string, string>): LoadOutcome {
  try {
    const tooMany = checkCounts(value);
    if (tooMany.length > 0) return failure(file, tooMany);
    const byArticleId: Record<string, string> = Object.create(null);
    const articles = (value as { articles?: unknown } | null)?.articles;
    if (Array.isArray(articles)) {
      for (const article of articles) {
        if (!article || typeof article !== "object") continue;
        const { id, file: path } = article as { id?: unknown; file?: unknown };
        if (typeof id !== "string" || typeof path !== "string") continue;
        const text = texts.get(path) ?? texts.get(baseName(path));
        if (text !== undefined) byArticleId[id] = text;
      }
    }
    const { dataset, problems } = checkDataset(value, byArticleId);
    if (!dataset || problems.length > 0) {
      return failure(
        file,
        problems.map((p) =>
          p.message.startsWith("no text for article")
            ? {
                ...p,
                message: `${p.message}: embed it as "text", or open its .txt file together with ${file}`,
              }
            : p,
        ),
      );
    }
    return {
      ok: true,
      file,
      dataset: {
        ...dataset,
        articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? byArticleId[a.id] ?? "" })),
        ...embeddedTextsOf(dataset.articles),
      },
    };
  } catch (error) {
    return failure(file, [{ path: ROOT, message: `could not be checked: ${errorText(error)}` }]);
  }
}

/** Parses and checks a dataset's JSON text. Synchronous; never throws. */
export function loadFromText(file: string, text: string, texts: ReadonlyMap<string, string>): LoadOutcome {
  try {
    if (text.length > FILE_LIMITS.jsonBytes) {
      return failure(file, [
        { path: FILE, message: `is larger than the limit of ${formatBytes(FILE_LIMITS.jsonBytes)}` },
      ]);
    }
    const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!parsed.ok) return failure(file, [parsed.problem]);
    return loadFromValue(file, parsed.value, texts);
  } catch (error) {
    return failure(file, [{ path: ROOT, message: `could not be read: ${errorText(error)}` }]);
  }
}

/** Reads a byte stream as UTF-8 text, reporting progress, refusing more than `limit` bytes. */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  limit: number,
  report: (fraction: number | null) => void,
): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let received = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (received - lastReport > 256 * 1024) {
      lastReport = received;
      report(total ? Math.min(1, received / total) : null);
    }
  }
  parts.push(decoder.decode());
  report(total ? 1 : null);
  return parts.join("");
}

class TooLarge extends Error {}

/** A picked or dropped file, as much of `File` as the loader needs. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * Opens files picked or dropped together: exactly one .json (the dataset) and any .txt files
 * (article texts, matched to each article's `file` by name). Sizes are checked before anything is read.
 */
export async function loadFromFiles(
  files: readonly FileLike[],
  onProgress: OnProgress,
): Promise<LoadOutcome> {
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  const txts = files.filter((f) => /\.txt$/i.test(f.name));
  const others = files.filter((f) => !/\.(json|txt)$/i.test(f.name));
  const json = jsons[0];
  const name = json?.name ?? files[0]?.name ?? "(no file)";
  const problems: Problem[] = others.map((f) => ({
    file: f.name,
    path: FILE,
    message: "is neither a dataset (.json) nor an article text (.txt)",
  }));
  if (!json) problems.push({ file: name, path: FILE, message: "no .json dataset among the files opened" });
  if (jsons.length > 1) {
    problems.push({
      file: name,
      path: FILE,
      message: `open one .json dataset at a time (${jsons.length} were given)`,
    });
  }
  if (files.length > FILE_LIMITS.files) {
    problems.push({
      file: name,
      path: FILE,
      message: `too many files (${files.length}); the limit is ${FILE_LIMITS.files}`,
    });
  }
  if (json && json.size > FILE_LIMITS.jsonBytes) {
    problems.push({
      file: json.name,
      path: FILE,
      message: `is ${formatBytes(json.size)}, larger than the limit of ${formatBytes(FILE_LIMITS.jsonBytes)}`,
    });
  }
  for (const txt of txts) {
    if (txt.size > FILE_LIMITS.textBytes) {
      problems.push({
        file: txt.name,
        path: FILE,
        message: `is ${formatBytes(txt.size)}, larger than the limit of ${formatBytes(FILE_LIMITS.textBytes)} for an article`,
      });
    }
  }
  if (!json || problems.length > 0) return failure(name, problems);

  try {
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
    let doneBytes = 0;
    const read = async (file: FileLike, limit: number) => {
      const text = await readStream(file.stream(), file.size, limit, (fraction) =>
        onProgress({
          file: json.name,
          phase: "reading",
          fraction: (doneBytes + (fraction ?? 0) * file.size) / totalBytes,
        }),
      );
      doneBytes += file.size;
      return text;
    };
    const texts = new Map<string, string>();
    for (const txt of txts) texts.set(txt.name, await read(txt, FILE_LIMITS.textBytes));
    const text = await read(json, FILE_LIMITS.jsonBytes);
    onProgress({ file: json.name, phase: "checking", fraction: null });
    return loadFromText(json.name, text, texts);
  } catch (error) {
    const message =
      error instanceof TooLarge
        ? "grew past the size limit while being read"
        : `could not be read: ${errorText(error)}`;
    return failure(name, [{ path: FILE, message }]);
  }
}

/**
 * Resolves `?data=` against the page: only http(s) addresses on the page's own origin are accepted.
 */
export function resolveDataUrl(
  raw: string,
  pageHref: string,
): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(raw, page);
  } catch {
    return { ok: false, message: "is not a valid address" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      message: `only http and https addresses can be opened, not ${url.protocol.replace(/:$/, "")}`,
    };
  }
  if (url.origin !== page.origin) {
    return {
      ok: false,
      message: `is on another site (${url.origin}); only files on ${page.origin} can be opened`,
    };
  }
  return { ok: true, url };
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function fetchText(
  url: URL,
  pageOrigin: string,
  limit: number,
  fetcher: Fetch,
  report: (f: number | null) => void,
) {
  const response = await fetcher(url.href, { credentials: "same-origin", redirect: "follow" });
  if (response.url && new URL(response.url).origin !== pageOrigin)
    throw new Error("was redirected to another site");
  if (!response.ok)
    throw new Error(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > limit) throw new TooLarge();
  if (!response.body) return "";
  return readStream(response.body, total, limit, report);
}

/**
 * Opens a dataset by address (`?data=`): the .json, then the .txt of every article without an
 * embedded text, each resolved against the .json's address and held to the page's origin.
 */
export async function loadFromUrl(
  raw: string,
  pageHref: string,
  onProgress: OnProgress,
  fetcher: Fetch = (input, init) => fetch(input, init),
): Promise<LoadOutcome> {
  const resolved = resolveDataUrl(raw, pageHref);
  if (!resolved.ok)
    return failure(clip(raw, MAX_PATH) || "(empty address)", [{ path: FILE, message: resolved.message }]);
  const { url } = resolved;
  const origin = new URL(pageHref).origin;
  const name = baseName(url.pathname) || url.href;
  let text: string;
  try {
    text = await fetchText(url, origin, FILE_LIMITS.jsonBytes, fetcher, (fraction) =>
      onProgress({ file: name, phase: "reading", fraction }),
    );
  } catch (error) {
    const message =
      error instanceof TooLarge
        ? `is larger than the limit of ${formatBytes(FILE_LIMITS.jsonBytes)}`
        : `could not be fetched: ${errorText(error)}`;
    return failure(name, [{ path: FILE, message }]);
  }
  onProgress({ file: name, phase: "checking", fraction: null });
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return failure(name, [parsed.problem]);
  const tooMany = checkCounts(parsed.value);
  if (tooMany.length > 0) return failure(name, tooMany);

  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const path of neededTextFiles(parsed.value)) {
    const where = resolveDataUrl(path, url.href);
    if (!where.ok) {
      problems.push({ file: path, path: FILE, message: where.message });
      continue;
    }
    try {
      texts.set(path, await fetchText(where.url, origin, FILE_LIMITS.textBytes, fetcher, () => {}));
    } catch (error) {
      const message =
        error instanceof TooLarge
          ? "is too large for an article"
          : `could not be fetched: ${errorText(error)}`;
      problems.push({ file: baseName(path), path: FILE, message });
    }
  }
  const outcome = loadFromValue(name, parsed.value, texts);
  if (problems.length === 0) return outcome;
  return failure(name, [...problems, ...(outcome.ok ? [] : outcome.problems)]);
}
