// The curated dataset for unit tests: read and checked by scripts/curated.ts (scripts never import
// test helpers; tests may use the scripts' readers).
export { readCurated as realDataset } from "../../scripts/curated";

/** The ids of the Newsweek report and of the blog rewrite of it. */
export const NEWSWEEK = "newsweek-2017-02-15";
export const BLOG = "mindy-fischer-writer-2017-02";
