import { describe, expect, it } from "vitest";
import type { LegendContents } from "../../domain/export/caption";
import { THEMES } from "../../visuals/tokens";
import { type DrawOp, layoutFrame, wrapText } from "./frame";

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

describe("layoutFrame", () => {
  const base = {
    graph: { width: 800, height: 500 },
    title: "",
    legend: null,
    caption: null,
    credits: null,
    tokens: THEMES.light,
  };

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

  it("writes the legend in the words of the panel legend", () => {
    const frame = layoutFrame({ ...base, graph: { width: 2000, height: 500 }, legend: contents }, measure);
    const words = texts(frame.legend);
    expect(words).toContain("Links (colour):");
    expect(words).toContain("Unconfirmed: the article hedges or could not confirm it");
  });

  it("draws in the colours of the theme it is given", () => {
    const dark = layoutFrame({ ...base, title: "T", legend: contents, tokens: THEMES.dark }, measure);
    const title = dark.title[0];
    expect(title?.kind === "text" && title.color).toBe(THEMES.dark.ui.ink);
    const person = dark.legend.find((op) => op.kind === "node-icon" && op.shape === "ellipse");
    expect(person?.kind === "node-icon" && person.fill).toBe(THEMES.dark.entity.person);
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
