import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../../test/fixtures";
import { checkDataset, checkJsonText, type Meter } from "./check";
import { formatPath } from "./messages";
import { formatProblem, type Problem } from "./problems";

// The one minimal fixture: the README's example, which must always open.
const MINIMAL = readFileSync("data/examples/minimal.json", "utf8");
const ARTICLE = "gazette-2024-03-01";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to break one rule at a time
type Json = any;

/** The minimal example with one thing broken. */
function broken(mutate: (data: Json) => void): Json {
  const data = JSON.parse(MINIMAL);
  mutate(data);
  return data;
}

/** With a second article, a rewrite of the first, whose text comes separately. */
function withRewrite(data: Json = JSON.parse(MINIMAL)): Json {
  data.articles.push({
    id: "rewrite",
    file: "articles/rewrite.txt",
    title: "Harbour deal",
    publisher: "A blog",
    author: null,
    published: "2024-03",
    url: "https://blog.example.com/harbour",
    derivedFrom: ARTICLE,
  });
  data.relations[0].evidence.push({
    article: "rewrite",
    quote: "Deepwater Works won the dredging contract.",
    attribution: "A blog",
    status: "confirmed",
  });
  return data;
}
const REWRITE_TEXT = "Deepwater Works won the dredging contract.\nNobody else bid.";

const problemsOf = (data: unknown, texts: Record<string, string> = {}) =>
  checkDataset(data, texts).problems.map(({ path, message, code }) => ({ path, message, code }));

describe("#checkDataset on valid data", () => {
  it("should accept the README's example and return it", () => {
    const result = checkDataset(JSON.parse(MINIMAL), {});
    expect(result.problems).toEqual([]);
    expect(result.dataset?.entities).toHaveLength(3);
  });

  it("should accept the curated dataset with its article texts", () => {
    const files = new Map(
      readdirSync("data/articles")
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [`articles/${f}`, readFileSync(`data/articles/${f}`, "utf8")]),
    );
    const result = checkJsonText("graph.json", readFileSync("data/graph.json", "utf8"), files);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("should open a dataset the editorial checks question, listing their findings as warnings", () => {
    const data = JSON.parse(MINIMAL);
    data.entities[2].aliases.push("Madam Chair");
    const result = checkJsonText("harbour.json", JSON.stringify(data), new Map());
    expect(result.ok).toBe(true);
    expect(result.problems.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "editorial", severity: "warning", path: "entities[2].aliases[1]" },
    ]);
    expect(result.problems[0]?.message).toMatch(
      /'Madam Chair'.*appears in no article.*\[alias-not-in-articles\]/,
    );
    // The README's example passes the editorial checks as well as the check.
    expect(checkJsonText("minimal.json", MINIMAL, new Map()).problems).toEqual([]);
  });

  it("should accept the small dataset the unit tests build in code", () => {
    expect(checkDataset(tinyDataset(), {}).problems).toEqual([]);
  });

  it("should take an article's text from the texts given, and its own text first", () => {
    expect(problemsOf(withRewrite(), { rewrite: REWRITE_TEXT })).toEqual([]);
    const embedded = withRewrite();
    embedded.articles[1].text = REWRITE_TEXT;
    expect(problemsOf(embedded, { rewrite: "nothing" })).toEqual([]);
  });
});

describe("#checkDataset: the shape, in the reader's words", () => {
  it("should say a field is missing, not what zod says", () => {
    const data = broken((d) => {
      delete d.entities[1].name;
    });
    expect(problemsOf(data)).toEqual([{ path: "entities[1].name", message: "is missing", code: "schema" }]);
  });

  it("should name the type a field should have and the one it has", () => {
    const data = broken((d) => {
      d.entities[0].aliases = "Port";
      d.relations[0].directed = "yes";
      d.version = 2;
    });
    expect(problemsOf(data)).toEqual([
      { path: "version", message: "must be 1, not 2", code: "schema" },
      { path: "entities[0].aliases", message: "should be a list, not text", code: "schema" },
      { path: "relations[0].directed", message: "should be true or false, not text", code: "schema" },
    ]);
  });

  it("should list the known values when a value is not one of them", () => {
    const data = broken((d) => {
      d.relations[0].status = "sure";
    });
    expect(problemsOf(data)[0]).toEqual({
      path: "relations[0].status",
      message:
        "is 'sure', which is not a known value: one of 'confirmed', 'reported', 'unconfirmed', 'denied'",
      code: "schema",
    });
  });

  it("should say a text is empty, too long, or in the wrong form", () => {
    const data = broken((d) => {
      d.title = "   ";
      d.entities[0].description = "x".repeat(1001);
      d.articles[0].url = "javascript:alert(1)";
      d.relations[0].evidence = [];
    });
    expect(problemsOf(data)).toEqual([
      { path: "title", message: "is empty", code: "schema" },
      {
        path: "articles[0].url",
        message: "must be an http or https address (it is 'javascript:alert(1)')",
        code: "schema",
      },
      {
        path: "entities[0].description",
        message: "is longer than the limit of 1,000 characters (it has 1,001)",
        code: "schema",
      },
      { path: "relations[0].evidence", message: "must list at least 1 item", code: "schema" },
    ]);
  });

  it("should name each field the format does not know, at its own path", () => {
    const data = broken((d) => {
      d.entities[2].colour = "red";
    });
    expect(problemsOf(data)).toEqual([
      {
        path: "entities[2].colour",
        message: "is not a field of the format (a typo, or a field from another tool?)",
        code: "schema",
      },
    ]);
  });

  it("should say what a field with several forms may be, not zod's 'Invalid input'", () => {
    const data = broken((d) => {
      d.relations[0].date = 2017;
      d.relations[0].evidence[0].date = { start: 5 };
      d.stories = [
        {
          id: "walk",
          title: "A walk",
          steps: [
            {
              heading: "One",
              text: "One.",
              cites: [{ relation: d.relations[0].id, evidence: 0 }],
              view: { focus: { id: d.entities[0].id, depth: 5 }, filters: { source: { mode: "some" } } },
            },
          ],
        },
      ];
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[0].date", message: "should be text or an object, not a number", code: "schema" },
      {
        path: "relations[0].evidence[0].date.start",
        message: "should be text, not a number",
        code: "schema",
      },
      {
        path: "stories[0].steps[0].view.filters.source.mode",
        message:
          "is 'some', which is not a known value: one of 'any', 'article', 'only', 'all', 'independent'",
        code: "schema",
      },
      {
        path: "stories[0].steps[0].view.focus.depth",
        message: "is 5, which is not a known value: one of 1, 2, 3",
        code: "schema",
      },
    ]);
  });

  it("should never pass on zod's own wording, whatever is broken", () => {
    const breakages: Array<(d: Json) => void> = [
      (d) => delete d.version,
      (d) => (d.articles = {}),
      (d) => (d.entities[0] = 7),
      (d) => (d.entities[0].type = ["person"]),
      (d) => (d.entities[0].aliases = [1, null]),
      (d) => (d.relations[0].date = { from: "2017" }),
      (d) => (d.relations[0].date = { start: "2017", end: "2016-13" }),
      (d) => (d.relations[0].evidence[0] = "quote"),
      (d) => (d.relations[0].evidence[0].status = 3),
      (d) => (d.stories = [{ id: "s", title: "S", steps: [{ heading: "H", text: "T", cites: [{}] }] }]),
      (d) =>
        (d.stories = [{ id: "s", title: "S", steps: [{ heading: "H", text: "T", cites: [], view: 1 }] }]),
    ];
    for (const breakage of breakages) {
      const problems = problemsOf(broken(breakage));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.message).not.toMatch(
          /Invalid|expected .*received|Too (small|big)|discriminator|is not valid here/,
        );
        expect(p.path).not.toBe("");
      }
    }
  });

  it("should refuse what is not an object at the root", () => {
    expect(problemsOf("graph")).toEqual([
      {
        path: "(root)",
        message: "should be an object with articles, entities and relations, not a string",
        code: "schema",
      },
    ]);
    expect(problemsOf([])[0]?.message).toMatch(/not a list$/);
  });

  it("should refuse control and text-direction characters in names", () => {
    const data = broken((d) => {
      d.entities[0].name = "Port\u202EAuthority";
      d.entities[2].aliases = ["Li\u0007ma"];
      d.relations[0].label = "dredging\ncontract";
    });
    expect(problemsOf(data).map((p) => p.path)).toEqual([
      "entities[0].name",
      "entities[2].aliases[0]",
      "relations[0].label",
    ]);
    expect(problemsOf(data)[0]?.message).toMatch(/^holds a control character or a text-direction override/);
  });

  it("should refuse article files outside the dataset's folder", () => {
    for (const file of ["../../../../etc/passwd.txt", "/etc/x.txt", "a//b.txt", "a/../b.txt", "x.TXT"]) {
      const data = broken((d) => {
        d.articles[0].file = file;
      });
      expect(problemsOf(data)[0]?.path, file).toBe("articles[0].file");
    }
  });
});

describe("#checkDataset: the rules a schema cannot express", () => {
  const only = (mutate: (d: Json) => void, texts: Record<string, string> = {}) =>
    problemsOf(broken(mutate), texts);

  it("should refuse duplicate ids, and a relation id that is an actor's", () => {
    expect(
      only((d) => {
        d.entities[2].id = "deepwater-works";
        d.entities[2].organizations = [];
        d.relations[1].source = "port-authority";
      }),
    ).toEqual([
      {
        path: "entities[2].id",
        message: "repeats 'deepwater-works', already the id of entities[1]",
        code: "duplicate-id",
      },
    ]);
    expect(
      only((d) => {
        d.relations[1].id = "ana-lima";
      }),
    ).toEqual([
      {
        path: "relations[1].id",
        message: "'ana-lima' is already the id of an actor (entities[2])",
        code: "duplicate-id",
      },
    ]);
  });

  it("should say which actor, article or organization a reference names that does not exist", () => {
    expect(
      only((d) => {
        d.relations[0].target = "acme-corp";
        d.entities[2].organizations = ["harbour-board"];
        d.relations[1].evidence[0].article = "the-wire";
      }),
    ).toEqual([
      {
        path: "entities[2].organizations[0]",
        message: "names no actor 'harbour-board'",
        code: "unknown-reference",
      },
      { path: "relations[0].target", message: "names no actor 'acme-corp'", code: "unknown-reference" },
      {
        path: "relations[1].evidence[0].article",
        message: "names no article 'the-wire'",
        code: "unknown-reference",
      },
    ]);
  });

  it("should refuse links, memberships and rewrites of a thing to itself", () => {
    expect(
      only((d) => {
        d.relations[0].target = "port-authority";
        d.entities[0].organizations = ["port-authority"];
        d.articles[0].derivedFrom = ARTICLE;
      }).map((p) => [p.path, p.code, p.message]),
    ).toEqual([
      ["articles[0].derivedFrom", "self-reference", "names the article itself"],
      ["entities[0].organizations[0]", "self-reference", "names the actor itself"],
      ["relations[0].target", "self-reference", "is the same actor as its source ('port-authority')"],
    ]);
    expect(
      only(
        (d) => {
          withRewrite(d).articles[1].derivedFrom = "the-wire";
        },
        { rewrite: REWRITE_TEXT },
      ),
    ).toEqual([
      { path: "articles[1].derivedFrom", message: "names no article 'the-wire'", code: "unknown-reference" },
    ]);
  });

  it("should report a missing text once, on the article", () => {
    expect(problemsOf(withRewrite())).toEqual([
      {
        path: "articles[1]",
        message: `has no text: embed it as "text", or give its file 'articles/rewrite.txt' with the dataset`,
        code: "no-text",
      },
    ]);
  });

  it("should find every excerpt word for word, white space aside", () => {
    expect(
      only((d) => {
        d.relations[1].evidence[0].quote = "Lima  met\n executives of Deepwater Works in January.";
      }),
    ).toEqual([]);
    expect(
      only((d) => {
        d.relations[1].evidence[0].quote = "Lima met executives of Deepwater Works in February.";
      }),
    ).toEqual([
      {
        path: "relations[1].evidence[0].quote",
        message: `is not found word for word in article '${ARTICLE}'`,
        code: "quote-not-found",
      },
    ]);
  });

  it("should refuse a link surer than its surest excerpt, and accept a more hedged one", () => {
    expect(only((d) => (d.relations[1].status = "confirmed"))).toEqual([
      {
        path: "relations[1].status",
        message: "is 'confirmed', surer than its surest excerpt ('reported')",
        code: "status-too-certain",
      },
    ]);
    expect(only((d) => (d.relations[1].status = "unconfirmed"))).toEqual([]);
  });

  it("should report schema, reference and quote problems in one pass", () => {
    const data = broken((d) => {
      delete d.entities[0].description;
      d.relations[0].target = "acme-corp";
      d.relations[1].evidence[0].quote = "Words the article never used.";
    });
    expect(problemsOf(data).map((p) => p.code)).toEqual(["schema", "unknown-reference", "quote-not-found"]);
  });

  it("should not report a reference to an element that exists but is malformed", () => {
    const data = broken((d) => {
      d.entities[1].type = "firm";
    });
    expect(problemsOf(data).map((p) => p.path)).toEqual(["entities[1].type"]);
  });

  it("should not consult the prototype of the texts", () => {
    const data = withRewrite();
    data.articles[1].id = "constructor-notes";
    data.relations[0].evidence[1].article = "constructor-notes";
    expect(problemsOf(data, Object.create({ "constructor-notes": REWRITE_TEXT })).map((p) => p.code)).toEqual(
      ["no-text"],
    );
  });

  it("should mark every problem as an error with a code", () => {
    const data = broken((d) => {
      d.relations[0].target = "x";
      d.version = 3;
    });
    for (const p of checkDataset(data, {}).problems)
      expect(p).toMatchObject({ severity: "error", code: expect.any(String) });
  });
});

describe("#checkDataset: bounded work", () => {
  it("should look for each distinct excerpt once, up to its first occurrence", () => {
    const text = "a".repeat(100_000);
    const data = broken((d) => {
      d.articles[0].text = text;
      const evidence = d.relations[0].evidence[0];
      d.relations[0].evidence = Array.from({ length: 100 }, () => ({ ...evidence, quote: "a" }));
      d.relations[1].evidence = [{ ...evidence, quote: "aaa", status: "reported" }];
    });
    const meter: Meter = { steps: 0 };
    expect(checkDataset(data, {}, meter).problems).toEqual([]);
    // One pass to collapse white space, then a few characters per excerpt: not one step per occurrence.
    expect(meter.steps).toBeLessThan(text.length + 1_000);
  });
});

describe("#checkDataset never throws", () => {
  const strange: Array<[string, unknown]> = [
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an array", []],
    ["a function", () => 1],
    ["an object with __proto__", JSON.parse('{"__proto__": {"version": 1}, "version": 1}')],
    [
      "a dataset with __proto__ in an entity",
      JSON.parse(
        MINIMAL.replace('"id": "port-authority",', '"__proto__": {"x": 1}, "id": "port-authority",'),
      ),
    ],
    [
      "an object whose getter throws",
      Object.defineProperty({}, "version", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    ],
    [
      "a proxy that throws",
      new Proxy(
        {},
        {
          get() {
            throw new Error("trap");
          },
          ownKeys() {
            throw new Error("trap");
          },
        },
      ),
    ],
  ];
  it.each(strange)("%s", (_name, input) => {
    const result = checkDataset(input, {});
    expect(result.dataset).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems as Problem[]) {
      expect(typeof p.path).toBe("string");
      expect(typeof p.message).toBe("string");
    }
  });
});

describe("formatting", () => {
  it("should format a problem with its file", () => {
    expect(
      formatProblem("data/graph.json", {
        code: "quote-not-found",
        severity: "error",
        path: "relations[12].evidence[0].quote",
        message: "is not found word for word in article 'a'",
      }),
    ).toBe("data/graph.json → relations[12].evidence[0].quote: is not found word for word in article 'a'");
  });

  it("should format paths", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["relations", 12, "evidence", 0, "quote"])).toBe("relations[12].evidence[0].quote");
    expect(formatPath(["entities", 0, "odd key"])).toBe('entities[0]["odd key"]');
  });
});
