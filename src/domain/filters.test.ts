import { describe, expect, it } from "vitest";
import type { LoadedDataset, Relation } from "../data/types";
import { tinyDataset, tinyDatasetWithRewrite } from "../test/fixtures";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import {
  computeVisibility,
  facetCounts,
  hiddenApartFromTime,
  neighbourhood,
  sourceContext,
  sourcePasses,
} from "./filters";
import { buildIndex } from "./indexes";
import { EMPTY_FILTERS, type Filters, type FocusDepth, hasActiveFilters, type View } from "./view";

const filters = (partial: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, ...partial });
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The tiny fixture and its rewrite (the blog), plus a link only the blog makes: loner-acme. */
function twoArticles(): LoadedDataset {
  const data = tinyDatasetWithRewrite();
  const blog = data.articles.find((a) => a.id === "blog");
  if (!blog) throw new Error("fixture has no blog");
  blog.text += " Loner deals with Acme.";
  data.relations.push({
    id: "loner-acme",
    source: "loner",
    target: "acme",
    type: "business",
    directed: false,
    label: "deals with",
    status: "confirmed",
    evidence: [
      { article: "blog", quote: "Loner deals with Acme.", attribution: "The Blog", status: "confirmed" },
    ],
  });
  return data;
}

describe("computeVisibility on the tiny fixture", () => {
  const dataset = tinyDataset();
  const index = buildIndex(dataset);
  const show = (f: Partial<Filters>, focus: View["focus"] = null) =>
    computeVisibility(dataset, index, { filters: filters(f), focus });

  it("shows everything when nothing is chosen", () => {
    const v = show({});
    expect(sorted(v.entities)).toEqual(["acme", "alice", "bob", "carol", "loner"]);
    expect(sorted(v.relations)).toEqual(["alice-bob", "bob-acme", "carol-alice"]);
  });

  it("keeps entities with any of the chosen countries, and hides relations to hidden entities", () => {
    expect(sorted(show({ countries: ["FR"] }).entities)).toEqual(["alice"]);
    expect(show({ countries: ["FR"] }).relations.size).toBe(0);
    expect(sorted(show({ countries: ["FR", "US"] }).entities)).toEqual(["acme", "alice"]);
    expect(show({ countries: ["FR", "US"] }).relations.size).toBe(0);
  });

  it("an organization brings its members and the actors linked to them, with those links", () => {
    const v = show({ organizations: ["acme"] });
    expect(sorted(v.entities)).toEqual(["acme", "alice", "bob"]);
    expect(sorted(v.relations)).toEqual(["alice-bob", "bob-acme"]);
    // Carol is linked to Alice, who is only a connection: not brought in.
    expect(v.entities.has("carol")).toBe(false);
  });

  it("members only: the organization and its members alone", () => {
    const v = show({ organizations: ["acme"], organizationScope: "members" });
    expect(sorted(v.entities)).toEqual(["acme", "bob"]);
    expect(sorted(v.relations)).toEqual(["bob-acme"]);
  });

  it("a country alone by default; with its direct connections when asked", () => {
    expect(sorted(show({ countries: ["FR"] }).entities)).toEqual(["alice"]);
    const linked = show({ countries: ["FR"], countryScope: "linked" });
    expect(sorted(linked.entities)).toEqual(["alice", "bob", "carol"]);
    expect(sorted(linked.relations)).toEqual(["alice-bob", "carol-alice"]);
  });

  it("linked actors must still pass the other facets and the link filters", () => {
    const people = show({ organizations: ["acme"], entityTypes: ["person"] });
    expect(sorted(people.entities)).toEqual(["alice", "bob"]);
    const office = show({ organizations: ["acme"], relationTypes: ["office"] });
    expect(sorted(office.entities)).toEqual(["acme", "bob"]);
    expect(sorted(office.relations)).toEqual(["bob-acme"]);
  });

  it("filters by entity type", () => {
    const v = show({ entityTypes: ["person"] });
    expect(sorted(v.entities)).toEqual(["alice", "bob", "carol"]);
    expect(sorted(v.relations)).toEqual(["alice-bob", "carol-alice"]);
  });

  it("filters relations by type and status, hiding the actors they leave unlinked and counting them", () => {
    const byType = show({ relationTypes: ["office"] });
    expect(sorted(byType.relations)).toEqual(["bob-acme"]);
    expect(sorted(byType.entities)).toEqual(["acme", "bob"]);
    expect(byType.unlinkedHidden).toBe(3);
    const kept = show({ relationTypes: ["office"], isolated: "show" });
    expect(kept.entities.size).toBe(5);
    expect(kept.unlinkedHidden).toBe(0);
    // Without a filter on links nobody is hidden for being unlinked, not even the loner.
    expect(show({}).entities.has("loner")).toBe(true);
    expect(show({}).unlinkedHidden).toBe(0);
    expect(sorted(show({ statuses: ["unconfirmed"] }).relations)).toEqual(["carol-alice"]);
    expect(sorted(show({ statuses: ["confirmed", "unconfirmed"] }).relations)).toEqual([
      "alice-bob",
      "bob-acme",
      "carol-alice",
    ]);
  });

  it("hides entities left without visible relations when asked", () => {
    expect(sorted(show({ isolated: "hide" }).entities)).toEqual(["acme", "alice", "bob", "carol"]);
    expect(sorted(show({ isolated: "hide", relationTypes: ["office"] }).entities)).toEqual(["acme", "bob"]);
  });

  it("focuses on an entity and its neighbours, depth by depth", () => {
    const one = show({}, { id: "alice", depth: 1 });
    expect(sorted(one.entities)).toEqual(["alice", "bob", "carol"]);
    expect(sorted(one.relations)).toEqual(["alice-bob", "carol-alice"]);
    const two = show({}, { id: "alice", depth: 2 });
    expect(sorted(two.entities)).toEqual(["acme", "alice", "bob", "carol"]);
    expect(sorted(two.relations)).toEqual(["alice-bob", "bob-acme", "carol-alice"]);
  });

  it("walks the focus only over relations the filters show", () => {
    const v = show({ statuses: ["confirmed"] }, { id: "alice", depth: 1 });
    expect(sorted(v.entities)).toEqual(["alice", "bob"]);
    expect(sorted(v.relations)).toEqual(["alice-bob"]);
  });

  it("keeps the focused entity even when hiding isolated entities", () => {
    const v = show({ isolated: "hide" }, { id: "loner", depth: 3 });
    expect(sorted(v.entities)).toEqual(["loner"]);
    expect(v.relations.size).toBe(0);
  });

  it("ignores a focus on an unknown entity", () => {
    expect(show({}, { id: "nobody", depth: 1 }).entities.size).toBe(5);
  });
});

describe("source filter", () => {
  const dataset = twoArticles();
  const index = buildIndex(dataset);
  const relationsFor = (source: Filters["source"]) =>
    sorted(computeVisibility(dataset, index, { filters: filters({ source }), focus: null }).relations);

  it("any: every relation", () => {
    expect(relationsFor({ mode: "any" })).toEqual(["alice-bob", "bob-acme", "carol-alice", "loner-acme"]);
  });
  it("article: what one article says, alone or with others", () => {
    expect(relationsFor({ mode: "article", article: "paper" })).toEqual([
      "alice-bob",
      "bob-acme",
      "carol-alice",
    ]);
    expect(relationsFor({ mode: "article", article: "blog" })).toEqual([
      "alice-bob",
      "carol-alice",
      "loner-acme",
    ]);
  });
  it("only: what only that article says", () => {
    expect(relationsFor({ mode: "only", article: "paper" })).toEqual(["bob-acme"]);
    expect(relationsFor({ mode: "only", article: "blog" })).toEqual(["loner-acme"]);
  });
  it("all: what every article says", () => {
    expect(relationsFor({ mode: "all" })).toEqual(["alice-bob", "carol-alice"]);
  });
  it("independent: only what two independent outlets report, never an article and its rewrite", () => {
    // The blog derives from the paper: alice-bob and carol-alice, in both, are one outlet's.
    expect(relationsFor({ mode: "independent" })).toEqual([]);
    const independent = twoArticles();
    for (const a of independent.articles) a.derivedFrom = null;
    const shown = computeVisibility(independent, buildIndex(independent), {
      filters: filters({ source: { mode: "independent" } }),
      focus: null,
    });
    expect(sorted(shown.relations)).toEqual(["alice-bob", "carol-alice"]);
    expect(facetCounts(independent, buildIndex(independent), EMPTY_FILTERS).sources.get("independent")).toBe(
      2,
    );
    expect(
      facetCounts(dataset, buildIndex(dataset), EMPTY_FILTERS).sources.get("independent"),
    ).toBeUndefined();
  });
  it("sourcePasses judges one relation", () => {
    const aliceBob = dataset.relations.find((r) => r.id === "alice-bob") as Relation;
    const two = sourceContext(dataset.articles);
    expect(sourcePasses(aliceBob, { mode: "all" }, two)).toBe(true);
    expect(sourcePasses(aliceBob, { mode: "all" }, { ...two, articleCount: 3 })).toBe(false);
    expect(sourcePasses(aliceBob, { mode: "only", article: "paper" }, two)).toBe(false);
    expect(sourcePasses(aliceBob, { mode: "article", article: "elsewhere" }, two)).toBe(false);
    expect(sourcePasses(aliceBob, { mode: "any" }, two)).toBe(true);
    expect(sourcePasses(aliceBob, { mode: "independent" }, two)).toBe(false);
    expect(sourcePasses(aliceBob, { mode: "independent" }, sourceContext([]))).toBe(true);
  });
  it("with one article, 'all' and 'only' keep every relation", () => {
    const one = tinyDataset();
    const oneIndex = buildIndex(one);
    for (const source of [{ mode: "all" }, { mode: "only", article: "paper" }] as const) {
      expect(
        computeVisibility(one, oneIndex, { filters: filters({ source }), focus: null }).relations.size,
      ).toBe(3);
    }
  });
});

describe("neighbourhood", () => {
  const index = buildIndex(tinyDataset());
  const all = () => true;
  it("depth 0 is the start alone", () => {
    expect(sorted(neighbourhood(index, "alice", 0, all))).toEqual(["alice"]);
  });
  it("grows with depth and stops when nothing more is reachable", () => {
    expect(sorted(neighbourhood(index, "carol", 1, all))).toEqual(["alice", "carol"]);
    expect(sorted(neighbourhood(index, "carol", 2, all))).toEqual(["alice", "bob", "carol"]);
    expect(sorted(neighbourhood(index, "carol", 9, all))).toEqual(["acme", "alice", "bob", "carol"]);
  });
  it("walks relations in either direction, only those allowed", () => {
    expect(sorted(neighbourhood(index, "acme", 3, (r) => r.id !== "alice-bob"))).toEqual(["acme", "bob"]);
  });
});

describe("computeVisibility on the real dataset", () => {
  const { dataset, index } = realDataset();
  const show = (f: Partial<Filters>, focus: View["focus"] = null) =>
    computeVisibility(dataset, index, { filters: filters(f), focus });
  const relation = (id: string) => index.relationById.get(id) as Relation;
  /** Every visible relation has both ends visible: what a user sees is never a dangling edge. */
  const expectConsistent = (v: ReturnType<typeof show>) => {
    for (const id of v.relations) {
      const r = relation(id);
      expect(v.entities.has(r.source), `${id} source`).toBe(true);
      expect(v.entities.has(r.target), `${id} target`).toBe(true);
    }
  };

  it("shows the whole dataset by default", () => {
    const v = show({});
    expect(v.entities.size).toBe(dataset.entities.length);
    expect(v.relations.size).toBe(dataset.relations.length);
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });

  it("country RU: Putin, Sechin, Kislyak and Rosneft, and no US-only actor", () => {
    const v = show({ countries: ["RU"] });
    for (const id of ["vladimir-putin", "igor-sechin", "sergey-kislyak", "rosneft", "russia", "fsb"])
      expect(v.entities.has(id), id).toBe(true);
    for (const id of ["donald-trump", "rex-tillerson", "michael-flynn", "exxon-mobil", "ukraine"])
      expect(v.entities.has(id), id).toBe(false);
    for (const id of v.entities) expect(index.entityById.get(id)?.countries).toContain("RU");
    expect(v.relations.has("sechin-putin-influence")).toBe(true);
    expect(v.relations.has("sechin-rosneft-office")).toBe(true);
    expect(v.relations.has("tillerson-sechin-friendship")).toBe(false);
    expect(v.relations.has("flynn-kislyak-telephone-call")).toBe(false);
    expectConsistent(v);
  });

  it("several countries: entities with any of them", () => {
    const ru = show({ countries: ["RU"] }).entities;
    const ph = show({ countries: ["PH"] }).entities;
    const both = show({ countries: ["RU", "PH"] }).entities;
    expect(sorted(both)).toEqual(sorted([...ru, ...ph]));
    expect(both.has("rodrigo-duterte")).toBe(true);
  });

  it("organization, members only: Rosneft and its head; Russia and those who belong to it", () => {
    expect(sorted(show({ organizations: ["rosneft"], organizationScope: "members" }).entities)).toEqual([
      "igor-sechin",
      "rosneft",
    ]);
    const russia = show({ organizations: ["russia"], organizationScope: "members" });
    for (const id of ["russia", "vladimir-putin", "sergey-kislyak", "fsb", "russian-official-in-us"])
      expect(russia.entities.has(id), id).toBe(true);
    expect(russia.entities.has("igor-sechin")).toBe(false);
    expect(russia.entities.has("rosneft")).toBe(false);
    expect(russia.relations.has("putin-russia-president")).toBe(true);
    expect(russia.relations.has("kislyak-russia-ambassador")).toBe(true);
    expectConsistent(russia);
  });

  it("organization: the Trump Organization with the actors the articles tie to it, and those links", () => {
    const v = show({ organizations: ["trump-organization"] });
    for (const id of ["trump-organization", "donald-trump", "century-properties"])
      expect(v.entities.has(id), id).toBe(true);
    expect(v.relations.size).toBeGreaterThan(2);
    for (const id of v.relations) {
      const r = relation(id);
      const members = new Set(
        dataset.entities
          .filter((e) => e.id === "trump-organization" || e.organizations.includes("trump-organization"))
          .map((e) => e.id),
      );
      expect(members.has(r.source) || members.has(r.target), id).toBe(true);
    }
    expectConsistent(v);
  });

  it("entity type company", () => {
    expect(sorted(show({ entityTypes: ["company"] }).entities)).toEqual([
      "century-properties",
      "exxon-mobil",
      "rosneft",
      "trump-organization",
    ]);
  });

  it("relation type and status", () => {
    expect(sorted(show({ relationTypes: ["sanction"] }).relations)).toEqual([
      "us-sanctions-rosneft",
      "us-sanctions-russia",
      "us-sanctions-sechin",
    ]);
    const unconfirmed = show({ statuses: ["unconfirmed"] }).relations;
    expect(unconfirmed.has("flynn-kislyak-intercepted-contact")).toBe(true);
    expect(unconfirmed.has("flynn-kislyak-telephone-call")).toBe(false);
    for (const id of unconfirmed) expect(relation(id).status).toBe("unconfirmed");
  });

  it("source: what Newsweek says is everything; what only Newsweek says includes Tillerson and Sechin", () => {
    expect(show({ source: { mode: "article", article: NEWSWEEK } }).relations.size).toBe(
      dataset.relations.length,
    );
    const onlyNewsweek = show({ source: { mode: "only", article: NEWSWEEK } }).relations;
    expect(onlyNewsweek.has("tillerson-sechin-friendship")).toBe(true);
    expect(onlyNewsweek.has("sources-newsweek")).toBe(false);
  });

  it("source: what the rewrite says has nothing about Tillerson, Sechin or the Philippines", () => {
    const blog = show({ source: { mode: "article", article: BLOG } });
    expect(blog.relations.size).toBeGreaterThan(0);
    expect(blog.relations.has("sources-newsweek")).toBe(true);
    const ph = new Set(dataset.entities.filter((e) => e.countries.includes("PH")).map((e) => e.id));
    for (const id of blog.relations) {
      const r = relation(id);
      for (const end of [r.source, r.target]) {
        expect(["rex-tillerson", "igor-sechin", "philippines"], id).not.toContain(end);
        expect(ph.has(end), `${id} touches ${end}`).toBe(false);
      }
      expect(r.evidence.some((e) => e.article === BLOG)).toBe(true);
    }
  });

  it("source: the rewrite says nothing on its own, and everything it says is also in Newsweek", () => {
    expect(show({ source: { mode: "only", article: BLOG } }).relations.size).toBe(0);
    const inBoth = show({ source: { mode: "all" } }).relations;
    expect(sorted(inBoth)).toEqual(sorted(show({ source: { mode: "article", article: BLOG } }).relations));
    expect(inBoth.has("tillerson-sechin-friendship")).toBe(false);
    expect(inBoth.has("kislyak-russia-ambassador")).toBe(true);
  });

  it("hideIsolated drops actors the chosen source says nothing about", () => {
    const kept = show({ source: { mode: "article", article: BLOG }, isolated: "show" });
    expect(kept.entities.has("rex-tillerson")).toBe(true);
    const kept2 = show({ source: { mode: "article", article: BLOG }, isolated: "show" });
    expect(kept2.entities.size).toBe(dataset.entities.length);
    // By default a filter on links hides the actors it leaves unlinked.
    const hidden = show({ source: { mode: "article", article: BLOG } });
    for (const id of ["rex-tillerson", "igor-sechin", "vladimir-putin", "philippines"])
      expect(hidden.entities.has(id), id).toBe(false);
    expect(hidden.entities.has("donald-trump")).toBe(true);
    expect(hidden.entities.has("sergey-kislyak")).toBe(true);
    // Every actor of the curated set has a link (data:lint), so alone the option hides nobody.
    expect(show({ isolated: "hide" }).entities.size).toBe(dataset.entities.length);
    expectConsistent(hidden);
  });

  it("focus depth 1 around Sechin: Tillerson, Rosneft, Putin and his other neighbours", () => {
    const v = show({}, { id: "igor-sechin", depth: 1 });
    expect(sorted(v.entities)).toEqual([
      "baltic-intelligence-service",
      "fsb",
      "igor-sechin",
      "rex-tillerson",
      "rosneft",
      "russia",
      "us-government",
      "vladimir-putin",
    ]);
    expect(v.relations.has("tillerson-sechin-friendship")).toBe(true);
    expect(v.relations.has("sechin-tillerson-business")).toBe(true);
    expect(v.relations.has("russia-rosneft-control")).toBe(true);
    expect(v.relations.has("tillerson-exxon-office")).toBe(false);
    expectConsistent(v);
  });

  it("focus grows monotonically with depth", () => {
    const sizes: number[] = [];
    let previous: ReadonlySet<string> = new Set(["igor-sechin"]);
    for (const depth of [1, 2, 3] as FocusDepth[]) {
      const v = show({}, { id: "igor-sechin", depth });
      for (const id of previous) expect(v.entities.has(id), `${id} at depth ${depth}`).toBe(true);
      expectConsistent(v);
      sizes.push(v.entities.size);
      previous = v.entities;
    }
    expect(sizes[0]).toBeLessThan(sizes[1] as number);
    expect(sizes[1]).toBeLessThan(sizes[2] as number);
    expect(show({}, { id: "igor-sechin", depth: 2 }).entities.has("exxon-mobil")).toBe(true);
    expect(show({}, { id: "igor-sechin", depth: 1 }).entities.has("exxon-mobil")).toBe(false);
  });

  it("focus respects the filters", () => {
    const v = show({ countries: ["RU"] }, { id: "igor-sechin", depth: 1 });
    expect(sorted(v.entities)).toEqual(["fsb", "igor-sechin", "rosneft", "russia", "vladimir-putin"]);
    const blogOnly = show({ source: { mode: "article", article: BLOG } }, { id: "igor-sechin", depth: 3 });
    expect(sorted(blogOnly.entities)).toEqual(["igor-sechin"]);
    expect(blogOnly.relations.size).toBe(0);
  });

  it("combines filters: Russian people, confirmed links", () => {
    const people = show({ countries: ["RU"], entityTypes: ["person"] });
    expect(sorted(people.entities)).toEqual([
      "igor-sechin",
      "russian-official-in-us",
      "sergey-kislyak",
      "vladimir-putin",
    ]);
    expect(sorted(people.relations)).toEqual(["sechin-putin-influence"]);
    const confirmed = show({ countries: ["RU"], entityTypes: ["person"], statuses: ["confirmed"] });
    expect(confirmed.relations.size).toBe(0);
    expect(
      show({ countries: ["RU"], entityTypes: ["person"], statuses: ["confirmed"], isolated: "hide" }).entities
        .size,
    ).toBe(0);
    const russianCompanies = show({
      countries: ["RU"],
      entityTypes: ["company", "person"],
      relationTypes: ["office"],
    });
    expect(sorted(russianCompanies.relations)).toEqual(["sechin-rosneft-office"]);
  });
});

describe("facetCounts on the tiny fixture", () => {
  const dataset = tinyDataset();
  it("counts every value with nothing chosen", () => {
    const c = facetCounts(dataset, buildIndex(dataset), EMPTY_FILTERS);
    expect(Object.fromEntries(c.countries)).toEqual({ FR: 1, US: 1 });
    expect(Object.fromEntries(c.entityTypes)).toEqual({ person: 3, company: 1, organization: 1 });
    // Acme, Bob, and Alice linked to Bob.
    expect(Object.fromEntries(c.organizations)).toEqual({ acme: 3 });
    const membersOnly = facetCounts(dataset, buildIndex(dataset), filters({ organizationScope: "members" }));
    expect(Object.fromEntries(membersOnly.organizations)).toEqual({ acme: 2 });
    expect(Object.fromEntries(c.relationTypes)).toEqual({ communication: 2, office: 1 });
    expect(Object.fromEntries(c.statuses)).toEqual({ confirmed: 2, unconfirmed: 1 });
    expect(Object.fromEntries(c.sources)).toEqual({ any: 3, all: 3, "article:paper": 3, "only:paper": 3 });
  });

  it("a facet's counts ignore its own selection but respect the others", () => {
    const c = facetCounts(dataset, buildIndex(dataset), filters({ countries: ["FR"] }));
    expect(Object.fromEntries(c.countries)).toEqual({ FR: 1, US: 1 });
    expect(Object.fromEntries(c.entityTypes)).toEqual({ person: 1 });
    expect(c.organizations.get("acme") ?? 0).toBe(0);
    expect(c.relationTypes.size).toBe(0);

    const s = facetCounts(dataset, buildIndex(dataset), filters({ statuses: ["unconfirmed"] }));
    expect(Object.fromEntries(s.statuses)).toEqual({ confirmed: 2, unconfirmed: 1 });
    expect(Object.fromEntries(s.relationTypes)).toEqual({ communication: 1 });
    expect(s.sources.get("any")).toBe(1);
    // Bob is left without a visible link, so hidden: the count says what would be shown.
    expect(s.entityTypes.get("person")).toBe(2);
  });

  it("counts relation sources per mode", () => {
    const c = facetCounts(twoArticles(), buildIndex(twoArticles()), EMPTY_FILTERS);
    expect(Object.fromEntries(c.sources)).toEqual({
      any: 4,
      all: 2,
      "article:paper": 3,
      "article:blog": 3,
      "only:paper": 1,
      "only:blog": 1,
    });
  });
});

describe("facetCounts on the real dataset", () => {
  const { dataset, index } = realDataset();
  const shown = (f: Filters) => computeVisibility(dataset, index, { filters: f, focus: null });

  it("offers organizations only where something belongs to them", () => {
    const c = facetCounts(dataset, buildIndex(dataset), filters({ organizationScope: "members" }));
    const referenced = new Set(dataset.entities.flatMap((e) => e.organizations));
    expect(sorted(c.organizations.keys())).toEqual(sorted(referenced));
    expect(c.organizations.has("ukraine")).toBe(false);
    expect(c.organizations.has("rex-tillerson")).toBe(false);
    expect(c.organizations.get("rosneft")).toBe(2);
    const members = dataset.entities.filter((e) => e.organizations.includes("russia")).length;
    expect(members).toBeGreaterThan(0);
    expect(c.organizations.get("russia")).toBe(1 + members);
  });

  it("an organization's count is what choosing it shows", () => {
    const c = facetCounts(dataset, index, EMPTY_FILTERS);
    for (const org of ["trump-organization", "russia", "rosneft"])
      expect(c.organizations.get(org), org).toBe(shown(filters({ organizations: [org] })).entities.size);
    const ru = facetCounts(dataset, index, filters({ countryScope: "linked" }));
    expect(ru.countries.get("RU")).toBe(
      shown(filters({ countries: ["RU"], countryScope: "linked" })).entities.size,
    );
  });

  it("counts Russian actors, and sources", () => {
    const c = facetCounts(dataset, buildIndex(dataset), EMPTY_FILTERS);
    expect(c.countries.get("RU")).toBe(8);
    expect(c.sources.get("any")).toBe(dataset.relations.length);
    expect(c.sources.get(`article:${NEWSWEEK}`)).toBe(dataset.relations.length);
    expect(c.sources.get(`only:${BLOG}`) ?? 0).toBe(0);
    expect(c.sources.get("all")).toBe(c.sources.get(`article:${BLOG}`));
  });

  it("choosing RU leaves the other countries' counts alone and narrows the types", () => {
    const none = facetCounts(dataset, buildIndex(dataset), EMPTY_FILTERS);
    const ru = facetCounts(dataset, buildIndex(dataset), filters({ countries: ["RU"] }));
    expect(Object.fromEntries(ru.countries)).toEqual(Object.fromEntries(none.countries));
    expect(ru.entityTypes.get("person")).toBe(4);
    expect(ru.entityTypes.get("legislature") ?? 0).toBe(0);
  });

  // The number beside each checkbox is what the graph would show with that value chosen.
  const bases: [string, Filters][] = [
    ["nothing chosen", EMPTY_FILTERS],
    ["RU chosen", filters({ countries: ["RU"] })],
    [
      "people and governments, confirmed",
      filters({ entityTypes: ["person", "government"], statuses: ["confirmed"] }),
    ],
    [
      "what the rewrite says, office links",
      filters({ source: { mode: "article", article: BLOG }, relationTypes: ["office"] }),
    ],
    [
      "members of the US government, in both articles",
      filters({ organizations: ["us-government"], source: { mode: "all" } }),
    ],
  ];
  it.each(bases)("every count matches what choosing that value shows (%s)", (_, base) => {
    const c = facetCounts(dataset, buildIndex(dataset), base);
    for (const [country, n] of c.countries)
      expect(n, `country ${country}`).toBe(shown({ ...base, countries: [country] }).entities.size);
    for (const [org, n] of c.organizations)
      expect(n, `org ${org}`).toBe(shown({ ...base, organizations: [org] }).entities.size);
    for (const [type, n] of c.entityTypes)
      expect(n, `type ${type}`).toBe(
        shown({ ...base, entityTypes: [type as Filters["entityTypes"][number]] }).entities.size,
      );
    for (const [type, n] of c.relationTypes)
      expect(n, `rel ${type}`).toBe(
        shown({ ...base, relationTypes: [type as Filters["relationTypes"][number]] }).relations.size,
      );
    for (const [status, n] of c.statuses)
      expect(n, `status ${status}`).toBe(
        shown({ ...base, statuses: [status as Filters["statuses"][number]] }).relations.size,
      );
    const modes: [string, Filters["source"]][] = [
      ["any", { mode: "any" }],
      ["all", { mode: "all" }],
      ...dataset.articles.flatMap((a): [string, Filters["source"]][] => [
        [`article:${a.id}`, { mode: "article", article: a.id }],
        [`only:${a.id}`, { mode: "only", article: a.id }],
      ]),
    ];
    for (const [key, source] of modes)
      expect(c.sources.get(key) ?? 0, `source ${key}`).toBe(shown({ ...base, source }).relations.size);
    // And no value that would show something is missing.
    for (const e of dataset.entities)
      for (const country of e.countries)
        if (shown({ ...base, countries: [country] }).entities.size > 0)
          expect(c.countries.has(country)).toBe(true);
  });

  it("with hideIsolated, entity counts match the entities that would be shown", () => {
    const base = filters({ source: { mode: "article", article: BLOG }, isolated: "hide" });
    const c = facetCounts(dataset, buildIndex(dataset), base);
    expect(c.entityTypes.get("person") ?? 0).toBe(shown({ ...base, entityTypes: ["person"] }).entities.size);
    expect(c.countries.get("RU") ?? 0).toBe(shown({ ...base, countries: ["RU"] }).entities.size);
  });
});

describe("hiddenApartFromTime", () => {
  const { dataset, index } = realDataset();
  const time = { from: "2016-07-01", to: "2016-12-31" };

  it("is empty under a time range alone, though the range hides links", () => {
    const view = { filters: filters({ time }), focus: null };
    expect(computeVisibility(dataset, index, view).relations.size).toBeLessThan(dataset.relations.length);
    expect(hiddenApartFromTime(dataset, index, view).size).toBe(0);
  });

  it("holds what another filter hides, whatever the range", () => {
    const types = { relationTypes: ["communication" as Relation["type"]] };
    const withRange = hiddenApartFromTime(dataset, index, {
      filters: filters({ ...types, time }),
      focus: null,
    });
    const without = computeVisibility(dataset, index, { filters: filters(types), focus: null });
    expect(withRange.size).toBeGreaterThan(0);
    expect(withRange.size).toBe(dataset.relations.length - without.relations.size);
    for (const r of dataset.relations) expect(withRange.has(r.id)).toBe(!without.relations.has(r.id));
  });
});
