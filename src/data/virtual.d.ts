// The bundled dataset's two parts, made by vite.config.ts (bundledDatasetPlugin) from data/graph.json.
declare module "virtual:throughline/dataset" {
  /** data/graph.json without `stories`, plus `storyCatalog` (id, title and step count of each story). */
  const dataset: unknown;
  export default dataset;
}

declare module "virtual:throughline/stories" {
  /** data/graph.json's `stories`. */
  const stories: unknown;
  export default stories;
}
