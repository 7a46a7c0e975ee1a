import { describe, expect, it } from "vitest";
import { type LegendContents, legendContents } from "../domain/export/caption";
import { allIds } from "../domain/export/visible";
import { statusesAsOf } from "../domain/timeline";
import { realDataset } from "../test/realDataset";
import { itemText, legendSections } from "./legend";
import { THEMES } from "./tokens";
import { ENTITY_VISUALS, SOURCE_WIDTHS } from "./vocabulary";

const contents: LegendContents = {
  entityTypes: ["person", "company"],
  relationTypes: ["business", "financial", "surveillance"],
  statuses: ["confirmed", "unconfirmed"],
  unnamed: true,
  directed: true,
  outlets: { several: true, rewrite: true },
  attributions: ["article", "unnamed"],
};
const none: LegendContents = {
  entityTypes: [],
  relationTypes: [],
  statuses: [],
  unnamed: false,
  directed: false,
};

describe("legendSections", () => {
  it("lists only what is in use, with the canvas's shapes and colours, families grouped", () => {
    const [actors, links, claims, sources, marks] = legendSections(contents, THEMES.light);
    expect(actors?.items.map(itemText)).toEqual([
      "Person",
      "Company",
      "Dashed outline, italic: not named in the articles",
      "Size: number of links",
    ]);
    expect(actors?.items[0]).toMatchObject({
      shape: ENTITY_VISUALS.person.shape,
      fill: THEMES.light.entity.person,
    });
    expect(links?.items.map(itemText)).toEqual([
      "Business & money: business partner, money flow",
      "Intelligence & communication: surveillance / intelligence gathering",
    ]);
    expect(links?.items[0]).toMatchObject({ color: THEMES.light.family.money });
    expect(claims?.items.map((i) => i.label)).toEqual([
      "Confirmed",
      "Unconfirmed",
      "Arrow: the link has a direction",
    ]);
    expect(sources?.items.map((i) => i.label)).toEqual([
      "Reported by 1 independent outlet",
      "Reported by 2 or more independent outlets",
      "A rewrite counts with the article it rewrites",
    ]);
    expect(sources?.items[1]).toMatchObject({ lineWidth: SOURCE_WIDTHS.several });
    // The article's own voice has no mark, so it is explained once as "no mark".
    expect(marks?.items.map((i) => i.label)).toEqual([
      "No mark: the article itself",
      "From sources the article does not name",
    ]);
  });

  it("draws the same legend in another theme's colours", () => {
    const light = legendSections(contents, THEMES.light);
    const dark = legendSections(contents, THEMES.dark);
    expect(dark.map((s) => s.items.map(itemText))).toEqual(light.map((s) => s.items.map(itemText)));
    expect(dark[0]?.items[0]).toMatchObject({ fill: THEMES.dark.entity.person });
    const hollow = dark[4]?.items[1];
    expect(hollow?.icon === "line" && hollow.marker?.fill).toBe(THEMES.dark.ui.paper);
  });

  it("says a rewrite is not a second outlet, with one width when no link has two", () => {
    const sections = legendSections({ ...none, outlets: { several: false, rewrite: true } }, THEMES.light);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.heading).toBe("Independent outlets (width)");
    expect(sections[0]?.items.map(itemText)).toEqual([
      "Reported by 1 independent outlet (a rewrite counts with the article it rewrites)",
    ]);
  });

  it("leaves out empty sections", () => {
    expect(legendSections({ ...none, entityTypes: ["agency"] }, THEMES.light).map((s) => s.heading)).toEqual([
      "Actors",
    ]);
    expect(legendSections({ ...none, attributions: ["article"] }, THEMES.light)).toEqual([]);
  });

  it("at a stop of the 'as reported' clock, explains the statuses the links had then, and says so", () => {
    const { dataset, index } = realDataset();
    const ids = allIds(dataset);
    const FLYNN = "flynn-kislyak-intercepted-contact";
    // Only Flynn–Kislyak, shown alone: unconfirmed on Newsweek's day, reported once the rewrite is out.
    const only = { entities: ids.entities, relations: new Set([FLYNN]) };
    const at = (stop: string) =>
      legendContents(dataset, only, statusesAsOf(dataset.relations, index.articleById, stop));
    expect(at("2017-02-15").statuses).toEqual(["unconfirmed"]);
    expect(at("2017-02").statuses).toEqual(["reported"]);
    expect(legendContents(dataset, only).statuses).toEqual(["unconfirmed"]);
    const claims = (c: LegendContents) =>
      legendSections(c, THEMES.light).find((s) => s.heading.startsWith("Claims"));
    expect(claims(at("2017-02"))?.heading).toBe("Claims as of Feb 2017 (line pattern)");
    expect(claims(at("2017-02"))?.shortHeading).toBe("Claims as of Feb 2017");
    expect(claims(legendContents(dataset, only))?.heading).toBe("Claims (line pattern)");
  });
});
