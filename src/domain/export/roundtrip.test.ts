// @vitest-environment jsdom
// Every data export, opened again: JSON through the app's own loader, GraphML and GEXF with an XML
// parser, CSV with an RFC 4180 reader. Whatever the dataset says must come back, including the
// characters formats like to lose (tabs, line breaks, quotes, markup) and cells that look like
// formulas.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkJsonText } from "../../data/open/check";
import type { Entity, LoadedDataset, Relation } from "../../data/types";
import { realDataset } from "../../test/realDataset";
import { dateSides, dateText } from "../time";
import { serializeCsv, serializeDatasetJson, serializeGexf, serializeGraphml } from "./data";
import { unguardCsvField } from "./text";
import { allIds } from "./visible";

const noTexts = new Map<string, string>();

function openJson(name: string, text: string, texts: ReadonlyMap<string, string> = noTexts): LoadedDataset {
  const outcome = checkJsonText(name, text, texts);
  if (!outcome.ok) throw new Error(`${name} does not open: ${JSON.stringify(outcome.problems)}`);
  return outcome.dataset;
}

/** A dataset whose text fields hold what exports tend to lose; its article text is embedded. */
function awkwardDataset(): LoadedDataset {
  const text =
    "Line one\nLine\ttwo\r\nThe =SUM(A1) deal; \"quoted\" & <b>bold</b>, said 'Ana'.\n- Minus first.";
  const json = {
    version: 1,
    title: 'Awkward <title> & "quotes"',
    description: "Tabs\there,\nline breaks\r\nand carriage returns.",
    articles: [
      {
        id: "paper",
        file: "articles/paper.txt",
        title: '=HYPERLINK("https://example.org")',
        publisher: "@Publisher; =1+1",
        author: "+Ana\tLima",
        published: "2024-03",
        url: "https://example.org/a?b=1&c=2",
        derivedFrom: null,
        text,
      },
    ],
    entities: [
      {
        id: "ana",
        name: "Ana\u00a0Lima", // names may hold no tab or other control character (schema.ts)
        aliases: ["=cmd|' /C calc'!A0", "Lima; =2+2"],
        type: "person",
        countries: ["PT", "BR"],
        organizations: ["works"],
        roles: ["chair,\nboard", " -3 dB"],
        description: "Line one\nLine two\r\nLine three\r\tindented",
        unnamed: true,
      },
      {
        id: "works",
        name: "'Quoted' Works",
        aliases: [],
        type: "company",
        countries: [],
        organizations: [],
        roles: [],
        description: "'=already guarded?",
      },
    ],
    relations: [
      {
        id: "ana-works",
        source: "ana",
        target: "works",
        type: "office",
        directed: true,
        label: "@chair of",
        status: "reported",
        date: "2024-01",
        period: "since\nJanuary",
        note: "＝full-width equals",
        evidence: [
          {
            article: "paper",
            quote: "Line\ttwo\r\nThe =SUM(A1) deal;",
            attribution: "-people familiar",
            status: "reported",
            note: "a note\twith a tab",
          },
          {
            article: "paper",
            quote: "\"quoted\" & <b>bold</b>, said 'Ana'.",
            attribution: "the paper",
            status: "confirmed",
          },
        ],
      },
    ],
  };
  return openJson("awkward.json", JSON.stringify(json));
}

const parseXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
};

/** The values written for each entity and relation, as GraphML and GEXF both carry them. */
function expectedNode(e: Entity): Record<string, string> {
  return {
    type: e.type,
    countries: e.countries.join(", "),
    unnamed: String(e.unnamed === true),
    aliases: e.aliases.join("; "),
    roles: e.roles.join("; "),
    organizations: e.organizations.join(", "),
    description: e.description,
  };
}
function expectedEdge(r: Relation): Record<string, string> {
  return {
    type: r.type,
    label: r.label,
    status: r.status,
    directed: String(r.directed),
    date: r.date !== undefined ? dateText(r.date) : "",
    period: r.period ?? "",
    note: r.note ?? "",
    evidence_count: String(r.evidence.length),
  };
}
/** Every part of every excerpt is in the relation's evidence text, unaltered. */
function expectEvidence(text: string | null | undefined, r: Relation) {
  for (const e of r.evidence) {
    expect(text).toContain(`“${e.quote}”`);
    expect(text).toContain(e.attribution);
    expect(text).toContain(e.status);
    if (e.note !== undefined) expect(text).toContain(e.note);
  }
}

interface CsvCell {
  value: string;
  quoted: boolean;
}
/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
function parseCsv(text: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let cell: CsvCell = { value: "", quoted: false };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell.value += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell.value += ch;
    } else if (ch === '"') {
      expect(cell.value).toBe(""); // a quote opens a field or nothing
      inQuotes = cell.quoted = true;
    } else if (ch === ",") {
      row.push(cell);
      cell = { value: "", quoted: false };
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = { value: "", quoted: false };
      i++;
    } else cell.value += ch;
  }
  expect(cell).toEqual({ value: "", quoted: false });
  expect(row).toEqual([]);
  return rows;
}
/** Columns that hold numbers or booleans, written bare; every other non-empty field is text. */
const BARE_COLUMNS = new Set(["unnamed", "directed", "evidence_count", "number"]);
function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  for (const row of rows) {
    expect(row).toHaveLength(header.length);
    for (const [i, cell] of row.entries()) {
      // Every text field is quoted, so a `;` never splits it, whatever separator a spreadsheet uses.
      if (cell.value !== "") expect(cell.quoted).toBe(!BARE_COLUMNS.has(header[i]?.value ?? ""));
    }
  }
  return rows.map((row) =>
    Object.fromEntries(header.map((h, i) => [h.value, unguardCsvField(row[i]?.value ?? "")])),
  );
}

const datasets: [string, () => { dataset: LoadedDataset; texts: ReadonlyMap<string, string> }][] = [
  ["the curated dataset", () => curated()],
  [
    "data/examples/minimal.json (texts embedded)",
    () => ({
      dataset: openJson("minimal.json", readFileSync("data/examples/minimal.json", "utf8")),
      texts: noTexts,
    }),
  ],
  ["a dataset of awkward text", () => ({ dataset: awkwardDataset(), texts: noTexts })],
];

function curated() {
  const { dataset } = realDataset();
  const texts = new Map(dataset.articles.map((a) => [a.file, a.text] as const));
  return { dataset, texts };
}

describe.each(datasets)("%s", (_name, make) => {
  it("should open again from its JSON export, through the app's loader, with nothing changed", () => {
    const { dataset, texts } = make();
    const exported = serializeDatasetJson(dataset, allIds(dataset));
    const reopened = openJson("export.json", exported, texts);
    expect(reopened).toEqual(dataset);
    // …and exporting the reopened dataset writes the same file again.
    expect(serializeDatasetJson(reopened, allIds(reopened))).toBe(exported);
  });

  it("should keep every value, tabs and line breaks included, in GraphML", () => {
    const { dataset } = make();
    const doc = parseXml(serializeGraphml(dataset, allIds(dataset)));
    const data = (el: Element | undefined) =>
      Object.fromEntries(
        [...(el?.getElementsByTagName("data") ?? [])].map((d) => [d.getAttribute("key"), d.textContent]),
      );
    const nodes = [...doc.getElementsByTagName("node")];
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(dataset.entities.map((e) => e.id));
    for (const [i, e] of dataset.entities.entries()) {
      const values = data(nodes[i]);
      expect(values.label).toBe(e.name);
      for (const [key, value] of Object.entries(expectedNode(e))) expect(values[`n_${key}`]).toBe(value);
    }
    const edges = [...doc.getElementsByTagName("edge")];
    expect(edges.map((n) => n.getAttribute("id"))).toEqual(dataset.relations.map((r) => r.id));
    for (const [i, r] of dataset.relations.entries()) {
      const edge = edges[i];
      expect([edge?.getAttribute("source"), edge?.getAttribute("target")]).toEqual([r.source, r.target]);
      const values = data(edge);
      for (const [key, value] of Object.entries(expectedEdge(r))) expect(values[`e_${key}`]).toBe(value);
      expectEvidence(values.e_evidence, r);
    }
  });

  it("should keep every attribute value, tabs and line breaks included, in GEXF", () => {
    const { dataset } = make();
    const doc = parseXml(serializeGexf(dataset, allIds(dataset), "2026-11-30"));
    const attvalues = (el: Element | undefined) =>
      Object.fromEntries(
        [...(el?.getElementsByTagName("attvalue") ?? [])].map((a) => [
          a.getAttribute("for"),
          a.getAttribute("value"),
        ]),
      );
    expect(doc.querySelector("meta description")?.textContent).toBe(dataset.title);
    const nodes = [...doc.getElementsByTagName("node")];
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(dataset.entities.map((e) => e.id));
    for (const [i, e] of dataset.entities.entries()) {
      expect(nodes[i]?.getAttribute("label")).toBe(e.name);
      expect(attvalues(nodes[i])).toEqual(expectedNode(e));
    }
    const edges = [...doc.getElementsByTagName("edge")];
    expect(edges.map((n) => n.getAttribute("id"))).toEqual(dataset.relations.map((r) => r.id));
    for (const [i, r] of dataset.relations.entries()) {
      const edge = edges[i];
      expect(edge?.getAttribute("label")).toBe(r.label);
      expect(edge?.getAttribute("type")).toBe(r.directed ? "directed" : "undirected");
      const { evidence, ...values } = attvalues(edge);
      expect(values).toEqual(expectedEdge(r));
      expectEvidence(evidence, r);
    }
  });

  it("should read back from CSV, every text field quoted, field for field", () => {
    const { dataset } = make();
    const files = serializeCsv(dataset, allIds(dataset));
    expect(csvRecords(files.entities)).toEqual(
      dataset.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        unnamed: String(e.unnamed === true),
        countries: e.countries.join(";"),
        organizations: e.organizations.join(";"),
        roles: e.roles.join("; "),
        aliases: e.aliases.join("; "),
        description: e.description,
      })),
    );
    expect(csvRecords(files.relations)).toEqual(
      dataset.relations.map((r) => ({
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        directed: String(r.directed),
        label: r.label,
        status: r.status,
        date_start: dateSides(r.date).start,
        date_end: dateSides(r.date).end,
        date_precision: dateSides(r.date).precision,
        period: r.period ?? "",
        note: r.note ?? "",
        evidence_count: String(r.evidence.length),
      })),
    );
    const articles = new Map(dataset.articles.map((a) => [a.id, a]));
    expect(csvRecords(files.evidence)).toEqual(
      dataset.relations.flatMap((r) =>
        r.evidence.map((e, i) => ({
          relation_id: r.id,
          number: String(i + 1),
          article: e.article,
          publisher: articles.get(e.article)?.publisher,
          published: articles.get(e.article)?.published,
          status: e.status,
          attribution: e.attribution,
          quote: e.quote,
          note: e.note ?? "",
        })),
      ),
    );
  });
});

describe("CSV formula guard", () => {
  it("should leave no text cell that a spreadsheet would run as a formula", () => {
    const dataset = awkwardDataset();
    const files = serializeCsv(dataset, allIds(dataset));
    for (const text of Object.values(files)) {
      for (const row of parseCsv(text)) {
        for (const { value } of row)
          expect(value).not.toMatch(/^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      }
    }
    // The guard is an apostrophe in front, nothing else: the excerpt stays word for word behind it.
    expect(files.evidence).toContain('"\'-people familiar"');
    expect(files.entities).toContain(`"'=cmd|' /C calc'!A0; Lima; =2+2"`);
    expect(files.entities).toContain(`"''=already guarded?"`);
  });
});
