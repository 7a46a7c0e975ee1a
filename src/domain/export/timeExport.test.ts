// @vitest-environment jsdom
// Exports carry time: GEXF spells for Gephi's timeline, CSV date columns at the article's precision.
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../../test/fixtures";
import { serializeCsv, serializeGexf } from "./data";
import { allIds } from "./visible";

function datedDataset() {
  const data = tinyDataset();
  const [first, second] = data.relations;
  if (!first || !second) throw new Error("fixture changed");
  first.date = "2019-06";
  second.date = { start: "2019-08" };
  return data;
}

describe("time in the data exports", () => {
  it("GEXF: a dynamic graph whose dated edges carry inclusive spells; open sides left out", () => {
    const data = datedDataset();
    const doc = new DOMParser().parseFromString(
      serializeGexf(data, allIds(data), "2026-11-30"),
      "application/xml",
    );
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const graph = doc.getElementsByTagName("graph")[0];
    expect(graph?.getAttribute("mode")).toBe("dynamic");
    expect(graph?.getAttribute("timeformat")).toBe("date");
    const spell = (id: string) => doc.querySelector(`edge[id="${id}"] spell`);
    const [first, second, third] = data.relations;
    // June 2019 is the whole month, last day included.
    expect(spell(first?.id ?? "")?.getAttribute("start")).toBe("2019-06-01");
    expect(spell(first?.id ?? "")?.getAttribute("end")).toBe("2019-06-30");
    expect(spell(second?.id ?? "")?.getAttribute("start")).toBe("2019-08-01");
    expect(spell(second?.id ?? "")?.hasAttribute("end")).toBe(false);
    if (third) expect(spell(third.id)).toBeNull();
  });

  it("GEXF stays static when nothing is dated", () => {
    const data = tinyDataset();
    const doc = new DOMParser().parseFromString(
      serializeGexf(data, allIds(data), "2026-11-30"),
      "application/xml",
    );
    expect(doc.getElementsByTagName("graph")[0]?.getAttribute("mode")).toBe("static");
  });

  it("CSV: start, end and precision columns as the article wrote them", () => {
    const data = datedDataset();
    const lines = serializeCsv(data, allIds(data)).relations.trim().split(/\r?\n/);
    const header = (lines[0] ?? "").split(",").map((c) => c.replace(/^"|"$/g, ""));
    // Fields are quoted; none of these values holds a comma or a quote.
    const cells = (line: string | undefined) => (line ?? "").split(",").map((c) => c.replace(/^"|"$/g, ""));
    const col = (line: string | undefined, name: string) => cells(line)[header.indexOf(name)];
    expect(header).toEqual(expect.arrayContaining(["date_start", "date_end", "date_precision"]));
    const row = (id: string) => lines.find((l) => cells(l)[0] === id);
    const [first, second] = data.relations;
    expect(col(row(first?.id ?? ""), "date_start")).toBe("2019-06");
    expect(col(row(first?.id ?? ""), "date_end")).toBe("2019-06");
    expect(col(row(first?.id ?? ""), "date_precision")).toBe("month");
    expect(col(row(second?.id ?? ""), "date_start")).toBe("2019-08");
    expect(col(row(second?.id ?? ""), "date_end")).toBe("");
  });
});
