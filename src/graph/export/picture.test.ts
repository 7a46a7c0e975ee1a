// The exported picture's geometry on the curated dataset: no actor's shape or name overlaps
// another's, drawn labels never overlap, every actor is named at 11 px or more, and a subset is
// laid out afresh the same way every time.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFootnotes } from "../../domain/export/footnotes";
import { realDataset } from "../../test/realDataset";
import { toElements } from "../toElements";
import {
  type Box,
  buildPicture,
  labelRect,
  MIN_NAME_PX,
  type Picture,
  pictureTexts,
  type Rect,
  rectsOverlap,
} from "./picture";

// Node has no canvas to measure text: a conservative width per character.
const measure = (text: string, font: { size: number }) => text.length * font.size * 0.6;

const { dataset, index } = realDataset();
const layout = JSON.parse(readFileSync("data/layout.json", "utf8")) as {
  positions: Record<string, [number, number]>;
};
const elements = toElements(dataset).map((e) =>
  e.group === "nodes" && layout.positions[e.data.id as string]
    ? {
        ...e,
        position: {
          x: layout.positions[e.data.id as string]?.[0] ?? 0,
          y: layout.positions[e.data.id as string]?.[1] ?? 0,
        },
      }
    : e,
);

const rect = (b: Box): Rect => ({
  x: (b.x1 + b.x2) / 2,
  y: (b.y1 + b.y2) / 2,
  hw: (b.x2 - b.x1) / 2,
  hh: (b.y2 - b.y1) / 2,
  angle: 0,
});

/** Every pair of things that must not touch, named, for a readable failure. */
function collisions(p: Picture): string[] {
  // Link labels lie along their links: what they cover is their turned rectangle.
  const things: { name: string; rect: Rect; owner: string }[] = [];
  for (const n of p.nodes) {
    things.push({
      name: `shape ${n.id}`,
      owner: n.id,
      rect: rect({
        x1: n.x - n.width / 2,
        y1: n.y - n.height / 2,
        x2: n.x + n.width / 2,
        y2: n.y + n.height / 2,
      }),
    });
    if (n.label) things.push({ name: `name ${n.id}`, owner: n.id, rect: labelRect(n.label) });
  }
  for (const e of p.edges) {
    if (e.label) things.push({ name: `label ${e.id}`, owner: e.id, rect: labelRect(e.label) });
    if (e.badge) {
      const b = e.badge;
      things.push({
        name: `number ${e.id}`,
        owner: e.id,
        rect: rect({ x1: b.x - b.radius, y1: b.y - b.radius, x2: b.x + b.radius, y2: b.y + b.radius }),
      });
    }
  }
  const out: string[] = [];
  for (let i = 0; i < things.length; i++)
    for (let j = i + 1; j < things.length; j++) {
      const a = things[i];
      const b = things[j];
      if (a && b && a.owner !== b.owner && rectsOverlap(a.rect, b.rect, 0.5))
        out.push(`${a.name} × ${b.name}`);
    }
  return out;
}

function subset(entities: Set<string>) {
  return elements.filter((e) =>
    e.group === "nodes"
      ? entities.has(e.data.id as string)
      : entities.has(e.data.source as string) && entities.has(e.data.target as string),
  );
}

describe("rectsOverlap", () => {
  const label = (x: number, y: number, angle: number): Rect => ({ x, y, hw: 75, hh: 7, angle });
  it("two labels along parallel diagonal links do not touch, though their bounds overlap", () => {
    const a = label(0, 0, Math.PI / 4);
    const b = label(20, -20, Math.PI / 4);
    expect(rectsOverlap(a, b)).toBe(false);
  });
  it("crossing labels, and a label over a shape, do", () => {
    expect(rectsOverlap(label(0, 0, Math.PI / 4), label(0, 0, -Math.PI / 4))).toBe(true);
    expect(rectsOverlap(label(0, 0, Math.PI / 6), { x: 40, y: 22, hw: 10, hh: 10, angle: 0 })).toBe(true);
    expect(rectsOverlap(label(0, 0, Math.PI / 6), { x: -40, y: 22, hw: 10, hh: 10, angle: 0 })).toBe(false);
  });
});

describe("buildPicture", () => {
  it("the whole curated graph: nothing overlaps and every actor is named at 11 px or more", async () => {
    const picture = await buildPicture({
      elements,
      layout: { kind: "keep" },
      theme: "light",
      numbers: new Map(),
      measure,
    });
    expect(picture.nodes).toHaveLength(dataset.entities.length);
    expect(collisions(picture)).toEqual([]);
    for (const n of picture.nodes) {
      expect(n.label?.font.size ?? 0).toBeGreaterThanOrEqual(MIN_NAME_PX);
      expect(n.label?.lines.join(" ")).toBe(dataset.entities.find((e) => e.id === n.id)?.name);
    }
    expect(picture.width).toBeGreaterThan(0);
    // Link labels go along their links wherever they touch nothing (turned with the link, wrapped
    // narrower on short links); only a few may find no room.
    expect(picture.droppedLabels).toBeLessThanOrEqual(5);
  }, 30_000);

  it("a path laid out afresh in columns, with numbered links: nothing overlaps, the same twice", async () => {
    const ids = new Set(
      ["rex-tillerson", "igor-sechin", "vladimir-putin"].filter((id) => index.entityById.has(id)),
    );
    expect(ids.size).toBe(3);
    const els = subset(ids);
    const relations = els.filter((e) => e.group === "edges").map((e) => e.data.id as string);
    const notes = buildFootnotes(
      dataset,
      relations.map((relation) => ({ relation })),
    );
    const numbers = new Map(notes.notes.map((n) => [n.relation, n.number] as const));
    const build = () =>
      buildPicture({
        elements: els,
        layout: { kind: "columns", from: "rex-tillerson" },
        theme: "light",
        numbers,
        measure,
      });
    const a = await build();
    const b = await build();
    expect(collisions(a)).toEqual([]);
    expect(a.nodes.map((n) => [n.id, Math.round(n.x), Math.round(n.y)])).toEqual(
      b.nodes.map((n) => [n.id, Math.round(n.x), Math.round(n.y)]),
    );
    // Left to right from the path's start.
    const x = (id: string) => a.nodes.find((n) => n.id === id)?.x ?? Number.NaN;
    expect(x("rex-tillerson")).toBeLessThan(x("vladimir-putin"));
    expect(
      a.edges
        .filter((e) => e.badge)
        .map((e) => e.badge?.number)
        .sort((p, q) => (p ?? 0) - (q ?? 0)),
    ).toEqual(notes.notes.map((n) => n.number));
    expect(pictureTexts(a)).toEqual(expect.arrayContaining(["1", "Rex Tillerson"]));
  });

  it("the parts of a picture are far smaller than the canvas' spread for a subset", async () => {
    const ph = new Set(dataset.entities.filter((e) => e.countries.includes("PH")).map((e) => e.id));
    expect(ph.size).toBeGreaterThan(0);
    const picture = await buildPicture({
      elements: subset(ph),
      layout: { kind: "rings", centre: [...ph][0] ?? "" },
      theme: "light",
      numbers: new Map(),
      measure,
    });
    expect(collisions(picture)).toEqual([]);
  });
});
