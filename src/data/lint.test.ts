import { describe, expect, it } from "vitest";
import { realDataset } from "../test/realDataset";
import { type LintWarning, lintDataset } from "./lint";
import { checkDataset } from "./open/check";
import { CONTEXT_CHARS, excerptContext, sentenceSpans } from "./sentences";
import type { Dataset, Evidence, Relation } from "./types";

const TEXT = [
  "The Harbour Gazette, 1 March 2024.",
  "",
  "The Port Authority has signed a dredging contract with Deepwater Works, according to two officials. It could not be confirmed whether Ana Lima, the authority's chair, approved the payment of 3 million euros to Deepwater Works in January.",
  "The regulator is investigating the contract out of concern that Deepwater Works may have bribed an inspector. Ana Lima said her brother Tom Lima runs Deepwater Works.",
].join("\n");

function evidence(
  quote: string,
  status: Evidence["status"] = "reported",
  extra: Partial<Evidence> = {},
): Evidence {
  return { article: "gazette", quote, attribution: "the Gazette", status, ...extra };
}

function relation(id: string, fields: Partial<Relation> & { evidence: Evidence[] }): Relation {
  return {
    id,
    source: "port-authority",
    target: "deepwater-works",
    type: "business",
    directed: false,
    label: "a link",
    status: fields.evidence[0]?.status ?? "reported",
    ...fields,
  };
}

/** A small valid dataset about the text above; each test adds or changes one thing. */
function dataset(
  relations: Relation[],
  entityOverrides: Partial<Dataset["entities"][number]>[] = [],
): Dataset {
  const base: Dataset = {
    version: 1,
    title: "Harbour",
    articles: [
      {
        id: "gazette",
        file: "articles/gazette.txt",
        title: "Dredging",
        publisher: "The Harbour Gazette",
        author: null,
        published: "2024-03-01",
        url: "https://example.com/a",
        derivedFrom: null,
        text: TEXT,
      },
    ],
    entities: [
      {
        id: "port-authority",
        name: "Port Authority",
        aliases: [],
        type: "agency",
        countries: [],
        organizations: [],
        roles: [],
        description: "The harbour's authority.",
      },
      {
        id: "deepwater-works",
        name: "Deepwater Works",
        aliases: [],
        type: "company",
        countries: [],
        organizations: [],
        roles: [],
        description: "A dredging company.",
      },
      {
        id: "ana-lima",
        name: "Ana Lima",
        aliases: [],
        type: "person",
        countries: [],
        organizations: [],
        roles: [],
        description: "The chair.",
      },
      {
        id: "tom-lima",
        name: "Tom Lima",
        aliases: [],
        type: "person",
        countries: [],
        organizations: [],
        roles: [],
        description: "Her brother.",
      },
    ],
    relations: [
      relation("anchor-ana", {
        source: "ana-lima",
        target: "tom-lima",
        type: "family",
        evidence: [evidence("Ana Lima said her brother Tom Lima runs Deepwater Works.")],
      }),
      relation("anchor-tom", {
        source: "tom-lima",
        target: "deepwater-works",
        type: "control",
        evidence: [evidence("Ana Lima said her brother Tom Lima runs Deepwater Works.")],
      }),
      relation("anchor-authority", {
        evidence: [
          evidence(
            "The Port Authority has signed a dredging contract with Deepwater Works, according to two officials.",
          ),
        ],
      }),
      ...relations,
    ],
  };
  entityOverrides.forEach((o, i) => {
    base.entities[i] = { ...(base.entities[i] as Dataset["entities"][number]), ...o };
  });
  // Every fixture must be a valid dataset first: the lint runs only on what checkDataset accepts.
  const checked = checkDataset(base, {});
  expect(checked.problems).toEqual([]);
  return base;
}

const rulesOf = (warnings: LintWarning[]) => warnings.map((w) => `${w.rule} ${w.path}`);

describe("lintDataset", () => {
  it("is quiet on a dataset that says no more than its article", () => {
    expect(lintDataset(dataset([]))).toEqual([]);
  });

  describe("excerpt-drops-frame", () => {
    it("flags a confirmed excerpt cut from its trailing attribution", () => {
      const w = lintDataset(
        dataset([
          relation("r", {
            evidence: [
              evidence("The Port Authority has signed a dredging contract with Deepwater Works", "confirmed"),
            ],
          }),
        ]),
      );
      expect(rulesOf(w)).toEqual(["excerpt-drops-frame relations[3].evidence[0].quote"]);
      expect(w[0]?.message).toContain('"according to"');
    });

    it("accepts the same cut when the status is reported, and the widened excerpt when confirmed", () => {
      const cut = "The Port Authority has signed a dredging contract with Deepwater Works";
      expect(lintDataset(dataset([relation("r", { evidence: [evidence(cut, "reported")] })]))).toEqual([]);
      const whole = `${cut}, according to two officials.`;
      expect(lintDataset(dataset([relation("r", { evidence: [evidence(whole, "confirmed")] })]))).toEqual([]);
    });

    it("flags a reported excerpt that drops the hedge before it, and accepts it unconfirmed", () => {
      const cut =
        "Ana Lima, the authority's chair, approved the payment of 3 million euros to Deepwater Works";
      const flagged = lintDataset(
        dataset([relation("r", { type: "financial", evidence: [evidence(cut, "reported")] })]),
      );
      expect(rulesOf(flagged)).toEqual(["excerpt-drops-frame relations[3].evidence[0].quote"]);
      expect(flagged[0]?.message).toContain('"could not be confirmed"');
      const hedged = lintDataset(
        dataset([
          relation("r", {
            type: "financial",
            status: "unconfirmed",
            evidence: [evidence(cut, "unconfirmed")],
          }),
        ]),
      );
      expect(hedged).toEqual([]);
    });

    it("flags a concern cut away ('out of concern that … may')", () => {
      const w = lintDataset(
        dataset([
          relation("r", {
            type: "financial",
            evidence: [evidence("Deepwater Works may have bribed an inspector.")],
          }),
        ]),
      );
      expect(w.map((x) => x.rule)).toEqual(["excerpt-drops-frame"]);
      expect(w[0]?.message).toContain('"out of concern"');
    });

    it("is silenced by an acknowledgement on that evidence, with its reason", () => {
      const cut = "The Port Authority has signed a dredging contract with Deepwater Works";
      const acknowledge = [
        { rule: "excerpt-drops-frame" as const, reason: "The officials are quoted elsewhere in full." },
      ];
      const w = lintDataset(
        dataset([relation("r", { evidence: [evidence(cut, "confirmed", { acknowledge })] })]),
      );
      expect(w).toEqual([]);
    });
  });

  describe("excerpt-too-short", () => {
    it("flags an excerpt of fewer than five words and accepts five", () => {
      const short = lintDataset(dataset([relation("r", { evidence: [evidence("dredging contract with")] })]));
      expect(rulesOf(short)).toEqual(["excerpt-too-short relations[3].evidence[0].quote"]);
      const five = lintDataset(
        dataset([relation("r", { evidence: [evidence("signed a dredging contract with Deepwater")] })]),
      );
      expect(five).toEqual([]);
    });
  });

  describe("excerpt-cuts-word", () => {
    it("flags an excerpt that starts or ends inside a word", () => {
      const starts = lintDataset(
        dataset([relation("r", { evidence: [evidence("ort Authority has signed a dredging contract")] })]),
      );
      expect(rulesOf(starts)).toEqual(["excerpt-cuts-word relations[3].evidence[0].quote"]);
      expect(starts[0]?.message).toContain("starts inside a word");
      const ends = lintDataset(
        dataset([relation("r", { evidence: [evidence("Port Authority has signed a dredging contra")] })]),
      );
      expect(ends[0]?.message).toContain("ends inside a word");
    });

    it("accepts an excerpt on word boundaries", () => {
      const w = lintDataset(
        dataset([relation("r", { evidence: [evidence("Port Authority has signed a dredging contract")] })]),
      );
      expect(w).toEqual([]);
    });
  });

  describe("alias-not-in-articles", () => {
    it("flags an alias no article uses, and accepts one it uses (apostrophes and case folded)", () => {
      const w = lintDataset(dataset([], [{ aliases: ["the authority’s", "PA"] }]));
      expect(rulesOf(w)).toEqual(["alias-not-in-articles entities[0].aliases[1]"]);
      expect(w[0]?.message).toContain("'PA'");
    });

    it("does not take a part of a word for the alias", () => {
      expect(lintDataset(dataset([], [{ aliases: ["Deep"] }])).map((w) => w.rule)).toEqual([
        "alias-not-in-articles",
      ]);
    });
  });

  describe("type-vocabulary", () => {
    it("flags a control link whose excerpts never speak of owning, directing or overseeing", () => {
      const w = lintDataset(
        dataset([
          relation("r", {
            type: "control",
            evidence: [
              evidence(
                "The Port Authority has signed a dredging contract with Deepwater Works, according to two officials.",
              ),
            ],
          }),
        ]),
      );
      expect(rulesOf(w)).toEqual(["type-vocabulary relations[3].type"]);
      expect(w[0]?.message).toContain("owns, directs or oversees");
    });

    it("accepts a control link that says 'runs', and a family link that says 'brother'", () => {
      // Both anchors of the fixture are exactly these: the quiet fixture above proves it.
      expect(lintDataset(dataset([])).filter((w) => w.rule === "type-vocabulary")).toEqual([]);
    });

    it("is silenced by an acknowledgement on the relation", () => {
      const w = lintDataset(
        dataset([
          relation("r", {
            type: "control",
            acknowledge: [
              {
                rule: "type-vocabulary",
                reason: "The contract gives the authority oversight, said elsewhere.",
              },
            ],
            evidence: [
              evidence(
                "The Port Authority has signed a dredging contract with Deepwater Works, according to two officials.",
              ),
            ],
          }),
        ]),
      );
      expect(w).toEqual([]);
    });
  });

  describe("isolated-entity", () => {
    it("flags an actor with no link, unless acknowledged", () => {
      const d = dataset([]);
      d.entities.push({
        id: "inspector",
        name: "An inspector",
        aliases: [],
        type: "person",
        countries: [],
        organizations: [],
        roles: [],
        description: "x",
      });
      expect(rulesOf(lintDataset(d))).toEqual(["isolated-entity entities[4]"]);
      d.entities[4] = {
        ...(d.entities[4] as Dataset["entities"][number]),
        acknowledge: [{ rule: "isolated-entity", reason: "Kept for the reader's search." }],
      };
      expect(lintDataset(d)).toEqual([]);
    });
  });

  describe("date-not-in-excerpts", () => {
    const payment =
      "It could not be confirmed whether Ana Lima, the authority's chair, approved the payment of 3 million euros to Deepwater Works in January.";
    const paid = (date: string) =>
      relation("r", {
        source: "ana-lima",
        type: "financial",
        status: "unconfirmed",
        date,
        evidence: [evidence(payment, "unconfirmed")],
      });

    it("accepts a month named in the cited sentence", () => {
      expect(lintDataset(dataset([paid("2024-01")]))).toEqual([]);
    });

    it("flags a date the cited sentences do not give", () => {
      expect(rulesOf(lintDataset(dataset([paid("2023-12")])))).toEqual([
        "date-not-in-excerpts relations[3].date",
      ]);
      expect(rulesOf(lintDataset(dataset([paid("2022")])))).toEqual([
        "date-not-in-excerpts relations[3].date",
      ]);
    });

    it("checks each side of a range, and an excerpt's own date against its sentence", () => {
      const since = relation("r", {
        source: "ana-lima",
        type: "financial",
        status: "unconfirmed",
        date: { start: "2024-01" },
        evidence: [evidence(payment, "unconfirmed", { date: "2024-01" })],
      });
      expect(lintDataset(dataset([since]))).toEqual([]);
      const wrong = { ...since, date: { start: "2024-01", end: "2024-02" } };
      expect(rulesOf(lintDataset(dataset([wrong])))).toEqual(["date-not-in-excerpts relations[3].date"]);
      const wrongExcerpt = { ...since, evidence: [evidence(payment, "unconfirmed", { date: "2023" })] };
      expect(rulesOf(lintDataset(dataset([wrongExcerpt])))).toEqual([
        "date-not-in-excerpts relations[3].evidence[0].date",
      ]);
    });

    it("reads 'last month' and 'last year' against the article's date, and full dates", () => {
      const text = "Deepwater Works was paid last month, and Ana Lima met Tom Lima on March 1 last year.";
      const d = dataset([]);
      d.articles[0] = { ...(d.articles[0] as Dataset["articles"][number]), text };
      d.relations = [
        relation("a", {
          source: "ana-lima",
          target: "tom-lima",
          type: "diplomatic",
          date: "2023-03-01",
          evidence: [evidence("Ana Lima met Tom Lima on March 1 last year.")],
        }),
        relation("b", {
          source: "ana-lima",
          target: "tom-lima",
          type: "diplomatic",
          date: "2023",
          evidence: [evidence("Ana Lima met Tom Lima on March 1 last year.")],
        }),
        relation("c", {
          type: "financial",
          date: "2024-02",
          evidence: [evidence("Deepwater Works was paid last month")],
        }),
        relation("d", {
          type: "financial",
          date: "2024-01",
          evidence: [evidence("Deepwater Works was paid last month")],
        }),
      ];
      expect(rulesOf(lintDataset(d))).toEqual(["date-not-in-excerpts relations[3].date"]);
    });
  });
});

describe("sentenceSpans and excerptContext", () => {
  it("does not end a sentence at initials or abbreviations", () => {
    const text =
      'This official, Jose E.B. Antonio, met U.S. officials on Feb. 13. "It is hard," he said. Next.';
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());
    expect(sentences).toEqual([
      "This official, Jose E.B. Antonio, met U.S. officials on Feb. 13.",
      '"It is hard," he said.',
      "Next.",
    ]);
  });

  it("gives the clause before an excerpt (after a semicolon or dash) and the rest of its sentence", () => {
    const text =
      "Surveillance determined that X laundered money; that information was shared, a source said.";
    const start = text.indexOf("that information");
    const context = excerptContext(
      text,
      sentenceSpans(text),
      start,
      start + "that information was shared".length,
    );
    expect(context.before).toBe(" ");
    expect(context.after).toBe(", a source said.");
  });
});

describe("the curated dataset", () => {
  it("passes every editorial check, its exceptions acknowledged in the data", () => {
    expect(lintDataset(realDataset().dataset)).toEqual([]);
  });
});

describe("editorial checks on a hostile text stay bounded", () => {
  it("reads at most CONTEXT_CHARS either side of an excerpt, however long its sentence", () => {
    const text = `${"a".repeat(100_000)} reportedly ${"b".repeat(100_000)}.`;
    const start = 100_000 + " reportedly ".length;
    const context = excerptContext(text, sentenceSpans(text), start, start + 10);
    expect(context.sentence.length).toBeLessThanOrEqual(2 * CONTEXT_CHARS + 10);
    expect(context.before).toContain("reportedly");
    expect(text.indexOf(context.sentence)).toBeGreaterThan(0);
  });
});
