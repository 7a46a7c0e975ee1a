// Small datasets for unit tests, built in code so each test reads what it depends on.
import type { LoadedDataset, Relation } from "../data/types";

const TEXT =
  "Alice met Bob in Paris. Bob works for Acme. It could not be confirmed whether Carol called Alice.";

export function tinyDataset(): LoadedDataset {
  const ev = (quote: string, status: Relation["status"] = "confirmed") => ({
    article: "paper",
    quote,
    attribution: "The Paper",
    status,
  });
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
