import { describe, expect, it } from "vitest";
import type { LegendContents } from "../../domain/export/caption";
import { ENTITY_VISUALS } from "../visuals";
import { type DrawOp, layoutFrame, legendSections, shapePath, wrapText } from "./frame";

/** 6 px per character: enough to test layout without a browser. */
const measure = (text: string) => text.length * 6;

const contents: LegendContents = {
  entityTypes: ["person", "company"],
  relationTypes: ["business", "financial", "surveillance"],
  statuses: ["confirmed", "unconfirmed"],
  unnamed: true,
  directed: true,
};
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === "text" ? [op.text] : []));

describe("legendSections", () => {
  it("lists only what is in use, with the canvas's shapes and colours, families grouped", () => {
    const [actors, links, claims] = legendSections(contents);
    expect(actors?.items.map((i) => i.label)).toEqual([
      "Person",
      "Company",
      "not named in the articles",
      "size: number of relations",
    ]);
    expect(actors?.items[0]).toMatchObject({
      shape: ENTITY_VISUALS.person.shape,
      color: ENTITY_VISUALS.person.color,
    });
    expect(links?.items.map((i) => i.label)).toEqual([
      "Business & money (business partner, money flow)",
      "Intelligence & communication (surveillance / intelligence gathering)",
    ]);
    expect(claims?.items.map((i) => i.label)).toEqual(["Confirmed", "Unconfirmed", "has a direction"]);
  });
  it("leaves out empty sections", () => {
    const none = { entityTypes: [], relationTypes: [], statuses: [], unnamed: false, directed: false };
    expect(legendSections({ ...none, entityTypes: ["agency"] }).map((s) => s.heading)).toEqual(["Actors"]);
  });
});

describe("layoutFrame", () => {
  const base = { graph: { width: 800, height: 500 }, title: "", legend: null, caption: null, credits: null };

  it("puts title above the graph and legend, caption, credits below, in whole pixels", () => {
    const frame = layoutFrame(
      { ...base, title: "A title", legend: contents, caption: "All 2 actors", credits: "Source: Paper" },
      measure,
    );
    expect(texts(frame.title)).toEqual(["A title"]);
    expect(texts(frame.caption)).toEqual(["All 2 actors"]);
    expect(texts(frame.credits)).toEqual(["Source: Paper"]);
    expect(texts(frame.legend)).toContain("Actors:");
    const below = [...frame.legend, ...frame.caption, ...frame.credits];
    expect(Math.min(...below.map((op) => op.y))).toBeGreaterThan(frame.graph.y + frame.graph.height);
    expect(Math.max(...below.map((op) => op.y))).toBeLessThan(frame.height);
    expect(Number.isInteger(frame.width) && Number.isInteger(frame.height)).toBe(true);
  });

  it("keeps every decoration inside the frame, wrapping long lines", () => {
    const long = "word ".repeat(400).trim();
    const frame = layoutFrame(
      { ...base, graph: { width: 100, height: 100 }, legend: contents, credits: long },
      measure,
    );
    for (const op of [...frame.legend, ...frame.credits]) {
      const right =
        op.kind === "text" ? op.x + measure(op.text) : op.x + (op.kind === "node-icon" ? op.size : op.width);
      expect(right).toBeLessThanOrEqual(frame.width);
    }
    expect(frame.credits.length).toBeGreaterThan(1);
  });

  it("scales words and icons up with a wide graph, so they stay legible beside it", () => {
    const narrow = layoutFrame({ ...base, caption: "All" }, measure);
    const wide = layoutFrame({ ...base, graph: { width: 3000, height: 500 }, caption: "All" }, measure);
    const size = (f: typeof narrow) => (f.caption[0]?.kind === "text" ? f.caption[0].font.size : 0);
    expect(size(narrow)).toBe(12);
    expect(size(wide)).toBe(36);
  });

  it("without decorations is the graph and a margin", () => {
    const frame = layoutFrame(base, measure);
    expect(frame.graph).toMatchObject({ x: 24, y: 24, width: 800, height: 500 });
    expect(frame.width).toBe(848);
  });
});

describe("wrapText", () => {
  it("breaks between words, never inside one", () => {
    expect(wrapText("aa bb cc", { size: 10 }, 30, measure)).toEqual(["aa bb", "cc"]);
    expect(wrapText("abcdefghij", { size: 10 }, 30, measure)).toEqual(["abcdefghij"]);
  });
});

describe("shapePath", () => {
  it("draws each shape within its box", () => {
    for (const shape of [
      "ellipse",
      "hexagon",
      "tag",
      "triangle",
      "barrel",
      "round-rectangle",
      "octagon",
    ] as const) {
      const numbers = shapePath(shape, 0, 0, 20, 10).replace(/[A-Z]/g, " ").trim().split(/\s+/).map(Number);
      expect(numbers.every((n) => Math.abs(n) <= 10 + 1e-9)).toBe(true);
    }
  });
});
