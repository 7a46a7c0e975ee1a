import { describe, expect, it } from "vitest";
import { locateQuote } from "../data/quotes";
import type { Story } from "../data/types";
import { tinyDataset } from "../test/fixtures";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import { buildFootnotes } from "./export/footnotes";
import { computeVisibility } from "./filters";
import { buildIndex } from "./indexes";
import {
  capText,
  clampStep,
  isRevealed,
  stepExcerpts,
  stepExport,
  stepSubject,
  stepView,
  storyCatalog,
  storyReveal,
} from "./story";
import { EMPTY_FILTERS } from "./view";

const tiny = tinyDataset();
const tinyIndex = buildIndex(tiny);

const story: Story = {
  id: "tiny-story",
  title: "Alice and the others",
  steps: [
    { heading: "A meeting", text: "Alice met Bob.", cites: [{ relation: "alice-bob", evidence: 0 }] },
    {
      heading: "Work",
      text: "Bob works for Acme.",
      cites: [{ relation: "bob-acme", evidence: 0 }],
      view: { selection: { kind: "relation", id: "bob-acme" }, filters: { countries: ["US", "FR"] } },
      introduces: { entities: ["loner"] },
    },
    {
      heading: "Everyone",
      text: "All of it.",
      cites: [{ relation: "carol-alice", evidence: 0 }],
      view: { layout: "circle" },
      introduces: { all: true },
    },
  ],
};

describe("#stepView", () => {
  it("should fill what a step leaves out with the defaults and keep the reader's layout", () => {
    const first = stepView(story.steps[0] as Story["steps"][number], "concentric");
    expect(first).toEqual({
      filters: EMPTY_FILTERS,
      search: "",
      focus: null,
      selection: null,
      path: null,
      layout: "concentric",
    });
    // The same filters object: the store does not recompute visibility for a step without filters.
    expect(first.filters).toBe(EMPTY_FILTERS);
  });

  it("should take the step's own filters, selection and layout", () => {
    const second = stepView(story.steps[1] as Story["steps"][number], "force");
    expect(second.filters).toEqual({ ...EMPTY_FILTERS, countries: ["US", "FR"] });
    expect(second.selection).toEqual({ kind: "relation", id: "bob-acme" });
    expect(stepView(story.steps[2] as Story["steps"][number], "force").layout).toBe("circle");
  });
});

describe("#storyReveal", () => {
  const reveal = storyReveal(story, tinyIndex);

  it("should introduce cited links with both their actors, and listed actors, at their step", () => {
    expect(isRevealed(reveal, "relation", "alice-bob", 0)).toBe(true);
    expect(isRevealed(reveal, "entity", "alice", 0)).toBe(true);
    expect(isRevealed(reveal, "entity", "bob", 0)).toBe(true);
    expect(isRevealed(reveal, "entity", "acme", 0)).toBe(false);
    expect(isRevealed(reveal, "relation", "bob-acme", 0)).toBe(false);
    expect(isRevealed(reveal, "entity", "acme", 1)).toBe(true);
    expect(isRevealed(reveal, "entity", "loner", 1)).toBe(true);
    expect(isRevealed(reveal, "entity", "carol", 1)).toBe(false);
  });

  it("should keep what earlier steps introduced and show everything from an `all` step on", () => {
    expect(isRevealed(reveal, "relation", "alice-bob", 1)).toBe(true);
    expect(reveal.allFrom).toBe(2);
    expect(isRevealed(reveal, "entity", "carol", 2)).toBe(true);
    expect(isRevealed(reveal, "relation", "no-such-link", 2)).toBe(true);
  });

  it("should ignore ids the dataset does not have", () => {
    const odd: Story = {
      ...story,
      steps: [{ ...(story.steps[0] as Story["steps"][number]), introduces: { entities: ["ghost"] } }],
    };
    expect(storyReveal(odd, tinyIndex).entities.has("ghost")).toBe(false);
  });
});

describe("#stepSubject and #stepExcerpts", () => {
  it("should frame the cited links and their actors, or everything for an `all` step", () => {
    expect(stepSubject(story.steps[1] as Story["steps"][number], tinyIndex)).toEqual({
      entities: ["bob", "acme"],
      relations: ["bob-acme"],
    });
    expect(stepSubject(story.steps[2] as Story["steps"][number], tinyIndex)).toBeNull();
  });

  it("should resolve each citation to its link, excerpt, article and reader passage", () => {
    const [excerpt] = stepExcerpts(story.steps[1] as Story["steps"][number], tinyIndex);
    expect(excerpt?.evidence.quote).toBe("Bob works for Acme.");
    expect(excerpt?.article?.id).toBe("paper");
    expect(excerpt?.passage).toBe("bob-acme#0");
  });
});

describe("#storyCatalog", () => {
  it("should list a dataset's own stories, or the deferred catalog, or nothing", () => {
    expect(storyCatalog({ ...tiny, stories: [story] })).toEqual([
      { id: "tiny-story", title: "Alice and the others", steps: 3 },
    ]);
    const catalog = [{ id: "later", title: "Later", steps: 4 }];
    expect(storyCatalog({ ...tiny, deferredStories: { catalog, load: async () => [] } })).toEqual(catalog);
    expect(storyCatalog(tiny)).toEqual([]);
    expect(storyCatalog(null)).toEqual([]);
  });
});

describe("#capText and #clampStep", () => {
  it("should cut a long text at a word break, say how much was left out, and leave short ones alone", () => {
    expect(capText("short", 10)).toEqual({ text: "short", omitted: 0 });
    const long = "word ".repeat(100).trim();
    const capped = capText(long, 52);
    expect(capped.text.endsWith("word…")).toBe(true);
    expect(capped.text.length).toBeLessThanOrEqual(53);
    expect(capped.omitted).toBe(long.length - (capped.text.length - 1));
  });

  it("should accept only step numbers within the story", () => {
    expect(clampStep(story, 0)).toBe(0);
    expect(clampStep(story, 2)).toBe(2);
    expect(clampStep(story, 3)).toBeNull();
    expect(clampStep(story, -1)).toBeNull();
    expect(clampStep(story, 1.5)).toBeNull();
  });
});

describe("#stepExport", () => {
  const reveal = storyReveal(story, tinyIndex);
  const everything = {
    entities: new Set(tiny.entities.map((e) => e.id)),
    relations: new Set(tiny.relations.map((r) => r.id)),
  };

  it("should title the image with the step's heading and footnote exactly its citations, in its order", () => {
    const out = stepExport({ story, step: 1, reveal }, everything);
    expect(out?.title).toBe("Work");
    expect(out?.summary).toBe("Alice and the others, step 2 of 3");
    expect(out?.picks).toEqual([{ relation: "bob-acme", evidence: 0 }]);
  });

  it("should cover what the story has told by then, of what the filters show", () => {
    const out = stepExport({ story, step: 1, reveal }, everything);
    expect([...(out?.ids.relations ?? [])].sort()).toEqual(["alice-bob", "bob-acme"]);
    expect([...(out?.ids.entities ?? [])].sort()).toEqual(["acme", "alice", "bob", "loner"]);
    const filtered = { entities: new Set(["alice", "bob"]), relations: new Set(["alice-bob"]) };
    expect([...(stepExport({ story, step: 1, reveal }, filtered)?.ids.relations ?? [])]).toEqual([
      "alice-bob",
    ]);
    // From an `all` step on, everything the filters show.
    expect(stepExport({ story, step: 2, reveal }, everything)?.ids).toBe(everything);
    expect(stepExport({ story, step: 3, reveal }, everything)).toBeNull();
  });
});

describe("the curated story", () => {
  const { dataset, index } = realDataset();
  const curated = dataset.stories?.[0] as Story;
  const newsweek = index.articleById.get(NEWSWEEK)?.text ?? "";

  it("should walk through the Newsweek report in 12 to 20 steps and end on the whole network", () => {
    expect(dataset.stories).toHaveLength(1);
    expect(curated.steps.length).toBeGreaterThanOrEqual(12);
    expect(curated.steps.length).toBeLessThanOrEqual(20);
    const last = curated.steps.at(-1);
    expect(last?.introduces?.all).toBe(true);
    expect(last?.view).toBeUndefined();
    expect(curated.steps.slice(0, -1).every((s) => !s.introduces?.all)).toBe(true);
  });

  it("should cite the Newsweek report in every step, in the report's order", () => {
    let previous = -1;
    curated.steps.forEach((step, n) => {
      const places = stepExcerpts(step, index)
        .filter((e) => e.evidence.article === NEWSWEEK)
        .map((e) => locateQuote(newsweek, e.evidence.quote)[0]?.start ?? -1);
      expect(places.length, `step ${n + 1} cites Newsweek`).toBeGreaterThan(0);
      expect(places.every((p) => p >= 0)).toBe(true);
      if (n === curated.steps.length - 1) return; // the closing step goes back to the opening
      const first = Math.min(...places);
      expect(first, `step ${n + 1} comes after step ${n} in the report`).toBeGreaterThan(previous);
      previous = first;
    });
  });

  it("should cite both articles wherever a cited link has excerpts in both", () => {
    curated.steps.forEach((step, n) => {
      const excerpts = stepExcerpts(step, index);
      for (const { relation } of excerpts) {
        const has = new Set(relation.evidence.map((e) => e.article));
        const cited = new Set(excerpts.filter((e) => e.relation === relation).map((e) => e.evidence.article));
        if (has.has(NEWSWEEK) && has.has(BLOG))
          expect([...cited].sort(), `step ${n + 1}, ${relation.id}`).toEqual([BLOG, NEWSWEEK].sort());
      }
    });
  });

  it("should show every cited link at its step: introduced, and not hidden by the step's view", () => {
    const reveal = storyReveal(curated, index);
    curated.steps.forEach((step, n) => {
      const visibility = computeVisibility(dataset, index, stepView(step, "force"));
      for (const { relation } of stepExcerpts(step, index)) {
        expect(isRevealed(reveal, "relation", relation.id, n), `step ${n + 1}: ${relation.id}`).toBe(true);
        expect(visibility.relations.has(relation.id), `step ${n + 1}: ${relation.id}`).toBe(true);
      }
    });
  });

  it("should export each step with exactly its cited excerpts as footnotes, each on a link the image shows", () => {
    const reveal = storyReveal(curated, index);
    curated.steps.forEach((step, n) => {
      const visibility = computeVisibility(dataset, index, stepView(step, "force"));
      const out = stepExport({ story: curated, step: n, reveal }, visibility);
      if (!out) throw new Error(`step ${n + 1}: no export`);
      const { notes, omitted } = buildFootnotes(dataset, out.picks);
      expect(omitted).toBe(0);
      const quoted = notes.flatMap((note) => note.excerpts.map((e) => `${note.relation}#${e.evidence}`));
      expect(quoted.sort(), `step ${n + 1}`).toEqual(
        step.cites.map((c) => `${c.relation}#${c.evidence}`).sort(),
      );
      for (const note of notes) expect(out.ids.relations.has(note.relation), `step ${n + 1}`).toBe(true);
    });
  });
});
