import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import { buildIndex, EAGER_SEARCH_CHARS } from "./indexes";
import {
  buildSearchText,
  fold,
  foldText,
  foldWithMap,
  type SearchText,
  searchEntities,
  searchExcerpts,
  searchHits,
  searchTextSize,
} from "./search";

const ids = (matches: { entity: { id: string } }[]) => matches.map((m) => m.entity.id);
const relationIds = (matches: { relation: { id: string } }[]) => matches.map((m) => m.relation.id);

describe("fold", () => {
  it("drops case, accents and extra spaces", () => {
    expect(fold("Sérgey  KISLYAK")).toBe("sergey kislyak");
    expect(fold("  SÉCHIN\t")).toBe("sechin");
    expect(fold("José")).toBe(fold("Jose"));
  });
  it("folds curly quotes and apostrophes into straight ones", () => {
    expect(fold("Trump’s")).toBe("trump's");
    expect(fold("‘a’ “b”")).toBe(`'a' "b"`);
  });
});

describe("searchEntities on the tiny fixture", () => {
  const { entities } = tinyDataset();
  it("ranks a prefix before a substring", () => {
    expect(searchEntities(entities, "ali").map((m) => [m.entity.id, m.rank])).toEqual([["alice", 1]]);
    expect(searchEntities(entities, "ICE").map((m) => [m.entity.id, m.rank])).toEqual([["alice", 3]]);
    expect(searchEntities(entities, "Alice").map((m) => m.rank)).toEqual([0]);
  });
  it("orders equal ranks by name and honours the limit", () => {
    // "A caller", "Acme", "Alice": all start with "a"; "Loner" and "Bob" do not contain it.
    expect(ids(searchEntities(entities, "a"))).toEqual(["carol", "acme", "alice"]);
    expect(searchEntities(entities, "a", 2)).toHaveLength(2);
  });
  it("finds nothing for an empty or blank query", () => {
    expect(searchEntities(entities, "")).toEqual([]);
    expect(searchEntities(entities, "   ")).toEqual([]);
  });
});

describe("searchEntities on the real dataset", () => {
  const { dataset } = realDataset();
  const search = (q: string, limit?: number) => searchEntities(dataset.entities, q, limit);

  it("is accent- and case-insensitive", () => {
    const [first] = search("SÉCHIN");
    expect(first?.entity.id).toBe("igor-sechin");
    expect(first?.matched).toBe("Sechin");
    expect(first?.rank).toBe(0);
    expect(search("kislyak")[0]?.entity.id).toBe("sergey-kislyak");
    expect(search("KISLYAK")[0]?.entity.id).toBe("sergey-kislyak");
    expect(ids(search("José"))).toContain("jose-antonio");
  });

  it("finds entities by alias and says which alias matched", () => {
    const kremlin = search("kremlin");
    expect(ids(kremlin)).toEqual(["russia"]);
    expect(kremlin[0]?.matched).toBe("Kremlin");
    const moscow = search("Moscow");
    expect(moscow[0]?.entity.id).toBe("russia");
    expect(moscow[0]?.rank).toBe(0);
    expect(ids(moscow)).toContain("us-embassy-moscow");
    expect(search("federal security")[0]?.entity.id).toBe("fsb");
  });

  it("ranks whole names, then prefixes, then word starts, then substrings", () => {
    const trump = search("trump", 100);
    expect(trump[0]?.entity.id).toBe("donald-trump");
    expect(trump[0]?.rank).toBe(0);
    const ranks = trump.map((m) => m.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ids(trump)).toContain("trump-organization");
    expect(ids(trump)).toContain("trump-campaign-members");
    const organization = trump.find((m) => m.entity.id === "trump-organization");
    const members = trump.find((m) => m.entity.id === "trump-campaign-members");
    expect(organization?.rank).toBe(1);
    expect(members?.rank).toBe(2);

    const sec = search("sec");
    expect(sec[0]?.entity.id).toBe("igor-sechin");
    expect(sec[0]?.rank).toBe(1);
    expect(ids(sec).indexOf("igor-sechin")).toBeLessThan(ids(sec).indexOf("fsb"));

    const substring = search("llerson");
    expect(ids(substring)).toEqual(["rex-tillerson"]);
    expect(substring[0]?.rank).toBe(3);
  });

  it("within a rank, sorts by name", () => {
    const matches = search("trump", 100);
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1], matches[i]];
      if (a && b && a.rank === b.rank)
        expect(a.entity.name.localeCompare(b.entity.name)).toBeLessThanOrEqual(0);
    }
  });

  it("returns at most `limit` matches, 12 by default", () => {
    expect(search("e").length).toBe(12);
    expect(search("e", 3)).toHaveLength(3);
    expect(search("zzzz")).toEqual([]);
  });
});

describe("searchExcerpts on the tiny fixture", () => {
  const dataset = tinyDataset();
  it("finds relations by the words of their quotes, case-insensitively", () => {
    const [match, ...rest] = searchExcerpts(dataset, "PARIS");
    expect(rest).toEqual([]);
    expect(match?.relation.id).toBe("alice-bob");
    expect(match?.evidenceIndex).toBe(0);
    expect(fold(match?.snippet.join("") ?? "")).toBe(fold("Alice met Bob in Paris."));
    expect(fold(match?.snippet[1] ?? "")).toBe("paris");
  });
  it("gives nothing for queries shorter than two characters", () => {
    expect(searchExcerpts(dataset, "a")).toEqual([]);
    expect(searchExcerpts(dataset, " é ")).toEqual([]);
    expect(searchExcerpts(dataset, "")).toEqual([]);
    expect(searchExcerpts(dataset, "al").length).toBeGreaterThan(0);
  });
  it("lists relations in dataset order, up to the limit", () => {
    expect(relationIds(searchExcerpts(dataset, "alice"))).toEqual(["alice-bob", "carol-alice"]);
    expect(relationIds(searchExcerpts(dataset, "alice", 1))).toEqual(["alice-bob"]);
  });
});

describe("searchExcerpts on the real dataset", () => {
  const { dataset } = realDataset();

  it("finds the relations quoted about Makati", () => {
    const makati = searchExcerpts(dataset, "Makati");
    expect(relationIds(makati).sort()).toEqual([
      "century-properties-trump-organization-partnership",
      "century-properties-trump-tower-construction",
      "trump-organization-trump-tower-construction",
    ]);
    for (const m of makati) {
      expect(fold(m.snippet[1])).toBe("makati");
      expect(fold(m.relation.evidence[m.evidenceIndex]?.quote ?? "")).toContain("makati");
    }
  });

  it("shows the excerpt's own words in the snippet, not a lower-cased copy", () => {
    const [match] = searchExcerpts(dataset, "makati");
    const quote = match?.relation.evidence[match.evidenceIndex]?.quote ?? "";
    expect(match?.snippet[1]).toBe("Makati");
    expect(quote).toContain(match?.snippet.join("").replace(/^…|…$/g, ""));
  });

  it("cuts long excerpts around the match", () => {
    const [match] = searchExcerpts(dataset, "Century City");
    expect(match).toBeDefined();
    const [before, hit, after] = match?.snippet ?? ["", "", ""];
    expect(fold(hit)).toBe("century city");
    expect(before.startsWith("…")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(41);
    expect(after.length).toBeLessThanOrEqual(41);
  });

  it("cuts snippets between words, never inside one", () => {
    for (const query of ["Makati", "Century City", "sanctions", "Sechin", "intercepted"]) {
      for (const m of searchExcerpts(dataset, query)) {
        const quote = m.relation.evidence[m.evidenceIndex]?.quote ?? "";
        const before = m.snippet[0].replace(/^…/, "");
        const after = m.snippet[2].replace(/…$/, "");
        const from = quote.indexOf(before + m.snippet[1] + after);
        expect(from, `${query} in ${m.relation.id}`).toBeGreaterThanOrEqual(0);
        if (m.snippet[0].startsWith("…")) expect(quote[from - 1]).toMatch(/\s/);
        if (m.snippet[2].endsWith("…"))
          expect(quote[from + before.length + m.snippet[1].length + after.length]).toMatch(/\s/);
      }
    }
  });

  it("points at the first evidence item that matches", () => {
    const incursion = searchExcerpts(dataset, "incursion").find(
      (m) => m.relation.id === "russia-ukraine-invasion",
    );
    expect(incursion?.evidenceIndex).toBe(2);
  });

  it("folds curly and straight apostrophes alike, across both articles", () => {
    const straight = searchExcerpts(dataset, "Trump's overseas business partners");
    const curly = searchExcerpts(dataset, "Trump’s overseas business partners");
    expect(relationIds(curly)).toEqual(relationIds(straight));
    expect(relationIds(straight)).toContain("foreign-agency-business-partners-surveillance");
    // A blog-only wording with a curly apostrophe is found with a straight one.
    const blogWording = searchExcerpts(dataset, "weren't given formal permission");
    expect(relationIds(blogWording)).toEqual(["sources-newsweek"]);
    const evidence = blogWording[0]?.relation.evidence[blogWording[0].evidenceIndex];
    expect(evidence?.article).toBe(BLOG);
    expect(evidence?.quote).toContain("weren’t");
  });

  it("is case-insensitive", () => {
    expect(relationIds(searchExcerpts(dataset, "PRIME MINISTER"))).toContain("may-british-prime-minister");
    const exxon = searchExcerpts(dataset, "EXXON MOBIL");
    expect(relationIds(exxon)).toContain("sechin-tillerson-business");
    for (const m of exxon) expect(m.relation.evidence[m.evidenceIndex]?.article).toBe(NEWSWEEK);
  });

  it("gives nothing for a one-character query", () => {
    expect(searchExcerpts(dataset, "a")).toEqual([]);
    expect(searchExcerpts(dataset, "the").length).toBeGreaterThan(0);
  });
});

describe("searchHits", () => {
  const { dataset } = realDataset();
  it("picks out matching entities, and the relations quoting the words with both their ends", () => {
    const hits = searchHits(dataset, "Makati");
    expect([...hits.relations].sort()).toEqual([
      "century-properties-trump-organization-partnership",
      "century-properties-trump-tower-construction",
      "trump-organization-trump-tower-construction",
    ]);
    expect([...hits.entities].sort()).toEqual([
      "century-properties",
      "trump-organization",
      "trump-tower-century-city",
    ]);
  });
  it("is not capped like the suggestion list", () => {
    const hits = searchHits(dataset, "trump");
    expect(hits.entities.size).toBeGreaterThan(12);
    expect(hits.entities.has("donald-trump")).toBe(true);
  });
  it("includes entities found by name and the ends of relations found by quote", () => {
    const hits = searchHits(dataset, "SÉCHIN");
    expect(hits.entities.has("igor-sechin")).toBe(true);
    expect(hits.relations.has("senate-tillerson-confirmation")).toBe(true);
    expect(hits.entities.has("senate")).toBe(true);
    expect(hits.entities.has("rex-tillerson")).toBe(true);
  });
  it("is empty for an empty query; a one-character query matches names only", () => {
    const empty = searchHits(dataset, "");
    expect(empty.entities.size + empty.relations.size).toBe(0);
    const tiny = searchHits(tinyDataset(), "P");
    expect(tiny.relations.size).toBe(0);
  });
});

describe("folding once per dataset", () => {
  /** The fold before the ASCII fast path: every character through NFKD. */
  function referenceFold(text: string): string {
    let folded = "";
    let inSpace = false;
    for (const c of text) {
      if (/\s/.test(c)) {
        if (!inSpace) folded += " ";
        inSpace = true;
      } else {
        inSpace = false;
        folded += c
          .normalize("NFKD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/[“”]/g, '"');
      }
    }
    return folded;
  }

  it("folds ASCII on its fast path exactly as the general path does, with an origin per folded unit", () => {
    const alphabet = [
      ..."AbZz09 \t\n\r\v\f!~'\"-.\u0000\u007f",
      "É",
      "ß",
      "İ",
      "’",
      "“",
      "\u00a0",
      "\u2028",
      "😀",
      "ﬁ",
      "Σ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        const { folded, origin } = foldWithMap(text);
        expect(folded).toBe(referenceFold(text));
        expect(foldText(text)).toBe(folded);
        expect(origin).toHaveLength(folded.length);
        for (let i = 1; i < origin.length; i++)
          expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1] as number);
      }),
    );
  });

  it("folds a small dataset's text with its index, once, and searches read it", () => {
    const dataset = tinyDataset();
    const index = buildIndex(dataset);
    const text = index.searchText as SearchText;
    expect(text).not.toBeNull();
    expect(index.searchText).toBe(text); // one build, kept
    expect(text.quotes.get("alice-bob")?.[0]).toBe(fold(dataset.relations[0]?.evidence[0]?.quote ?? ""));
    expect(text.names.get("alice")?.[0]?.text).toBe("alice");
    // What the search compares is the cached text, not a fresh fold of the quotes.
    const doctored: SearchText = {
      names: text.names,
      quotes: new Map([...text.quotes].map(([id, q]) => [id, id === "bob-acme" ? ["zebra crossing"] : q])),
    };
    expect([...searchHits(dataset, "zebra", doctored).relations]).toEqual(["bob-acme"]);
    expect([...searchHits(dataset, "zebra", text).relations]).toEqual([]);
    expect(searchEntities(dataset.entities, "ali", 8, text).map((m) => m.entity.id)).toEqual(["alice"]);
  });

  it("folds a large dataset's text in steps, only when asked, to the same result", async () => {
    const small = tinyDataset();
    // Enough copies of the excerpts to pass the eager size, with accents and line breaks.
    const relations = Array.from({ length: 400 }, (_, i) => ({
      ...(small.relations[i % small.relations.length] as (typeof small.relations)[number]),
      id: `r-${i}`,
      evidence: [
        {
          ...(small.relations[0]?.evidence[0] as (typeof small.relations)[number]["evidence"][number]),
          quote: `Séance ${i}\n  of the CAFÉ   council, ${"word ".repeat(30)}`,
        },
      ],
    }));
    const dataset = { ...small, relations };
    expect(searchTextSize(dataset)).toBeGreaterThan(EAGER_SEARCH_CHARS);
    const index = buildIndex(dataset);
    expect(index.searchText).toBeNull();
    let steps = 0;
    const shares: number[] = [];
    const text = await index.prepareSearchText(async (gen) => {
      for (;;) {
        const step = gen.next();
        if (step.done) return step.value;
        steps++;
        shares.push(step.value);
      }
    });
    expect(steps).toBeGreaterThan(3); // in several steps, each a bounded share of the work
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.every((x) => x > 0 && x <= 1)).toBe(true);
    expect(index.searchText).toBe(text);
    expect(text).toEqual(buildSearchText(dataset));
    expect(text.quotes.get("r-7")?.[0]).toBe(foldText(relations[7]?.evidence[0]?.quote ?? ""));
    expect([...searchHits(dataset, "cafe council", text).relations]).toHaveLength(400);
    // Asked again, it is the same text, not a second fold.
    await expect(index.prepareSearchText(() => Promise.reject(new Error("not again")))).resolves.toBe(text);
  });
});
