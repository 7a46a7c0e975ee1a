import { describe, expect, it } from "vitest";
import { tinyDataset } from "../../test/fixtures";
import { realDataset } from "../../test/realDataset";
import { buildCaption, buildCredits, exportFileName, legendContents } from "./caption";
import { allIds } from "./visible";

describe("buildCaption", () => {
  it("says everything is shown, or how much of it", () => {
    expect(
      buildCaption({ shownEntities: 60, totalEntities: 60, shownRelations: 85, totalRelations: 85 }, ""),
    ).toBe("All 60 actors and 85 links");
    expect(
      buildCaption({ shownEntities: 12, totalEntities: 60, shownRelations: 9, totalRelations: 85 }, ""),
    ).toBe("12 of 60 actors, 9 of 85 links shown");
  });
  it("names the active filters and the current view", () => {
    expect(
      buildCaption(
        { shownEntities: 1, totalEntities: 2, shownRelations: 0, totalRelations: 1 },
        "type: person",
        {
          view: true,
        },
      ),
    ).toBe("1 of 2 actors, 0 of 1 link shown (current view). Filters: type: person");
  });

  it("names the story step an image shows", () => {
    expect(
      buildCaption(
        { shownEntities: 1, totalEntities: 2, shownRelations: 0, totalRelations: 1 },
        "A walk, step 2 of 5",
        { story: true },
      ),
    ).toBe("1 of 2 actors, 0 of 1 link shown. Story: A walk, step 2 of 5");
  });
});

describe("buildCredits", () => {
  it("names the cited articles with publisher and date", () => {
    const data = tinyDataset();
    expect(buildCredits(data, allIds(data))).toBe("Article: The Paper, 2 Jan 2020, “A story”");
  });
});

describe("legendContents", () => {
  it("lists only what the shown elements use", () => {
    const data = tinyDataset();
    const shown = legendContents(data, {
      entities: new Set(["alice", "bob"]),
      relations: new Set(["alice-bob"]),
    });
    expect(shown).toEqual({
      entityTypes: ["person"],
      relationTypes: ["communication"],
      statuses: ["confirmed"],
      unnamed: false,
      directed: false,
      outlets: { several: false, rewrite: false },
      attributions: ["article"],
    });
    expect(legendContents(data, allIds(data)).unnamed).toBe(true);
  });

  it("counts independent outlets: the curated rewrite makes no link wide, but says why", () => {
    const { dataset } = realDataset();
    expect(legendContents(dataset, allIds(dataset)).outlets).toEqual({ several: false, rewrite: true });
    // Were the blog an independent outlet, the links both cite would be corroborated.
    const independent = {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, derivedFrom: null })),
    };
    expect(legendContents(independent, allIds(independent)).outlets).toEqual({
      several: true,
      rewrite: false,
    });
  });

  it("lists the who-says-it kinds of the shown relations", () => {
    const data = tinyDataset();
    const cable = data.relations[1]?.evidence[0];
    if (!cable) throw new Error("fixture changed");
    cable.attributionKind = "document";
    expect(legendContents(data, allIds(data)).attributions).toEqual(["article", "document"]);
  });
});

describe("exportFileName", () => {
  const date = new Date(2026, 10, 3);
  it("says what and when", () => {
    expect(exportFileName({ filterSummary: "", everything: true, date, ext: "png" })).toBe(
      "throughline-all-2026-11-03.png",
    );
    expect(
      exportFileName({ filterSummary: "Type: Person, Agency", everything: false, date, ext: "svg" }),
    ).toBe("throughline-type-person-agency-2026-11-03.svg");
    expect(
      exportFileName({
        filterSummary: "",
        everything: false,
        view: true,
        date,
        ext: "csv",
        part: "entities",
      }),
    ).toBe("throughline-filtered-view-2026-11-03-entities.csv");
  });
});
