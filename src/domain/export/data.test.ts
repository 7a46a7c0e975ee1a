// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDataset } from "../../data/open/check";
import { tinyDataset } from "../../test/fixtures";
import { serializeCsv, serializeDatasetJson, serializeGexf, serializeGraphml, toDatasetJson } from "./data";
import { allIds, type ShownIds } from "./visible";

const texts = () => Object.fromEntries(tinyDataset().articles.map((a) => [a.id, a.text]));
const parseXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
};
/** Alice, Bob and the link between them; Acme (Bob's employer) is filtered out. */
const someIds = (): ShownIds => ({
  entities: new Set(["alice", "bob", "carol"]),
  relations: new Set(["alice-bob", "bob-acme", "carol-alice"]),
});

describe("toDatasetJson", () => {
  it("keeps the whole dataset loadable: it passes checkDataset and round-trips", () => {
    const data = tinyDataset();
    const text = serializeDatasetJson(data, allIds(data));
    const { dataset, problems } = checkDataset(JSON.parse(text), texts());
    expect(problems).toEqual([]);
    expect(dataset?.entities).toEqual(data.entities);
    expect(dataset?.relations).toEqual(data.relations);
    expect(serializeDatasetJson({ ...data, ...(dataset ?? {}) }, allIds(data))).toBe(text);
  });

  it("exports only shown entities and relations, never a dangling link or membership", () => {
    const out = toDatasetJson(tinyDataset(), someIds());
    expect(out.entities.map((e) => e.id)).toEqual(["alice", "bob", "carol"]);
    // bob-acme is listed as shown but Acme is not: the link is dropped, and so is Bob's membership.
    expect(out.relations.map((r) => r.id)).toEqual(["alice-bob", "carol-alice"]);
    expect(out.entities.find((e) => e.id === "bob")?.organizations).toEqual([]);
    expect(checkDataset(out, texts()).problems).toEqual([]);
  });

  it("keeps the stories that hold in what is exported, and drops those about what was left out", () => {
    const step = (relation: string) => ({
      heading: relation,
      text: "A step.",
      cites: [{ relation, evidence: 0 }],
    });
    const stories = [
      { id: "shown", title: "About what is shown", steps: [step("alice-bob")] },
      { id: "hidden", title: "About Acme", steps: [step("alice-bob"), step("bob-acme")] },
    ];
    const out = toDatasetJson({ ...tinyDataset(), stories }, someIds());
    expect(out.stories?.map((s) => s.id)).toEqual(["shown"]);
    expect(checkDataset(out, texts()).problems).toEqual([]);
    expect(toDatasetJson(tinyDataset(), someIds())).not.toHaveProperty("stories");
  });

  it("keeps every article, without copying its text", () => {
    const out = toDatasetJson(tinyDataset(), { entities: new Set(), relations: new Set() });
    expect(out.articles.map((a) => a.id)).toEqual(["paper"]);
    expect(out.articles[0]).not.toHaveProperty("text");
  });
});

describe("serializeGraphml", () => {
  it("parses as XML with one node and edge per shown element and typed attributes", () => {
    const doc = parseXml(serializeGraphml(tinyDataset(), someIds()));
    expect(doc.getElementsByTagName("node")).toHaveLength(3);
    expect(doc.getElementsByTagName("edge")).toHaveLength(2);
    const carol = [...doc.getElementsByTagName("node")].find((n) => n.getAttribute("id") === "carol");
    const values = Object.fromEntries(
      [...(carol?.getElementsByTagName("data") ?? [])].map((d) => [d.getAttribute("key"), d.textContent]),
    );
    expect(values).toMatchObject({ label: "A caller", n_type: "person", n_unnamed: "true" });
    const edge = doc.querySelector('edge[id="carol-alice"]');
    expect(edge?.getAttribute("directed")).toBe("true");
    expect(edge?.querySelector('data[key="e_evidence"]')?.textContent).toContain(
      "It could not be confirmed whether Carol called Alice.",
    );
  });

  it("escapes markup, quotes and control characters in dataset text", () => {
    const data = tinyDataset();
    const alice = data.entities[0];
    if (alice) alice.name = `<b>"Al" & 'Ice'</b>\u0001`;
    const doc = parseXml(serializeGraphml(data, allIds(data)));
    expect(doc.querySelector('node[id="alice"] data[key="label"]')?.textContent).toBe(`<b>"Al" & 'Ice'</b>`);
  });
});

describe("serializeGexf", () => {
  it("parses as XML, declares attributes, and counts nodes and edges", () => {
    const data = tinyDataset();
    const doc = parseXml(serializeGexf(data, allIds(data), "2026-01-02"));
    expect(doc.documentElement.getAttribute("version")).toBe("1.3");
    expect(doc.getElementsByTagName("node")).toHaveLength(5);
    expect(doc.getElementsByTagName("edge")).toHaveLength(3);
    const attrs = [...doc.querySelectorAll('attributes[class="node"] attribute')].map((a) =>
      a.getAttribute("id"),
    );
    expect(attrs).toEqual(expect.arrayContaining(["type", "countries", "unnamed"]));
    expect(doc.querySelector('node[id="alice"] attvalue[for="countries"]')?.getAttribute("value")).toBe("FR");
    expect(doc.querySelector('edge[id="bob-acme"]')?.getAttribute("type")).toBe("directed");
  });
});

describe("serializeCsv", () => {
  it("writes one row per shown entity, relation and excerpt", () => {
    const files = serializeCsv(tinyDataset(), someIds());
    const rows = (t: string) => t.trimEnd().split("\r\n");
    expect(rows(files.entities)).toHaveLength(1 + 3);
    expect(rows(files.relations)).toHaveLength(1 + 2);
    expect(rows(files.evidence)).toHaveLength(1 + 2);
    expect(rows(files.evidence)[1]).toBe(
      '"alice-bob",1,"paper","The Paper","2020-01-02","confirmed","The Paper","Alice met Bob in Paris.",',
    );
  });
});

describe("serializeCsv: control and bidi-override characters", () => {
  it("drops them from every text cell, names and excerpts alike, and keeps the rest of the text", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const dataset = tinyDataset();
    const [alice] = dataset.entities;
    const [relation] = dataset.relations;
    if (!alice || !relation?.evidence[0]) throw new Error("fixture changed");
    alice.name = "Ali\u202ece\u0007";
    alice.description = "\u2066=HYPERLINK(1)\u2069 \u0085next";
    relation.label = "met \u202dsecretly\u202c";
    relation.evidence[0].quote = "Alice met\u0000 Bob\u001b in Paris.\nOn two lines.";
    const files = serializeCsv(dataset, allIds(dataset));
    for (const text of Object.values(files)) expect(UNSAFE.test(text)).toBe(false);
    expect(files.entities).toContain('"Alice"');
    // Stripped first, then guarded: a formula hidden behind an isolate is still defused.
    expect(files.entities).toContain(`"'=HYPERLINK(1) next"`);
    expect(files.relations).toContain('"met secretly"');
    expect(files.evidence).toContain('"Alice met Bob in Paris.\nOn two lines."');
  });
});

describe("the curated dataset", () => {
  it("exports in full and passes checkDataset with its article texts", () => {
    const data = JSON.parse(readFileSync("data/graph.json", "utf8"));
    const articleTexts = Object.fromEntries(
      data.articles.map((a: { id: string; file: string }) => [a.id, readFileSync(`data/${a.file}`, "utf8")]),
    );
    const out = JSON.parse(serializeDatasetJson(data, allIds(data)));
    expect(checkDataset(out, articleTexts).problems).toEqual([]);
    expect(out).toEqual(data);
  });
});
