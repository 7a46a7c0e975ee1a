// The documented limits on what can be opened (README, "Writing your own dataset").
import { LIMITS } from "../vocabulary";

export const FILE_LIMITS = {
  /** The dataset's .json file. */
  jsonBytes: 50 * 1024 * 1024,
  /**
   * Each article's .txt file (an embedded text: at most 2,000,000 characters, the schema's limit).
   * Measured (`npm run bench -- --figures=text`, loaded 2-core machine): the reader builds its
   * quote index at about 0.4 s per MB on the main thread, so 10 MB articles froze the page for
   * seconds; 2 MB keeps it near the size of the embedded limit.
   */
  textBytes: 2 * 1024 * 1024,
  /**
   * All article texts together, in characters. Measured as above: the worker's check took 2 s at
   * 1 MB, 9 s at 10 MB and 85 s at 40 MB (1,750 quotes); 20 MB keeps a load under a minute there.
   */
  totalText: 20 * 1024 * 1024,
  /** Files opened together: one .json and one .txt per article at most. */
  files: LIMITS.articles + 1,
  /**
   * A .zip of them (read whole before anything in it is inflated): at most the .json's limit and
   * the texts' together, and twice as many entries as files (a folder entry beside each).
   */
  zipBytes: 50 * 1024 * 1024 + 20 * 1024 * 1024,
  zipEntries: 2 * (LIMITS.articles + 1),
} as const;

/** At most this many problems are reported; the rest are counted. */
export const MAX_PROBLEMS = 200;

/** "12.3 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
