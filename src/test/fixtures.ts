// The small dataset the tests build on (unit and browser tests alike), built in code so each test
// reads what it depends on. Every quote is verbatim in its article's text: it passes checkDataset.
// (data/examples/minimal.json is the example shipped for users; tests open it only to prove it works.)
import type { Evidence, LoadedDataset } from "../data/types";

const TEXT =
  "Alice met Bob in Paris. Bob works for Acme. It could not be confirmed whether Carol called Alice.";
const REWRITE_TEXT = "Alice met Bob in Paris. Carol called Alice at night.";

const ev = (quote: string, status: Evidence["status"] = "confirmed", article = "paper"): Evidence => ({
  article,
  quote,
  attribution: article === "paper" ? "The Paper" : "The Blog",
  status,
});

/** One article, five actors (one unnamed, one with no link), three links (one unconfirmed). */
export function tinyDataset(): LoadedDataset {
  return {
    version: 1,
    title: "Tiny",
    articles: [
      {
        id: "paper",
        file: "articles/paper.txt",
        title: "A story",
        publisher: "The Paper",
        author: null,
        published: "2020-01-02",
        url: "https://example.org/story",
        derivedFrom: null,
        text: TEXT,
      },
    ],
    entities: [
      {
        id: "alice",
        name: "Alice",
        aliases: [],
        type: "person",
        countries: ["FR"],
        organizations: [],
        roles: [],
        description: "A person.",
      },
      {
        id: "bob",
        name: "Bob",
        aliases: [],
        type: "person",
        countries: [],
        organizations: ["acme"],
        roles: [],
        description: "A person.",
      },
      {
        id: "acme",
        name: "Acme",
        aliases: [],
        type: "company",
        countries: ["US"],
        organizations: [],
        roles: [],
        description: "A company.",
      },
      {
        id: "carol",
        name: "A caller",
        aliases: [],
        type: "person",
        countries: [],
        organizations: [],
        roles: [],
        description: "Unnamed.",
        unnamed: true,
      },
      {
        id: "loner",
        name: "Loner",
        aliases: [],
        type: "organization",
        countries: [],
        organizations: [],
        roles: [],
        description: "No links.",
      },
    ],
    relations: [
      {
        id: "alice-bob",
        source: "alice",
        target: "bob",
        type: "communication",
        directed: false,
        label: "met",
        status: "confirmed",
        evidence: [ev("Alice met Bob in Paris.")],
      },
      {
        id: "bob-acme",
        source: "bob",
        target: "acme",
        type: "office",
        directed: true,
        label: "works for",
        status: "confirmed",
        evidence: [ev("Bob works for Acme.")],
      },
      {
        id: "carol-alice",
        source: "carol",
        target: "alice",
        type: "communication",
        directed: true,
        label: "called?",
        status: "unconfirmed",
        evidence: [ev("It could not be confirmed whether Carol called Alice.", "unconfirmed")],
      },
    ],
  };
}

/**
 * The tiny dataset plus a blog post rewriting the paper (`derivedFrom: "paper"`): it repeats that
 * Alice met Bob, and states as fact the call the paper could not confirm. bob-acme stays the paper's.
 */
export function tinyDatasetWithRewrite(): LoadedDataset {
  const data = tinyDataset();
  data.articles.push({
    id: "blog",
    file: "articles/blog.txt",
    title: "Paris meeting",
    publisher: "The Blog",
    author: null,
    published: "2020-01",
    url: "https://blog.example.org/paris",
    derivedFrom: "paper",
    text: REWRITE_TEXT,
  });
  const evidenceOf = (id: string) => data.relations.find((r) => r.id === id)?.evidence;
  evidenceOf("alice-bob")?.push(ev("Alice met Bob in Paris.", "confirmed", "blog"));
  evidenceOf("carol-alice")?.push({
    ...ev("Carol called Alice at night.", "reported", "blog"),
    note: "The rewrite states as fact what the original could not confirm.",
  });
  return data;
}
