// `npm run data:schema`: writes data/graph.schema.json, the JSON Schema of the dataset format,
// generated from the zod schema in src/data/schema.ts. src/data/schemaFile.test.ts keeps it current.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { Dataset } from "../src/data/schema";

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "graph.schema.json");

/** The JSON Schema text exactly as it is committed: pretty-printed, with a trailing newline. */
export function renderSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(Dataset), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, renderSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
