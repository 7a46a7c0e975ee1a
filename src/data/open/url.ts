// Opening a dataset by address (`?data=`): the .json, then the .txt of every article without an
// embedded text, each resolved against the .json's address. No request leaves the page's origin:
// addresses are resolved and checked before any request, article paths must match the format's
// pattern (no `..`), and every fetch is `mode: "same-origin"`, so a redirect to another site is
// refused by the browser before that site is asked for anything.

import { parseJson } from "../../lib/jsonError";
import { checkValue, jsonProblem } from "./check";
import { FILE_LIMITS, formatBytes } from "./limits";
import { FILE_PATH, type Problem, problem } from "./problems";
import { Cancelled, decodeOrProblem, readBytes, TooLarge, throwIfCancelled } from "./read";
import { baseName, clip, errorText, type LoadResult, type OnProgress, opened, refused } from "./result";
import { neededTextFiles } from "./texts";

/** Resolves an address against the page: only http(s) addresses on the page's own origin are accepted. */
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

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The options of every request the loader makes: this origin only, no cookies elsewhere. */
export const FETCH_OPTIONS: RequestInit = {
  mode: "same-origin",
  credentials: "same-origin",
  redirect: "follow",
};

async function fetchBytes(
  url: URL,
  pageOrigin: string,
  limit: number,
  fetcher: Fetch,
  report: (f: number | null) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(url.href, signal ? { ...FETCH_OPTIONS, signal } : FETCH_OPTIONS);
  } catch (error) {
    throwIfCancelled(signal);
    throw new Error(
      `the request failed (${errorText(error)}); a redirect to another site is refused, only files on ${pageOrigin} can be opened`,
    );
  }
  // Belt and braces for fetchers that do not enforce mode (tests, old engines).
  if (response.url && new URL(response.url).origin !== pageOrigin)
    throw new Error("was redirected to another site");
  if (!response.ok)
    throw new Error(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > limit) throw new TooLarge();
  if (!response.body) return new Uint8Array(0);
  return readBytes(response.body, total, limit, report, signal);
}

function fetchProblem(file: string, error: unknown, limit: number): Problem {
  if (error instanceof TooLarge)
    return problem("too-large", FILE_PATH, `is larger than the limit of ${formatBytes(limit)}`, { file });
  return problem("fetch", FILE_PATH, `could not be fetched: ${errorText(error)}`, { file });
}

/** Opens `?data=`. Never throws, except Cancelled when the signal is aborted. */
export async function loadFromUrl(
  raw: string,
  pageHref: string,
  onProgress: OnProgress,
  fetcher: Fetch = (input, init) => fetch(input, init),
  signal?: AbortSignal,
): Promise<LoadResult> {
  const resolved = resolveDataUrl(raw, pageHref);
  if (!resolved.ok)
    return refused(clip(raw, 200) || "(empty address)", [problem("address", FILE_PATH, resolved.message)]);
  const { url } = resolved;
  const origin = new URL(pageHref).origin;
  const name = baseName(url.pathname) || url.href;
  const warnings: Problem[] = [];
  try {
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(
        url,
        origin,
        FILE_LIMITS.jsonBytes,
        fetcher,
        (fraction) => onProgress({ file: name, phase: "reading", fraction }),
        signal,
      );
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      return refused(name, [fetchProblem(name, error, FILE_LIMITS.jsonBytes)]);
    }
    const decoded = decodeOrProblem(name, bytes, warnings);
    if (!decoded.ok) return refused(name, [decoded.problem]);
    onProgress({ file: name, phase: "checking", fraction: null });
    const parsed = parseJson(decoded.text);
    if (!parsed.ok) return refused(name, [jsonProblem(parsed)]);

    // Only article paths that match the format's pattern are requested (see texts.ts); the check
    // below reports the others as schema problems.
    const texts = new Map<string, string>();
    const problems: Problem[] = [];
    for (const path of neededTextFiles(parsed.value)) {
      throwIfCancelled(signal);
      const where = resolveDataUrl(path, url.href);
      if (!where.ok) {
        problems.push(problem("address", FILE_PATH, where.message, { file: path }));
        continue;
      }
      try {
        const text = decodeOrProblem(
          baseName(path),
          await fetchBytes(where.url, origin, FILE_LIMITS.textBytes, fetcher, () => {}, signal),
          warnings,
        );
        if (text.ok) texts.set(path, text.text);
        else problems.push(text.problem);
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        problems.push(fetchProblem(baseName(path), error, FILE_LIMITS.textBytes));
      }
    }
    throwIfCancelled(signal);
    const result = checkValue(name, parsed.value, texts);
    if (result.ok && problems.length === 0)
      return opened(name, result.dataset, [...warnings, ...result.problems]);
    return refused(name, [...problems, ...result.problems, ...warnings]);
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    return refused(name, [problem("internal", FILE_PATH, `could not be opened: ${errorText(error)}`)]);
  }
}
