// The one result of opening a dataset, whoever opens it, and its progress reports.
import type { LoadedDataset } from "../types";
import { MAX_PROBLEMS } from "./limits";
import { isError, type Problem, problem, ROOT_PATH } from "./problems";

/**
 * `ok`: the dataset opened; `problems` then holds warnings only. Otherwise `problems` holds at least
 * one error (and any warnings), each naming its file.
 */
export type LoadResult =
  | { ok: true; file: string; dataset: LoadedDataset; problems: Problem[] }
  | { ok: false; file: string; problems: Problem[] };

export interface LoadProgress {
  file: string;
  phase: "reading" | "checking";
  /** 0..1 while the size is known, null otherwise. */
  fraction: number | null;
}

export type OnProgress = (progress: LoadProgress) => void;

const MAX_MESSAGE = 300;
const MAX_PATH = 200;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Every problem named after its file, clipped to a readable length, at most MAX_PROBLEMS of them. */
function tidy(file: string, problems: readonly Problem[]): Problem[] {
  const shown: Problem[] = problems.slice(0, MAX_PROBLEMS).map((p) => ({
    ...p,
    file: clip(p.file ?? file, MAX_PATH),
    path: clip(p.path, MAX_PATH) || ROOT_PATH,
    message: clip(p.message, MAX_MESSAGE) || "is not valid",
  }));
  const more = problems.length - MAX_PROBLEMS;
  if (more > 0) {
    const errors = problems.slice(MAX_PROBLEMS).some(isError);
    shown.push(
      problem("too-many", ROOT_PATH, `and ${more.toLocaleString("en")} more problems not listed`, {
        file: clip(file, MAX_PATH),
        severity: errors ? "error" : "warning",
      }),
    );
  }
  return shown;
}

/** A refusal: at least one error, each problem naming its file. */
export function refused(file: string, problems: readonly Problem[]): LoadResult {
  const all = problems.some(isError)
    ? problems
    : [...problems, problem("internal", ROOT_PATH, "could not be opened")];
  // Errors first: a long list of warnings must not hide why the file was refused.
  const ordered = [...all.filter(isError), ...all.filter((p) => !isError(p))];
  return { ok: false, file, problems: tidy(file, ordered) };
}

/** A dataset that opened, with any warnings. */
export function opened(file: string, dataset: LoadedDataset, warnings: readonly Problem[] = []): LoadResult {
  return { ok: true, file, dataset, problems: tidy(file, warnings) };
}

export function errorText(error: unknown): string {
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
