import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkDataset,
  firstJsonErrorOffset,
  formatPath,
  formatProblem,
  type Problem,
  parseJson,
} from "./integrity";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "data");

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to break one rule at a time
type Json = any;

/** Reads a dataset file and the texts of its articles (file paths are relative to the dataset's folder). */
function load(dir: string, file: string): { data: Json; texts: Record<string, string> } {
  const data = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const texts: Record<string, string> = {};
  for (const article of data.articles) texts[article.id] = readFileSync(join(dir, article.file), "utf8");
  return { data, texts };
}

const minimal = load(FIXTURES, "minimal.json");

/** The minimal valid fixture with one thing broken. */
function broken(mutate: (data: Json) => void): Json {
  const data = structuredClone(minimal.data);
  mutate(data);
  return data;
}

function problemsOf(data: unknown, texts: Record<string, string> = minimal.texts): Problem[] {
  return checkDataset(data, texts).problems;
}

describe("checkDataset on valid data", () => {
  it("accepts the minimal fixture and returns it", () => {
    const result = checkDataset(minimal.data, minimal.texts);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.entities).toHaveLength(4);
  });

  it("accepts the real dataset with zero problems", () => {
    const real = load(join(ROOT, "data"), "graph.json");
    const result = checkDataset(real.data, real.texts);
    expect(result.problems).toEqual([]);
    expect(result.dataset).not.toBeNull();
  });

  it("lets an article's embedded text take precedence over the texts given", () => {
    const embedded = broken((d) => {
      d.articles[1].text =
        "Sources say Acme Corp bought Widget Works.\nJane Roe “met the sellers” in person.";
    });
    expect(problemsOf(embedded, { original: minimal.texts.original ?? "", rewrite: "nothing" })).toEqual([]);
    const wrong = broken((d) => {
      d.articles[1].text = "nothing";
    });
    expect(problemsOf(wrong)).toEqual([
      { path: "relations[0].evidence[1].quote", message: "not found in article 'rewrite'" },
      { path: "relations[1].evidence[1].quote", message: "not found in article 'rewrite'" },
    ]);
  });
});

describe("checkDataset: one broken fixture per rule", () => {
  it("shape: runs the schema and reports zod issues with readable paths", () => {
    const data = broken((d) => {
      d.relations[1].evidence[0].status = "rumoured";
    });
    expect(problemsOf(data)).toEqual([
      {
        path: "relations[1].evidence[0].status",
        message: 'Invalid option: expected one of "confirmed"|"reported"|"unconfirmed"|"denied"',
      },
    ]);
  });

  it("shape: a non-object is reported at the root", () => {
    expect(problemsOf("graph")).toEqual([
      { path: "(root)", message: "Invalid input: expected object, received string" },
    ]);
  });

  it("shape: integrity rules are not run while the shape is wrong", () => {
    const data = broken((d) => {
      d.title = "";
      d.relations[0].source = "nobody";
    });
    expect(problemsOf(data)).toEqual([
      { path: "title", message: "Too small: expected string to have >=1 characters" },
    ]);
  });

  it("unique ids: articles", () => {
    const data = broken((d) => {
      d.articles[1].id = "original";
      d.articles[1].derivedFrom = null;
      d.relations[0].evidence.pop();
      d.relations[1].evidence.pop();
    });
    expect(problemsOf(data)).toEqual([
      { path: "articles[1].id", message: "duplicate article id 'original' (first at articles[0])" },
    ]);
  });

  it("unique ids: entities", () => {
    const data = broken((d) => {
      d.entities.push({ ...d.entities[1] });
    });
    expect(problemsOf(data)).toEqual([
      { path: "entities[4].id", message: "duplicate entity id 'widget-works' (first at entities[1])" },
    ]);
  });

  it("unique ids: relations", () => {
    const data = broken((d) => {
      d.relations[1].id = d.relations[0].id;
    });
    expect(problemsOf(data)).toEqual([
      {
        path: "relations[1].id",
        message: "duplicate relation id 'acme-widget-works-control' (first at relations[0])",
      },
    ]);
  });

  it("unique ids: a relation does not reuse an entity's id", () => {
    const data = broken((d) => {
      d.relations[0].id = "widget-works";
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[0].id", message: "relation id 'widget-works' is also an entity id (entities[1])" },
    ]);
  });

  it("no dangling source", () => {
    const data = broken((d) => {
      d.relations[0].source = "acme-corporation";
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[0].source", message: "no entity 'acme-corporation'" },
    ]);
  });

  it("no dangling target", () => {
    const data = broken((d) => {
      d.relations[1].target = "the-buyers";
    });
    expect(problemsOf(data)).toEqual([{ path: "relations[1].target", message: "no entity 'the-buyers'" }]);
  });

  it("no self-loops", () => {
    const data = broken((d) => {
      d.relations[0].target = "acme-corp";
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[0].target", message: "relation links 'acme-corp' to itself" },
    ]);
  });

  it("every organization is an entity", () => {
    const data = broken((d) => {
      d.entities[2].organizations = ["acme-corp", "acme-holdings"];
    });
    expect(problemsOf(data)).toEqual([
      { path: "entities[2].organizations[1]", message: "no entity 'acme-holdings'" },
    ]);
  });

  it("no entity belongs to itself", () => {
    const data = broken((d) => {
      d.entities[0].organizations = ["acme-corp"];
    });
    expect(problemsOf(data)).toEqual([
      { path: "entities[0].organizations[0]", message: "entity 'acme-corp' cannot belong to itself" },
    ]);
  });

  it("derivedFrom names an article", () => {
    const data = broken((d) => {
      d.articles[1].derivedFrom = "the-wire";
    });
    expect(problemsOf(data)).toEqual([{ path: "articles[1].derivedFrom", message: "no article 'the-wire'" }]);
  });

  it("no article derives from itself", () => {
    const data = broken((d) => {
      d.articles[1].derivedFrom = "rewrite";
    });
    expect(problemsOf(data)).toEqual([
      { path: "articles[1].derivedFrom", message: "article 'rewrite' cannot derive from itself" },
    ]);
  });

  it("evidence cites an existing article", () => {
    const data = broken((d) => {
      d.relations[0].evidence[1].article = "newsweek-2017-02-15";
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[0].evidence[1].article", message: "no article 'newsweek-2017-02-15'" },
    ]);
  });

  it("every article has a text (reported once, on the article)", () => {
    expect(problemsOf(minimal.data, { original: minimal.texts.original ?? "" })).toEqual([
      { path: "articles[1]", message: "no text for article 'rewrite'" },
    ]);
  });

  it("every quote is found verbatim in its article", () => {
    const data = broken((d) => {
      // straight apostrophe where the rewrite has none at all: not the article's words
      d.relations[1].evidence[1].quote = 'Jane Roe "met the sellers" in person.';
    });
    expect(problemsOf(data)).toEqual([
      { path: "relations[1].evidence[1].quote", message: "not found in article 'rewrite'" },
    ]);
  });

  it("quotes may differ from the article in white space only", () => {
    const data = broken((d) => {
      d.relations[0].evidence[0].quote =
        "Acme Corp, the maker of anvils, has bought Widget Works, according to people with direct knowledge\n\n   of the deal.";
    });
    expect(problemsOf(data)).toEqual([]);
  });

  it("a relation is not more certain than its most certain evidence", () => {
    const data = broken((d) => {
      d.relations[0].status = "confirmed";
    });
    expect(problemsOf(data)).toEqual([
      {
        path: "relations[0].status",
        message: "'confirmed' is more certain than its most certain evidence ('reported')",
      },
    ]);
  });

  it("a relation may be less certain than its evidence (hedges stay hedged)", () => {
    const data = broken((d) => {
      d.relations[0].status = "unconfirmed";
    });
    expect(problemsOf(data)).toEqual([]);
  });
});

describe("checkDataset never throws", () => {
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
        JSON.stringify(minimal.data).replace('"id":"acme-corp",', '"__proto__":{"x":1},"id":"acme-corp",'),
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
    const result = checkDataset(input, minimal.texts);
    expect(result.dataset).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe("string");
      expect(typeof p.message).toBe("string");
    }
  });

  it("does not consult the prototype of the texts map", () => {
    const data = broken((d) => {
      d.articles[1].id = "constructor-notes";
      d.relations[0].evidence[1].article = "constructor-notes";
      d.relations[1].evidence[1].article = "constructor-notes";
    });
    expect(problemsOf(data, Object.create({ "constructor-notes": "x" }))).toContainEqual({
      path: "articles[0]",
      message: "no text for article 'original'",
    });
  });
});

describe("formatting", () => {
  it("formats a problem with its file", () => {
    expect(
      formatProblem("data/graph.json", {
        path: "relations[12].evidence[0].quote",
        message: "not found in article 'newsweek-2017-02-15'",
      }),
    ).toBe("data/graph.json → relations[12].evidence[0].quote: not found in article 'newsweek-2017-02-15'");
  });

  it("formats paths", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["relations", 12, "evidence", 0, "quote"])).toBe("relations[12].evidence[0].quote");
    expect(formatPath(["entities", 0, "odd key"])).toBe('entities[0]["odd key"]');
  });
});

describe("parseJson", () => {
  it("parses valid JSON", () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("says where invalid JSON goes wrong, by line and column", () => {
    const text = readFileSync(join(FIXTURES, "invalid.json"), "utf8");
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.path).toBe("(root)");
      expect(result.problem.message).toMatch(/^not valid JSON at line 5, column 18: unexpected "}" \(/);
    }
  });

  it("reports a text that ends too early", () => {
    const result = parseJson('{"a": [1, 2');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem.message).toMatch(/^not valid JSON at line 1, column 12: unexpected end of text/);
  });

  it("finds the first error offset like JSON.parse would", () => {
    expect(firstJsonErrorOffset("[1, 2]")).toBe(6);
    expect(firstJsonErrorOffset("[1, 2,]")).toBe(6);
    expect(firstJsonErrorOffset('{"a": tru}')).toBe(9);
    expect(firstJsonErrorOffset('"\\x"')).toBe(2);
    expect(firstJsonErrorOffset("01")).toBe(1);
    expect(firstJsonErrorOffset("")).toBe(0);
  });
});
