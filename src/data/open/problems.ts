// What can be wrong with a dataset, in one shape for every way of opening one (the bundled file, a
// file the user picks or drops, `?data=`, `npm run data:check`). Each problem has a stable `code`
// for programs and tests, a `severity`, and a message written for the person who made the file.
// No zod, no DOM: this module is read on the main thread, in the loader's worker and in Node.

/** Refusals ("error") stop a dataset from opening; warnings are shown beside a dataset that opens. */
export type Severity = "error" | "warning";

export type ProblemCode =
  // the files themselves
  | "file-type" // neither .json nor .txt (nor one .zip of them)
  | "zip" // a .zip that is damaged, or that cannot be opened safely (encrypted, zip64, other compression, unsafe paths)
  | "file-count" // no .json, several, or too many files
  | "too-large" // a file, a text or the total text over its limit
  | "too-many" // more articles, entities or relations than allowed
  | "encoding" // not UTF-8 (UTF-16, invalid bytes)
  | "unreadable" // the browser or the disk could not read it
  | "address" // a `?data=` address or an article path that may not be requested
  | "fetch" // the server did not give the file
  | "json" // not valid JSON
  // the dataset's shape
  | "schema" // a field missing, of the wrong type, too long, unknown…
  // the rules a schema cannot express
  | "duplicate-id"
  | "unknown-reference" // names an actor, article or organization that does not exist
  | "self-reference"
  | "no-text" // an article without its text
  | "quote-not-found" // an excerpt that is not verbatim in its article
  | "status-too-certain" // a link surer than its surest excerpt
  | "story" // a story step whose quotes, citations or view do not hold
  // warnings: the dataset opens
  | "editorial" // an editorial check of lint.ts (a cut hedge, an unused alias…), never an error
  | "internal"; // the check itself failed (a bug): never the file's fault

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Where in the dataset, as a JSON path (`relations[12].evidence[0].quote`), or "(file)"/"(root)". */
  path: string;
  /** What is wrong, as a sentence about that place: "is missing", "names no actor 'acme-corp'". */
  message: string;
  /** The file it was found in, when it comes from a file or address the user opened. */
  file?: string;
}

/** The path of a problem about a whole file rather than a place inside it. */
export const FILE_PATH = "(file)";
/** The path of a problem about the dataset as a whole. */
export const ROOT_PATH = "(root)";

/** An error (the default) or a warning. */
export function problem(
  code: ProblemCode,
  path: string,
  message: string,
  extra: { file?: string; severity?: Severity } = {},
): Problem {
  const p: Problem = { code, severity: extra.severity ?? "error", path, message };
  if (extra.file !== undefined) p.file = extra.file;
  return p;
}

export const isError = (p: Problem): boolean => p.severity === "error";

/** `data/graph.json → relations[12].evidence[0].quote: is not in article 'newsweek-2017-02-15'` */
export function formatProblem(file: string, p: Problem): string {
  return `${p.file ?? file} → ${p.path}: ${p.message}${p.severity === "warning" ? " (warning)" : ""}`;
}
