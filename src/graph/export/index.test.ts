// @vitest-environment jsdom
// The export entry point against a headless cytoscape: what an export covers comes from the store's
// visibility (passed in), not from the canvas' classes, and the plan the dialog shows is what is saved.
import cytoscape from "cytoscape";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCaption } from "../../domain/export/caption";
import type { ScopeSource } from "../../domain/export/scope";
import type { ShownIds } from "../../domain/export/visible";
import { buildIndex } from "../../domain/indexes";
import { tinyDataset } from "../../test/fixtures";
import { setGraphInstance } from "../instance";
import { STYLESHEET } from "../stylesheet";
import { toElements } from "../toElements";
import { type ImageOptions, planImageExport, runDataExport, runImageExport } from "./index";

const dataset = { ...tinyDataset(), positions: undefined };
const shown = {
  entities: new Set(["alice", "bob", "acme"]),
  relations: new Set(["alice-bob", "bob-acme"]),
};
const options: ImageOptions = {
  format: "svg",
  scope: "full",
  size: { preset: "natural", scale: 1, printWidth: 16, printUnit: "cm" },
  background: "white",
  title: "",
  legend: true,
  caption: true,
  credits: true,
  footnotes: false,
  filterSummary: "country: France",
};
const index = buildIndex(dataset);
const sourceOf = (visibility: ShownIds): ScopeSource => ({
  index,
  visibility,
  paths: [],
  selection: null,
  focus: null,
  narrowed: true,
});
const NOW = new Date("2026-11-30T12:00:00Z");

// jsdom has no 2D canvas: text is measured by the writers' fallback (7 px a character).
HTMLCanvasElement.prototype.getContext = () => null;
Object.assign(window, { throughline: undefined });

describe("graph/export", () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements: toElements(dataset) });
    cy.layout({ name: "grid" }).run();
    setGraphInstance(cy);
  });
  afterEach(() => setGraphInstance(null));

  it("plans nothing before the canvas exists", async () => {
    setGraphInstance(null);
    expect(await planImageExport(dataset, sourceOf(shown), options, NOW)).toBeNull();
  });

  it("covers what the store says is shown, whatever classes the canvas carries", async () => {
    // No element is `is-hidden` on this canvas: only the visibility passed in decides.
    expect(cy.$(".is-hidden").length).toBe(0);
    const plan = await planImageExport(dataset, sourceOf(shown), options, NOW);
    expect(plan && [...plan.ids.entities].sort()).toEqual(["acme", "alice", "bob"]);
    expect(plan && [...plan.ids.relations].sort()).toEqual(["alice-bob", "bob-acme"]);
    expect(plan?.picture.nodes.map((n) => n.id).sort()).toEqual(["acme", "alice", "bob"]);
    expect(plan?.caption).toBe(
      buildCaption(
        { shownEntities: 3, totalEntities: 5, shownRelations: 2, totalRelations: 3 },
        "country: France",
      ),
    );
    expect(plan?.fileName).toMatch(/^throughline-.*-2026-11-30\.svg$/);
    expect(plan?.fileName).not.toContain("-all-");
    expect(plan?.empty).toBe(false);
  });

  it("leaves out a relation whose end is not shown, even when the relation itself is", async () => {
    const plan = await planImageExport(
      dataset,
      sourceOf({ entities: new Set(["alice", "bob"]), relations: new Set(["alice-bob", "bob-acme"]) }),
      options,
      NOW,
    );
    expect(plan && [...plan.ids.relations]).toEqual(["alice-bob"]);
    expect(plan?.picture.edges.map((e) => e.id)).toEqual(["alice-bob"]);
  });

  it("footnotes number the links in the picture, and the frame carries their notes", async () => {
    const plan = await planImageExport(dataset, sourceOf(shown), { ...options, footnotes: true }, NOW);
    const numbers = plan?.picture.edges.map((e) => e.badge?.number).sort();
    expect(numbers).toEqual([1, 2]);
    expect(plan?.frame.footnotes.filter((op) => op.kind === "text").length).toBeGreaterThanOrEqual(2);
  });

  it("a story step: what it has told, at the canvas' positions, with only its cited links numbered", async () => {
    const told = {
      entities: new Set(["alice", "bob", "acme"]),
      relations: new Set(["alice-bob", "bob-acme"]),
    };
    const source = {
      ...sourceOf(shown),
      step: { ids: told, picks: [{ relation: "bob-acme", evidence: 0 }] },
    };
    const plan = await planImageExport(
      dataset,
      source,
      { ...options, scope: "step", footnotes: true, title: "Work" },
      NOW,
    );
    expect(plan && [...plan.ids.relations].sort()).toEqual(["alice-bob", "bob-acme"]);
    expect(plan?.picture.edges.map((e) => [e.id, e.badge?.number ?? null]).sort()).toEqual([
      ["alice-bob", null],
      ["bob-acme", 1],
    ]);
    expect(plan?.footnotes?.notes.map((n) => n.text)).toEqual([
      expect.stringMatching(/^1\. Bob .* “Bob works for Acme\.”/),
    ]);
  });

  it("saves the plan it is given, as it is: its file name and exactly its elements", async () => {
    const plan = await planImageExport(
      dataset,
      sourceOf({ ...shown, relations: new Set<string>() }),
      options,
      NOW,
    );
    if (!plan) throw new Error("no plan");
    const file = await runImageExport({ ...plan, fileName: "as-shown.svg" });
    expect(file.name).toBe("as-shown.svg");
    const svg = await file.blob.text();
    for (const id of ["alice", "bob", "acme"]) expect(svg).toContain(`id="entity-${id}"`);
    expect(svg).not.toContain('id="entity-loner"');
    expect(svg).not.toContain('id="entity-carol"');
    expect(svg).not.toContain('id="relation-');
    expect(svg).toContain(`<desc>${plan.caption}</desc>`);
  });

  it("writes no control or bidi-override character into an SVG, from names, title or caption", async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const hostile = tinyDataset();
    const alice = hostile.entities.find((e) => e.id === "alice");
    if (!alice) throw new Error("fixture changed");
    // A name the schema would refuse, as if it had got through: the export must not pass it on.
    alice.name = "Ali\u202ece\u0007 \u2066Smith\u2069\u0085";
    hostile.title = "Story \u202egnp.exe\u202c\u0000";
    const hostileCy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: toElements({ ...hostile, positions: undefined }),
    });
    hostileCy.layout({ name: "grid" }).run();
    setGraphInstance(hostileCy);
    const hostileSource: ScopeSource = {
      ...sourceOf({ ...shown, relations: new Set<string>() }),
      index: buildIndex({ ...hostile, positions: undefined }),
    };
    const plan = await planImageExport(
      { ...hostile, positions: undefined },
      hostileSource,
      { ...options, title: "Title \u202eevil\u202c\u0008" },
      NOW,
    );
    if (!plan) throw new Error("no plan");
    const svg = await (await runImageExport(plan)).blob.text();
    // The label's first line, its letters joined again ("Smith" goes to a line the picture may drop).
    expect(svg).toMatch(/>Alice ?</);
    expect(svg).toContain("Title evil");
    expect(UNSAFE.test(svg)).toBe(false);
  });

  it("refuses a plan with nothing in it or too large to draw", async () => {
    const empty = await planImageExport(
      dataset,
      sourceOf({ entities: new Set(), relations: new Set() }),
      options,
      NOW,
    );
    if (!empty) throw new Error("no plan");
    await expect(runImageExport(empty)).rejects.toThrow(/Nothing is shown/);
    const plan = await planImageExport(dataset, sourceOf(shown), { ...options, format: "png" }, NOW);
    if (!plan) throw new Error("no plan");
    await expect(runImageExport({ ...plan, fits: false })).rejects.toThrow(/more than the browser can draw/);
  });

  it("exports the data of what is shown", async () => {
    const [file, ...rest] = runDataExport(dataset, sourceOf(shown), "json", "full", "country: France", NOW);
    expect(rest).toEqual([]);
    const json = JSON.parse((await file?.blob.text()) ?? "null") as {
      entities: { id: string }[];
      relations: { id: string }[];
    };
    expect(json.entities.map((e) => e.id).sort()).toEqual(["acme", "alice", "bob"]);
    expect(json.relations.map((r) => r.id).sort()).toEqual(["alice-bob", "bob-acme"]);
    expect(runDataExport(dataset, sourceOf(shown), "csv", "full", "", NOW).map((f) => f.name)).toEqual([
      "throughline-filtered-2026-11-30-entities.csv",
      "throughline-filtered-2026-11-30-relations.csv",
      "throughline-filtered-2026-11-30-evidence.csv",
    ]);
  });
});
