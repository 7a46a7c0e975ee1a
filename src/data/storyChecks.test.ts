import { describe, expect, it } from "vitest";
import { checkDataset, type Problem } from "./integrity";
import { quotedPassages } from "./storyChecks";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to break one rule at a time
type Json = any;

/** Two articles (an original and its rewrite, with embedded texts), four actors, two links. */
const minimal: Json = {
  version: 1,
  title: "A minimal valid dataset for the integrity tests",
  articles: [
    {
      id: "original",
      file: "articles/original.txt",
      title: "Acme Corp Buys Widget Works",
      publisher: "The Example Times",
      author: "A. Reporter",
      published: "2017-02-15",
      url: "https://example.com/acme",
      derivedFrom: null,
      text: "Acme Corp Buys Widget Works\n\nAcme Corp, the maker of anvils, has bought Widget Works, according to people with direct knowledge\nof the deal. It could not be confirmed whether Jane Roe, Acme's chief executive, met the sellers.\n",
    },
    {
      id: "rewrite",
      file: "articles/rewrite.txt",
      title: "Acme’s big buy",
      publisher: "example blog",
      author: null,
      published: "2017-02",
      url: "https://blog.example.com/acme",
      derivedFrom: "original",
      text: "Acme’s big buy\n\nSources say Acme Corp bought Widget Works. Jane Roe “met the sellers” in person.\n",
    },
  ],
  entities: [
    {
      id: "acme-corp",
      name: "Acme Corp",
      aliases: ["Acme"],
      type: "company",
      countries: [],
      organizations: [],
      roles: [],
      description: "A maker of anvils.",
    },
    {
      id: "widget-works",
      name: "Widget Works",
      aliases: [],
      type: "company",
      countries: [],
      organizations: [],
      roles: [],
      description: "A company Acme bought.",
    },
    {
      id: "jane-roe",
      name: "Jane Roe",
      aliases: [],
      type: "person",
      countries: [],
      organizations: ["acme-corp"],
      roles: ["chief executive"],
      description: "Acme's chief executive.",
    },
    {
      id: "sellers",
      name: "The sellers",
      aliases: [],
      type: "group",
      countries: [],
      organizations: ["widget-works"],
      roles: [],
      description: "Whoever sold Widget Works.",
      unnamed: true,
    },
  ],
  relations: [
    {
      id: "acme-widget-works-control",
      source: "acme-corp",
      target: "widget-works",
      type: "control",
      directed: true,
      label: "bought",
      status: "reported",
      evidence: [
        {
          article: "original",
          quote:
            "Acme Corp, the maker of anvils, has bought Widget Works, according to people with direct knowledge of the deal.",
          attribution: "people with direct knowledge of the deal",
          status: "reported",
        },
        {
          article: "rewrite",
          quote: "Sources say Acme Corp bought Widget Works.",
          attribution: "sources",
          status: "reported",
        },
      ],
    },
    {
      id: "roe-sellers-communication",
      source: "jane-roe",
      target: "sellers",
      type: "communication",
      directed: false,
      label: "met?",
      status: "unconfirmed",
      evidence: [
        {
          article: "original",
          quote: "It could not be confirmed whether Jane Roe, Acme's chief executive, met the sellers.",
          attribution: "The Example Times",
          status: "unconfirmed",
        },
        {
          article: "rewrite",
          quote: "Jane Roe “met the sellers” in person.",
          attribution: "example blog",
          status: "reported",
          note: "The rewrite states as fact what the original could not confirm.",
        },
      ],
    },
  ],
};
const texts: Record<string, string> = {};

/** A story on the minimal dataset that passes every check. */
function withStory(): Json {
  const data = structuredClone(minimal);
  data.stories = [
    {
      id: "the-deal",
      title: "How Acme bought Widget Works",
      steps: [
        {
          heading: "The purchase",
          text: 'Acme Corp "has bought Widget Works", according to people with direct knowledge of the deal.',
          cites: [
            { relation: "acme-widget-works-control", evidence: 0 },
            { relation: "acme-widget-works-control", evidence: 1 },
          ],
          view: { selection: { kind: "relation", id: "acme-widget-works-control" } },
        },
        {
          heading: "A meeting nobody could confirm",
          text: "The original says it “could not be confirmed” whether Jane Roe met the sellers; the rewrite says she “met the sellers” in person.",
          cites: [
            { relation: "roe-sellers-communication", evidence: 0 },
            { relation: "roe-sellers-communication", evidence: 1 },
          ],
          view: { focus: { id: "jane-roe", depth: 1 }, filters: { statuses: ["unconfirmed"] } },
          introduces: { entities: ["jane-roe"], relations: ["roe-sellers-communication"] },
        },
        {
          heading: "Everyone",
          text: "The whole network.",
          cites: [{ relation: "acme-widget-works-control", evidence: 0 }],
          introduces: { all: true },
        },
      ],
    },
  ];
  return data;
}

function problemsOf(mutate: (data: Json) => void): Problem[] {
  const data = withStory();
  mutate(data);
  return checkDataset(data, texts).problems;
}

describe("stories: schema", () => {
  it("accepts a dataset without stories and one with a valid story", () => {
    expect(checkDataset(minimal, texts).problems).toEqual([]);
    const result = checkDataset(withStory(), texts);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.stories?.[0]?.steps).toHaveLength(3);
  });

  it("refuses a step that cites nothing, with the step's path", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[1].cites = [];
      }),
    ).toEqual([{ path: "stories[0].steps[1].cites", message: expect.stringMatching(/>=1|at least 1/i) }]);
  });

  it("refuses unknown fields, a bad story id and a heading too long", () => {
    const problems = problemsOf((d) => {
      d.stories[0].id = "The Deal";
      d.stories[0].steps[0].colour = "red";
      d.stories[0].steps[2].heading = "x".repeat(201);
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "stories[0].id",
      "stories[0].steps[0]",
      "stories[0].steps[2].heading",
    ]);
  });

  it("refuses a view with an unknown layout or focus depth", () => {
    const problems = problemsOf((d) => {
      d.stories[0].steps[0].view.layout = "spiral";
      d.stories[0].steps[1].view.focus.depth = 4;
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "stories[0].steps[0].view.layout",
      "stories[0].steps[1].view.focus.depth",
    ]);
  });

  it("refuses more than 1,000 steps, and takes 1,000", () => {
    const steps = (n: number) => (d: Json) => {
      d.stories[0].steps = Array.from({ length: n }, () => structuredClone(d.stories[0].steps[0]));
    };
    expect(problemsOf(steps(1000))).toEqual([]);
    expect(problemsOf(steps(1001))).toEqual([
      { path: "stories[0].steps", message: expect.stringMatching(/1000/) },
    ]);
  });
});

describe("stories: integrity", () => {
  it("a cited relation must exist", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[1].cites[0].relation = "acme-roe-friendship";
      }),
    ).toEqual([
      { path: "stories[0].steps[1].cites[0].relation", message: "no relation 'acme-roe-friendship'" },
    ]);
  });

  it("a cited excerpt must exist", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].cites[1].evidence = 2;
      }),
    ).toEqual([
      {
        path: "stories[0].steps[0].cites[1].evidence",
        message: "relation 'acme-widget-works-control' has no evidence[2] (it has 2 excerpts)",
      },
    ]);
  });

  it("words in quotation marks must be verbatim in a cited article", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].text = 'Acme Corp "has purchased Widget Works".';
      }),
    ).toEqual([
      {
        path: "stories[0].steps[0].text",
        message:
          "quoted words \"has purchased Widget Works\": not found in the cited articles 'original', 'rewrite'",
      },
    ]);
  });

  it("quoted words found only in an article the step does not cite fail", () => {
    // "met the sellers” in person" is the rewrite's; step 1 cites only the original here.
    expect(
      problemsOf((d) => {
        d.stories[0].steps[1].cites = [{ relation: "roe-sellers-communication", evidence: 0 }];
        d.stories[0].steps[1].text = "The rewrite says she “met the sellers” “in person”.";
      }),
    ).toEqual([
      {
        path: "stories[0].steps[1].text",
        message: "quoted words \"in person\": not found in the cited article 'original'",
      },
    ]);
  });

  it("headings are checked too, and an unclosed quotation mark is reported", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].heading = "“Bought” it";
        d.stories[0].steps[1].text = "She “met the sellers.";
      }),
    ).toEqual([
      {
        path: "stories[0].steps[0].heading",
        message: "quoted words \"Bought\": not found in the cited articles 'original', 'rewrite'",
      },
      { path: "stories[0].steps[1].text", message: "quotation mark at character 5 is not closed" },
    ]);
  });

  it("quoted words may differ from the article in white space only", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].text = 'It says "according to people with direct knowledge\n   of the deal".';
      }),
    ).toEqual([]);
  });

  it("ids in introduces and in the view must exist", () => {
    const problems = problemsOf((d) => {
      d.stories[0].steps[1].introduces = { entities: ["john-doe"], relations: ["nothing-here"] };
      d.stories[0].steps[0].view = {
        selection: { kind: "entity", id: "acme-widget-works-control" },
        path: { from: "acme-corp", to: "nobody" },
        filters: { organizations: ["ghost-org"], source: { mode: "only", article: "tabloid" } },
      };
      d.stories[0].steps[1].view.focus.id = "ghost";
    });
    expect(problems).toEqual([
      { path: "stories[0].steps[0].view.selection.id", message: "no entity 'acme-widget-works-control'" },
      { path: "stories[0].steps[0].view.path.to", message: "no entity 'nobody'" },
      { path: "stories[0].steps[0].view.filters.organizations[0]", message: "no entity 'ghost-org'" },
      { path: "stories[0].steps[0].view.filters.source.article", message: "no article 'tabloid'" },
      { path: "stories[0].steps[1].introduces.entities[0]", message: "no entity 'john-doe'" },
      { path: "stories[0].steps[1].introduces.relations[0]", message: "no relation 'nothing-here'" },
      { path: "stories[0].steps[1].view.focus.id", message: "no entity 'ghost'" },
    ]);
  });

  it("story ids are unique", () => {
    expect(
      problemsOf((d) => {
        d.stories.push(structuredClone(d.stories[0]));
      }),
    ).toEqual([{ path: "stories[1].id", message: "duplicate story id 'the-deal' (first at stories[0])" }]);
  });

  it("markup in a story is data like any other text: it passes the checks and is not interpreted", () => {
    const result = checkDataset(
      (() => {
        const d = withStory();
        d.stories[0].steps[0].heading = "<img src=x onerror=alert(1)>";
        return d;
      })(),
      texts,
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset?.stories?.[0]?.steps[0]?.heading).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("quotedPassages", () => {
  it("finds straight, curly, guillemet and low-high quotes", () => {
    expect(quotedPassages('a "b" c “d e” f «g» „h“').passages.map((p) => p.words)).toEqual([
      "b",
      "d e",
      "g",
      "h",
    ]);
  });

  it("leaves apostrophes alone and reports an unclosed or stray mark", () => {
    expect(quotedPassages("Trump’s company’s deal").passages).toEqual([]);
    expect(quotedPassages('one "two').unclosedAt).toBe(4);
    expect(quotedPassages("one two” three").unclosedAt).toBe(7);
  });
});
