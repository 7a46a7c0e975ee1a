// The documented limits on what can be opened (README, "Writing your own dataset").
import { LIMITS } from "../vocabulary";

export const FILE_LIMITS = {
  /** The dataset's .json file. */
  jsonBytes: 50 * 1024 * 1024,
  /** Each article's .txt file (or embedded text, in characters). */
  textBytes: 10 * 1024 * 1024,
  /**
   * All article texts together, in characters. Measured (README, "Limits"): checking and reading
   * this much stays bounded; 20 texts of 9.9 MB used to crash the tab.
   */
  totalText: 40 * 1024 * 1024,
  /** Files opened together: one .json and one .txt per article at most. */
  files: LIMITS.articles + 1,
} as const;

/** At most this many problems are reported; the rest are counted. */
export const MAX_PROBLEMS = 200;

/** "12.3 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
