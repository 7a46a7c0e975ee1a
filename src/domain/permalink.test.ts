import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import { buildIndex } from "./indexes";
import { IGNORED_CAPS, MAX_QUERY_IN_ADDRESS, queryToView, viewToQuery } from "./permalink";
import { DEFAULT_VIEW, EMPTY_FILTERS, type View } from "./view";

const { dataset, index } = realDataset();
const parse = (query: string) => queryToView(query, dataset, index);
const roundTrip = (view: View) => parse(viewToQuery(view));

const rich: View = {
  filters: {
    countries: ["RU", "US"],
    organizations: ["russia", "rosneft"],
    organizationScope: "members",
    countryScope: "linked",
    entityTypes: ["person", "company"],
    relationTypes: ["business", "office", "information-sharing"],
    statuses: ["confirmed", "reported"],
    source: { mode: "only", article: NEWSWEEK },
    isolated: "hide",
    time: { from: "2016-08-01", to: "2017-01-31" },
    reportedBy: "2017-02-15",
  },
  search: "Séchin & Putin's friend, 100%",
  focus: { id: "igor-sechin", depth: 2 },
  selection: { kind: "entity", id: "rex-tillerson" },
  path: { from: "rex-tillerson", to: "vladimir-putin" },
  layout: "concentric",
};

describe("permalinks: time", () => {
  it("writes a time range and a reported-by day readably", () => {
    const query = viewToQuery({
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, time: { from: "2016-08-01", to: "2016-12-31" } },
    });
    expect(query).toContain("time=2016-08-01..2016-12-31");
  });

  it("names malformed, impossible or reversed ranges and days, and drops them", () => {
    for (const [query, expected] of [
      ["time=2016-08..2017", /^time=2016-08\.\.2017 /],
      ["time=2017-02-30..2017-03-01", /^time=/],
      ["time=2017-03-01..2016-01-01", /^time=/],
      ["reported=yesterday", /^reported=yesterday /],
    ] as const) {
      const { view, ignored } = parse(query);
      expect(view.filters.time).toBeNull();
      expect(view.filters.reportedBy).toBeNull();
      expect(ignored[0]).toMatch(expected);
    }
    expect(parse("reported=2017-02-30").view.filters.reportedBy).toBeNull();
  });

  it("keeps a reported-by stop at its precision: a month-dated article's stop is the month", () => {
    for (const stop of ["2017-02", "2017", "2017-02-15"]) {
      const { view, ignored } = parse(`reported=${stop}`);
      expect(ignored).toEqual([]);
      expect(view.filters.reportedBy).toBe(stop);
    }
  });
});

describe("permalinks: round trip", () => {
  it("restores a rich view exactly, with nothing ignored", () => {
    const { view, ignored } = roundTrip(rich);
    expect(ignored).toEqual([]);
    expect(view).toEqual(rich);
  });

  it("restores every source mode, depth, selection kind and layout", () => {
    const variants: View[] = [
      { ...rich, filters: { ...rich.filters, source: { mode: "article", article: BLOG } } },
      { ...rich, filters: { ...rich.filters, source: { mode: "only", article: BLOG } } },
      { ...rich, filters: { ...rich.filters, source: { mode: "all" } } },
      { ...rich, filters: { ...rich.filters, source: { mode: "independent" } } },
      { ...rich, path: { from: "igor-sechin", to: "vladimir-putin", mode: "strongest" } },
      { ...rich, filters: { ...rich.filters, source: { mode: "any" }, isolated: "auto" } },
      {
        ...rich,
        filters: { ...rich.filters, isolated: "show", organizationScope: "linked", countryScope: "only" },
      },
      { ...rich, focus: { id: "igor-sechin", depth: 1 } },
      { ...rich, focus: { id: "vladimir-putin", depth: 3 } },
      { ...rich, focus: null },
      { ...rich, selection: { kind: "relation", id: "tillerson-sechin-friendship" } },
      { ...rich, selection: null, path: null },
      ...(["force", "concentric", "circle", "grid", "breadthfirst"] as const).map((layout) => ({
        ...DEFAULT_VIEW,
        layout,
      })),
      { ...DEFAULT_VIEW, search: "José E.B. Antonio" },
      { ...DEFAULT_VIEW, search: "“Trump’s business” a+b=c ?#/" },
    ];
    for (const view of variants) {
      const parsed = roundTrip(view);
      expect(parsed.ignored, viewToQuery(view)).toEqual([]);
      expect(parsed.view, viewToQuery(view)).toEqual(view);
    }
  });

  it("works on the tiny fixture too", () => {
    const tiny = tinyDataset();
    const view: View = {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, countries: ["FR"], organizations: ["acme"], source: { mode: "all" } },
      selection: { kind: "relation", id: "bob-acme" },
      path: { from: "alice", to: "acme" },
    };
    const parsed = queryToView(viewToQuery(view), tiny, buildIndex(tiny));
    expect(parsed).toEqual({ view, ignored: [] });
  });
});

describe("permalinks: the query", () => {
  it("is empty for the default view, and the empty query is the default view", () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe("");
    expect(parse("")).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parse("?")).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("is readable: lists with plain commas, sources with a plain colon", () => {
    const query = viewToQuery(rich);
    expect(query.startsWith("?")).toBe(true);
    expect(query).toContain("country=RU,US");
    expect(query).toContain("org=russia,rosneft");
    expect(query).toContain("type=person,company");
    expect(query).toContain(`source=only:${NEWSWEEK}`);
    expect(query).toContain("focus=igor-sechin");
    expect(query).toContain("depth=2");
    expect(query).toContain("from=rex-tillerson");
    expect(query).toContain("to=vladimir-putin");
    expect(query).toContain("entity=rex-tillerson");
    expect(query).toContain("layout=concentric");
    expect(query).toContain("isolated=hide");
    expect(query).not.toMatch(/%2C|%3A/i);
  });

  it("is short: leaves out what is at its default", () => {
    const query = viewToQuery({ ...DEFAULT_VIEW, focus: { id: "igor-sechin", depth: 1 } });
    expect(query).toBe("?focus=igor-sechin");
    expect(viewToQuery({ ...DEFAULT_VIEW, layout: "force" })).toBe("");
    expect(viewToQuery({ ...DEFAULT_VIEW, search: "   " })).toBe("");
    expect(
      viewToQuery({ ...DEFAULT_VIEW, selection: { kind: "relation", id: "sechin-putin-influence" } }),
    ).toBe("?relation=sechin-putin-influence");
    expect(
      viewToQuery({
        ...DEFAULT_VIEW,
        filters: { ...EMPTY_FILTERS, source: { mode: "article", article: BLOG } },
      }),
    ).toBe(`?source=${BLOG}`);
  });

  it("reads queries written by hand, with or without the question mark, + as a space", () => {
    const { view, ignored } = parse("country=RU&q=igor+sechin&source=all&relation=sechin-putin-influence");
    expect(ignored).toEqual([]);
    expect(view.filters.countries).toEqual(["RU"]);
    expect(view.search).toBe("igor sechin");
    expect(view.filters.source).toEqual({ mode: "all" });
    expect(view.selection).toEqual({ kind: "relation", id: "sechin-putin-influence" });
    expect(parse("?country=RU,%20US,RU").view.filters.countries).toEqual(["RU", "US"]);
  });
});

describe("permalinks: the search in the address", () => {
  it("writes at most MAX_QUERY_IN_ADDRESS characters of a search, never half a character", () => {
    const long = "Sechin ".repeat(10_000);
    const q = new URLSearchParams(viewToQuery({ ...DEFAULT_VIEW, search: long })).get("q") ?? "";
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY_IN_ADDRESS);
    expect(long.startsWith(q)).toBe(true);
    const emoji = `${"a".repeat(MAX_QUERY_IN_ADDRESS - 1)}😀`;
    const cut = new URLSearchParams(viewToQuery({ ...DEFAULT_VIEW, search: emoji })).get("q") ?? "";
    expect(cut).toBe("a".repeat(MAX_QUERY_IN_ADDRESS - 1));
  });

  it("reads a longer q cut to the same length, and says so", () => {
    const { view, ignored } = parse(`?q=${"sechin ".repeat(100)}`);
    expect(view.search.length).toBeLessThanOrEqual(MAX_QUERY_IN_ADDRESS);
    expect(ignored).toEqual([`q beyond ${MAX_QUERY_IN_ADDRESS} characters`]);
    expect(parse("?q=sechin").view.search).toBe("sechin");
  });
});

describe("permalinks: what is ignored", () => {
  it("drops unknown parameters and unknown values, keeps the rest, and names each in `ignored`", () => {
    const { view, ignored } = parse(
      "?country=ZZ,RU&org=kgb,rosneft&type=robot,person&rel=hugging&status=maybe,confirmed&source=nowhere" +
        "&focus=igor-sechin&depth=7&from=nobody&to=vladimir-putin&entity=ghost&layout=spiral&isolated=yes&colour=red",
    );
    expect(view).toEqual({
      filters: {
        ...EMPTY_FILTERS,
        countries: ["RU"],
        organizations: ["rosneft"],
        entityTypes: ["person"],
        statuses: ["confirmed"],
      },
      search: "",
      focus: { id: "igor-sechin", depth: 1 },
      selection: null,
      path: null,
      layout: "force",
    });
    for (const named of [
      "country=ZZ",
      "org=kgb",
      "type=robot",
      "rel=hugging",
      "status=maybe",
      "source=nowhere",
      "depth=7",
      "from=nobody",
      "entity=ghost",
      "layout=spiral",
      "isolated=yes",
      "colour",
    ])
      expect(
        ignored.some((text) => text.startsWith(named)),
        `${named} in ${JSON.stringify(ignored)}`,
      ).toBe(true);
    expect(ignored).toHaveLength(12);
  });

  it("names each ignored value once and briefly, however often and however long the address repeats it", () => {
    // 150,000 repeated unknown countries, a known one among them, and a megabyte-long unknown value.
    const repeated = Array.from({ length: 150_000 }, (_, i) => (i === 7 ? "RU" : "ZZ")).join(",");
    const { view, ignored } = parse(`?country=${repeated}&org=${"x".repeat(1_000_000)}`);
    expect(view.filters.countries).toEqual(["RU"]);
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toMatch(/^country=ZZ \(no such country/);
    expect(ignored[1]?.length).toBe(IGNORED_CAPS.length);
    expect(ignored[1]?.endsWith("…")).toBe(true);
    expect(ignored.join("; ").length).toBeLessThan(300);
  });

  it("names at most IGNORED_CAPS.entries distinct settings and counts the rest", () => {
    const unknown = Array.from({ length: 500 }, (_, i) => `C${i}`).join(",");
    const { ignored } = parse(`?country=${unknown}`);
    expect(ignored).toHaveLength(IGNORED_CAPS.entries + 1);
    expect(ignored[0]).toMatch(/^country=C0 \(no such country/);
    expect(ignored.at(-1)).toBe(`${500 - IGNORED_CAPS.entries} more`);
  });

  it("names an unknown relation selection and an unknown focus", () => {
    const relation = parse("?relation=no-such-link");
    expect(relation.view.selection).toBeNull();
    expect(relation.ignored).toEqual([expect.stringContaining("relation=no-such-link")]);
    const focus = parse("?focus=nobody&depth=2");
    expect(focus.view.focus).toBeNull();
    expect(focus.ignored).toEqual([expect.stringContaining("focus=nobody")]);
  });

  it("ignores a bad depth but keeps the focus at depth 1", () => {
    for (const depth of ["0", "4", "two", "1.5", ""]) {
      const { view, ignored } = parse(`?focus=igor-sechin&depth=${depth}`);
      expect(view.focus, depth).toEqual({ id: "igor-sechin", depth: 1 });
      expect(ignored, depth).toEqual([expect.stringContaining(`depth=${depth}`)]);
    }
  });

  it("passes over the data parameter silently", () => {
    const { view, ignored } = parse("?data=https%3A%2F%2Fexample.org%2Fgraph.json&country=RU");
    expect(ignored).toEqual([]);
    expect(view.filters.countries).toEqual(["RU"]);
  });

  it("drops a path from an entity to itself", () => {
    expect(parse("?from=igor-sechin&to=igor-sechin").view.path).toBeNull();
  });

  it("checks values against the dataset it opens", () => {
    const tiny = tinyDataset();
    const { view, ignored } = queryToView(viewToQuery(rich), tiny, buildIndex(tiny));
    expect(view.filters.countries).toEqual(["US"]);
    expect(view.filters.organizations).toEqual([]);
    expect(view.focus).toBeNull();
    expect(view.filters.source).toEqual({ mode: "any" });
    expect(ignored).toEqual(
      expect.arrayContaining([
        expect.stringContaining("country=RU"),
        expect.stringContaining("org=russia"),
        expect.stringContaining("focus=igor-sechin"),
        expect.stringContaining(`source=only:${NEWSWEEK}`),
      ]),
    );
  });
});
