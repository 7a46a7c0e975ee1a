import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSchema, SCHEMA_FILE } from "../../scripts/data-schema";

describe("data/graph.schema.json", () => {
  it("is what `npm run data:schema` generates from src/data/schema.ts (regenerate it if this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(renderSchema());
  });
});
