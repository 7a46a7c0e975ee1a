import { describe, expect, it } from "vitest";
import { tinyDatasetWithRewrite } from "../test/fixtures";
import { checkDataset } from "./open/check";
import { quotedPassages } from "./storyChecks";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to break one rule at a time
type Json = any;

/** The tiny fixture's paper and its rewrite (the blog), with embedded texts. */
const minimal: Json = tinyDatasetWithRewrite();
const texts: Record<string, string> = {};

/** A story on the minimal dataset that passes every check. */
function withStory(): Json {
  const data = structuredClone(minimal);
  data.stories = [
    {
      id: "the-meeting",
      title: "How Alice met Bob",
      steps: [
        {
          heading: "The meeting",
          text: 'Alice "met Bob in Paris", say the paper and the blog.',
          cites: [
            { relation: "alice-bob", evidence: 0 },
            { relation: "alice-bob", evidence: 1 },
          ],
          view: { selection: { kind: "relation", id: "alice-bob" } },
        },
        {
          heading: "A call nobody could confirm",
          text: "The paper says it “could not be confirmed” whether Carol called Alice; the blog says Carol “called Alice at night”.",
          cites: [
            { relation: "carol-alice", evidence: 0 },
            { relation: "carol-alice", evidence: 1 },
          ],
          view: { focus: { id: "carol", depth: 1 }, filters: { statuses: ["unconfirmed"] } },
          introduces: { entities: ["carol"], relations: ["carol-alice"] },
        },
        {
          heading: "Everyone",
          text: "The whole network.",
          cites: [{ relation: "alice-bob", evidence: 0 }],
          introduces: { all: true },
        },
      ],
    },
  ];
  return data;
}

function problemsOf(mutate: (data: Json) => void): { path: string; message: string }[] {
  const data = withStory();
  mutate(data);
  return checkDataset(data, texts).problems.map(({ path, message }) => ({ path, message }));
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
      d.stories[0].id = "The Meeting";
      d.stories[0].steps[0].colour = "red";
      d.stories[0].steps[2].heading = "x".repeat(201);
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      "stories[0].id",
      "stories[0].steps[0].colour",
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
      { path: "stories[0].steps", message: expect.stringMatching(/1,000/) },
    ]);
  });
});

describe("stories: integrity", () => {
  it("a cited relation must exist", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[1].cites[0].relation = "acme-carol-friendship";
      }),
    ).toEqual([
      { path: "stories[0].steps[1].cites[0].relation", message: "no relation 'acme-carol-friendship'" },
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
        message: "relation 'alice-bob' has no evidence[2] (it has 2 excerpts)",
      },
    ]);
  });

  it("words in quotation marks must be verbatim in a cited article", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].text = 'Alice "met Bob in Rome".';
      }),
    ).toEqual([
      {
        path: "stories[0].steps[0].text",
        message: "quoted words \"met Bob in Rome\": not found in the cited articles 'paper', 'blog'",
      },
    ]);
  });

  it("quoted words found only in an article the step does not cite fail", () => {
    // "at night" is the blog's; step 1 cites only the paper here.
    expect(
      problemsOf((d) => {
        d.stories[0].steps[1].cites = [{ relation: "carol-alice", evidence: 0 }];
        d.stories[0].steps[1].text = "The blog says Carol “called Alice” “at night”.";
      }),
    ).toEqual([
      {
        path: "stories[0].steps[1].text",
        message: "quoted words \"at night\": not found in the cited article 'paper'",
      },
    ]);
  });

  it("headings are checked too, and an unclosed quotation mark is reported", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].heading = "“Met” in Paris";
        d.stories[0].steps[1].text = "She “called Alice.";
      }),
    ).toEqual([
      {
        path: "stories[0].steps[0].heading",
        message: "quoted words \"Met\": not found in the cited articles 'paper', 'blog'",
      },
      { path: "stories[0].steps[1].text", message: "quotation mark at character 5 is not closed" },
    ]);
  });

  it("quoted words may differ from the article in white space only", () => {
    expect(
      problemsOf((d) => {
        d.stories[0].steps[0].text = 'It says "Alice met Bob\n   in Paris".';
      }),
    ).toEqual([]);
  });

  it("ids in introduces and in the view must exist", () => {
    const problems = problemsOf((d) => {
      d.stories[0].steps[1].introduces = { entities: ["john-doe"], relations: ["nothing-here"] };
      d.stories[0].steps[0].view = {
        selection: { kind: "entity", id: "alice-bob" },
        path: { from: "alice", to: "nobody" },
        filters: { organizations: ["ghost-org"], source: { mode: "only", article: "tabloid" } },
      };
      d.stories[0].steps[1].view.focus.id = "ghost";
    });
    expect(problems).toEqual([
      { path: "stories[0].steps[0].view.selection.id", message: "no entity 'alice-bob'" },
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
    ).toEqual([{ path: "stories[1].id", message: "duplicate story id 'the-meeting' (first at stories[0])" }]);
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
