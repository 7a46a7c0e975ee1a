import { beforeEach, describe, expect, it } from "vitest";
import type { Evidence } from "../data/types";
import { type Path, weakestLink } from "../domain/paths";
import { claimStatusAt } from "../domain/timeline";
import { DEFAULT_VIEW } from "../domain/view";
import { tinyDataset, tinyDatasetWithRewrite } from "../test/fixtures";
import { realDataset } from "../test/realDataset";
import { selectedEntity, selectedRelation, statusesAsOfView } from "./selectors";
import { initialState, useStore } from "./store";

describe("store", () => {
  beforeEach(() => useStore.setState(initialState, true));

  it("indexes a dataset when it is set, clearing any selection", () => {
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "entity", id: "bob" });
    useStore.getState().setDataset(tinyDataset());
    expect(useStore.getState().index?.entityById.size).toBe(5);
    expect(useStore.getState().view.selection).toBeNull();
  });

  it("selects entities and relations that exist, and refuses unknown ids", () => {
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "relation", id: "bob-acme" });
    expect(selectedRelation(useStore.getState())?.label).toBe("works for");
    expect(selectedEntity(useStore.getState())).toBeNull();
    useStore.getState().select({ kind: "entity", id: "nobody" });
    expect(useStore.getState().view.selection).toBeNull();
  });

  it("makes a clicked excerpt the reader's active one and selects its link, keeping the article", () => {
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().openReader("paper");
    useStore.getState().activateExcerpt("bob-acme#0");
    expect(useStore.getState().reader).toEqual({ article: "paper", passage: "bob-acme#0" });
    expect(useStore.getState().view.selection).toEqual({ kind: "relation", id: "bob-acme" });
    // Another excerpt of the link already selected leaves the view (and the address) alone.
    const view = useStore.getState().view;
    useStore.getState().activateExcerpt("bob-acme#1");
    expect(useStore.getState().view).toBe(view);
    expect(useStore.getState().reader.passage).toBe("bob-acme#1");
  });

  it("keeps one copy of a notice given twice", () => {
    useStore.getState().addNotice("Some link settings were ignored: foo (unknown parameter).");
    useStore.getState().addNotice("Some link settings were ignored: foo (unknown parameter).");
    useStore.getState().addNotice("Another notice.");
    expect(useStore.getState().notices).toHaveLength(2);
  });
});

describe("derived state", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
  });

  it("keeps the same visibility object when only the selection changes (the canvas reframes on change)", () => {
    const before = useStore.getState().visibility;
    useStore.getState().select({ kind: "entity", id: "alice" });
    expect(useStore.getState().visibility).toBe(before);
    useStore.getState().setFilters({ entityTypes: ["person"] });
    expect(useStore.getState().visibility).not.toBe(before);
  });

  it("drops the selection when a filter hides it, and keeps it while it stays visible", () => {
    useStore.getState().select({ kind: "entity", id: "acme" });
    useStore.getState().setFilters({ countries: ["US"] });
    expect(useStore.getState().view.selection).toEqual({ kind: "entity", id: "acme" });
    useStore.getState().setFilters({ countries: ["FR"] });
    expect(useStore.getState().view.selection).toBeNull();
  });

  it("Escape undoes one step at a time: search, then focus, then path, then selection", () => {
    const s = () => useStore.getState();
    s().select({ kind: "entity", id: "alice" });
    s().setPath({ from: "alice", to: "acme" });
    s().setFocus("alice", 2);
    s().setSearch("bob");
    expect(s().escape()).toBe(true);
    expect(s().view.search).toBe("");
    s().escape();
    expect(s().view.focus).toBeNull();
    s().escape();
    expect(s().view.path).toBeNull();
    s().escape();
    expect(s().view.selection).toBeNull();
    expect(s().escape()).toBe(false);
  });
});

describe("the view as one value", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
  });

  it("applies a whole view with one action (as a story step will), with everything derived from it", () => {
    const s = () => useStore.getState();
    s().applyView({
      ...s().view,
      filters: { ...s().view.filters, entityTypes: ["person"] },
      focus: { id: "alice", depth: 1 },
      selection: { kind: "entity", id: "bob" },
      path: { from: "alice", to: "bob" },
      layout: "grid",
    });
    expect([...s().visibility.entities].sort()).toEqual(["alice", "bob", "carol"]);
    expect(s().view.selection).toEqual({ kind: "entity", id: "bob" });
    expect(s().paths.map((p) => p.map((step) => step.relations.map((r) => r.id)))).toEqual([[["alice-bob"]]]);
    expect(s().pathDraft).toEqual({ from: "alice", to: "bob" });
    expect(s().view.layout).toBe("grid");
  });

  it("keeps the same view object when an action changes nothing in it (no URL write, no class sync)", () => {
    const s = () => useStore.getState();
    s().setSearch("bob");
    const before = s().view;
    s().setSearch("bob");
    s().hoverEntity("alice");
    s().setPanelWidth("left", 300);
    expect(s().view).toBe(before);
    s().setSearch("acme");
    expect(s().view).not.toBe(before);
  });

  it("starts a new dataset with a fresh view but the reader's layout", () => {
    const s = () => useStore.getState();
    s().setLayout("circle");
    s().setSearch("bob");
    s().setDataset(tinyDataset());
    expect(s().view).toEqual({ ...DEFAULT_VIEW, layout: "circle" });
  });
});

describe("layout requests", () => {
  beforeEach(() => useStore.setState(initialState, true));

  it("records the layout under way; Cancel and the end clear it; a failure leaves a notice", () => {
    const s = () => useStore.getState();
    const task = { layout: "force", phase: "running", nodes: 10, offThread: false, startedAt: 0 } as const;
    s().rerunLayout();
    expect(s().layoutRun).toBe(1);
    s().setLayoutTask(task);
    expect(s().layoutTask).toEqual(task);
    s().cancelLayout();
    expect(s().layoutTask).toBeNull();
    s().setLayoutTask(task);
    s().layoutFinished("done");
    expect(s().layoutTask).toBeNull();
    expect(s().notices).toEqual([]);
    s().setLayoutTask(task);
    s().layoutFinished("failed");
    expect(s().notices).toEqual(["The layout could not be computed; the graph keeps its positions."]);
  });
});

describe("shortest or strongest paths", () => {
  it("finds the chains the reader asks for, and keeps the choice when an end changes", () => {
    useStore.setState(initialState, true);
    const s = () => useStore.getState();
    s().setDataset(realDataset().dataset);
    s().setPath({ from: "igor-sechin", to: "vladimir-putin" });
    // Shortest: the direct link, which rests on a cable (reported).
    expect(s().paths.map((p) => p.flatMap((step) => step.relations.map((r) => r.id)))).toEqual([
      ["sechin-putin-influence"],
    ]);
    s().setPathMode("strongest");
    expect(s().view.path).toEqual({ from: "igor-sechin", to: "vladimir-putin", mode: "strongest" });
    // Strongest: two steps the article states as fact, through Russia.
    expect(s().paths.map((p) => p.flatMap((step) => step.relations.map((r) => r.id)))).toEqual([
      ["sechin-russia-presidential-administration", "putin-russia-president"],
    ]);
    s().setPathEnd("from", "rex-tillerson");
    expect(s().view.path?.mode).toBe("strongest");
    s().setPathMode("shortest");
    expect(s().view.path).toEqual({ from: "rex-tillerson", to: "vladimir-putin" });
  });
});

describe('paths at a stop of the "as reported" clock', () => {
  it("the strongest chain is the one that was surest by then, its weakest link as sure as it was then", () => {
    useStore.setState(initialState, true);
    const s = () => useStore.getState();
    // The paper could not confirm that Carol called Alice; its rewrite (January 2020) states it.
    // A direct Carol–Bob link stays unconfirmed.
    const data = tinyDatasetWithRewrite();
    const call = data.relations.find((r) => r.id === "carol-alice");
    if (!call) throw new Error("fixture changed");
    data.relations.push({
      ...call,
      id: "carol-bob",
      target: "bob",
      evidence: [call.evidence[0] as Evidence],
    });
    s().setDataset(data);
    s().setPath({ from: "carol", to: "bob", mode: "strongest" });
    const chains = () => s().paths.map((p) => p.flatMap((step) => step.relations.map((r) => r.id)));
    // Today's statuses: both chains rest on an unconfirmed link; the shorter wins.
    expect(chains()).toEqual([["carol-bob"]]);
    // At the paper's day, nothing has changed yet.
    s().setFilters({ reportedBy: "2020-01-02" });
    expect(chains()).toEqual([["carol-bob"]]);
    // By the end of January the rewrite reported the call: the chain through Alice is surer.
    s().setFilters({ reportedBy: "2020-01" });
    expect(chains()).toEqual([["carol-alice", "alice-bob"]]);
    const asOf = statusesAsOfView(s());
    const weakest = weakestLink(s().paths[0] as Path, (r) => claimStatusAt(r, asOf));
    expect(weakest).toMatchObject({ status: "reported", relation: { id: "carol-alice" } });
    expect(weakest?.evidence.article).toBe("blog");
    // Off the clock, the link's own status and its surest excerpt, as before.
    expect(weakestLink(s().paths[0] as Path)).toMatchObject({ status: "unconfirmed" });
  });
});

describe("a large dataset's search text", () => {
  beforeEach(() => useStore.setState(initialState, true));

  it("is folded in slices after the dataset opens; a search typed meanwhile runs once it is ready", async () => {
    const tiny = tinyDataset();
    const template = tiny.relations[0] as (typeof tiny.relations)[number];
    // 300 links of long excerpts: well past what is folded with the index at once.
    const relations = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      id: `link-${i}`,
      evidence: [
        {
          ...(template.evidence[0] as (typeof template.evidence)[number]),
          quote: `${"Met again. ".repeat(40)} ${i}`,
        },
      ],
    }));
    useStore.getState().setDataset({ ...tiny, relations });
    const s = () => useStore.getState();
    expect(s().index?.searchText).toBeNull();
    expect(s().searchProgress).toBe(0);
    s().setSearch("met again");
    // Not ready yet: no hits (the graph is not dimmed by a search that has not run).
    expect(s().hits).toBeNull();
    await expect.poll(() => s().searchProgress, { timeout: 10_000 }).toBeNull();
    expect(s().index?.searchText).not.toBeNull();
    expect(s().hits?.relations.size).toBe(300);
    expect(s().view.search).toBe("met again");
  });

  it("stops folding the old text when another dataset opens", async () => {
    const tiny = tinyDataset();
    const template = tiny.relations[0] as (typeof tiny.relations)[number];
    const relations = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      id: `link-${i}`,
      evidence: [
        {
          ...(template.evidence[0] as (typeof template.evidence)[number]),
          quote: `${"Met again. ".repeat(40)} ${i}`,
        },
      ],
    }));
    const large = { ...tiny, relations };
    useStore.getState().setDataset(large);
    const first = useStore.getState().index;
    useStore.getState().setDataset(tiny);
    // The small one's text is ready at once, and the large one's fold never lands on it.
    expect(useStore.getState().searchProgress).toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    expect(useStore.getState().searchProgress).toBeNull();
    expect(first?.searchText).toBeNull();
  });
});
