import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCurated } from "../../../scripts/curated";
import { lintDataset } from "../../data/lint";
import { checkJsonText } from "../../data/open/check";
import { filesToSave, formatDataset, inline, textFilesToSave, toFileDataset } from "./serialize";

const GRAPH = join(__dirname, "..", "..", "..", "data", "graph.json");

describe("formatDataset", () => {
  it("writes data/graph.json back byte for byte (the layout the repository keeps)", () => {
    const text = readFileSync(GRAPH, "utf8");
    expect(formatDataset(JSON.parse(text))).toBe(text);
  });

  it("puts every excerpt on its own line, so a changed excerpt is a one-line diff", () => {
    const { dataset } = readCurated();
    const out = formatDataset(toFileDataset(dataset));
    const excerpts = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
    expect(out.split("\n").filter((l) => l.startsWith('      {"article": ')).length).toBe(excerpts);
  });

  it("orders keys as the schema does, whatever order they were built in", () => {
    expect(inline({ b: 1, a: [1, "x"], c: undefined })).toBe('{"b": 1, "a": [1, "x"]}');
    const { dataset } = readCurated();
    const shuffled = toFileDataset({
      ...dataset,
      entities: dataset.entities.map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e),
    });
    expect(formatDataset(shuffled)).toBe(formatDataset(toFileDataset(dataset)));
  });

  it("saves what passes the same checks as npm run data:check and data:lint", () => {
    const { dataset } = readCurated();
    for (const embedAll of [false, true]) {
      const json = formatDataset(toFileDataset(dataset, { embedAll }));
      const files = new Map(textFilesToSave(dataset, { embedAll }).map((f) => [f.file, f.text]));
      const result = checkJsonText("saved.json", json, files);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(lintDataset(result.dataset)).toEqual([]);
    }
  });

  it("lays a .zip's files out as the repository does: the JSON, then each text at its file path, once", () => {
    const { dataset } = readCurated();
    const files = filesToSave(dataset, "graph.json");
    expect(files.map((f) => f.path)).toEqual([
      "graph.json",
      "articles/newsweek-2017-02-15.txt",
      "articles/mindy-fischer-writer-2017-02.txt",
    ]);
    expect(files[0]?.text).toBe(readFileSync(GRAPH, "utf8"));
    expect(files[1]?.text).toBe(
      readFileSync(join(GRAPH, "..", "articles", "newsweek-2017-02-15.txt"), "utf8"),
    );
    const shared = {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, file: "articles/one.txt" })),
    };
    expect(filesToSave(shared, "graph.json").map((f) => f.path)).toEqual(["graph.json", "articles/one.txt"]);
    expect(filesToSave(dataset, "graph.json", { embedAll: true }).map((f) => f.path)).toEqual(["graph.json"]);
  });
});
