// The data exports of what is shown: the dataset's own JSON format (it loads back), GraphML and GEXF
// (Gephi, yEd, networkx …) and three CSV tables. Pure: dataset + shown ids in, text out.
import type { Article, Dataset, Evidence, Relation, Story } from "../../data/types";
import { dateSides, dateText, spellOf } from "../time";
import { csvTable, escapeXml } from "./text";
import { type ShownIds, shownElements } from "./visible";

type Source = Omit<Dataset, "articles"> & {
  articles: Article[];
  /** Articles whose text came embedded in the opened file (LoadedDataset.embeddedTexts). */
  embeddedTexts?: readonly string[];
};

/**
 * The shown part as a dataset in the app's own schema. Articles are all kept, each as it came:
 * a text that was embedded in the opened file is embedded again (so that file opens on its own),
 * one read from a `.txt` file stays a reference to it. Memberships pointing at an entity that is
 * not shown are dropped, since a dataset may only name entities it contains.
 */
export function toDatasetJson(dataset: Source, ids: ShownIds): Dataset {
  const { entities, relations } = shownElements(dataset, ids);
  const kept = new Set(entities.map((e) => e.id));
  const embedded = new Set(dataset.embeddedTexts ?? []);
  return {
    version: 1,
    title: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    articles: dataset.articles.map(({ text, ...article }) =>
      embedded.has(article.id) && text !== undefined ? { ...article, text } : article,
    ),
    entities: entities.map((e) => ({ ...e, organizations: e.organizations.filter((o) => kept.has(o)) })),
    relations: relations.map((r) => structuredClone(r)),
    ...storiesWithin(dataset.stories, kept, new Set(relations.map((r) => r.id))),
  };
}

/**
 * The stories that still hold in the export: those whose every cited link, introduced actor and
 * link, and view reference is in it (a story about what was left out would not load back).
 */
function storiesWithin(
  stories: readonly Story[] | undefined,
  entities: ReadonlySet<string>,
  relations: ReadonlySet<string>,
): { stories?: Story[] } {
  const holds = (story: Story) =>
    story.steps.every((step) => {
      const v = step.view;
      const entityIds = [
        ...(step.introduces?.entities ?? []),
        ...(v?.focus ? [v.focus.id] : []),
        ...(v?.path ? [v.path.from, v.path.to] : []),
        ...(v?.selection?.kind === "entity" ? [v.selection.id] : []),
        ...(v?.filters?.organizations ?? []),
      ];
      const relationIds = [
        ...step.cites.map((c) => c.relation),
        ...(step.introduces?.relations ?? []),
        ...(v?.selection?.kind === "relation" ? [v.selection.id] : []),
      ];
      return entityIds.every((id) => entities.has(id)) && relationIds.every((id) => relations.has(id));
    });
  const kept = (stories ?? []).filter(holds).map((s) => structuredClone(s));
  return kept.length > 0 ? { stories: kept } : {};
}

export function serializeDatasetJson(dataset: Source, ids: ShownIds): string {
  return `${JSON.stringify(toDatasetJson(dataset, ids), null, 2)}\n`;
}

/** One excerpt as text, for formats whose attributes are flat strings; its note follows it. */
export function evidenceText(evidence: Evidence, articles: ReadonlyMap<string, Article>): string {
  const article = articles.get(evidence.article);
  const source = article ? `${article.publisher}, ${article.published}` : evidence.article;
  const note = evidence.note !== undefined ? ` Note: ${evidence.note}` : "";
  return `“${evidence.quote}” (${source}; ${evidence.attribution}; ${evidence.status})${note}`;
}

function relationEvidence(relation: Relation, articles: ReadonlyMap<string, Article>): string {
  return relation.evidence.map((e) => evidenceText(e, articles)).join("\n");
}

const articleMap = (dataset: Source) => new Map(dataset.articles.map((a) => [a.id, a] as const));

interface AttrDef {
  id: string;
  type: "string" | "boolean" | "int";
}
const NODE_ATTRS: AttrDef[] = [
  { id: "type", type: "string" },
  { id: "countries", type: "string" },
  { id: "unnamed", type: "boolean" },
  { id: "aliases", type: "string" },
  { id: "roles", type: "string" },
  { id: "organizations", type: "string" },
  { id: "description", type: "string" },
];
const EDGE_ATTRS: AttrDef[] = [
  { id: "type", type: "string" },
  { id: "label", type: "string" },
  { id: "status", type: "string" },
  { id: "directed", type: "boolean" },
  { id: "date", type: "string" },
  { id: "period", type: "string" },
  { id: "note", type: "string" },
  { id: "evidence", type: "string" },
  { id: "evidence_count", type: "int" },
];

function nodeValues(dataset: Source, ids: ShownIds) {
  const { entities, relations } = shownElements(dataset, ids);
  const articles = articleMap(dataset);
  const nodes = entities.map((e) => ({
    id: e.id,
    label: e.name,
    values: {
      type: e.type,
      countries: e.countries.join(", "),
      unnamed: String(e.unnamed === true),
      aliases: e.aliases.join("; "),
      roles: e.roles.join("; "),
      organizations: e.organizations.join(", "),
      description: e.description,
    } as Record<string, string>,
  }));
  const edges = relations.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    directed: r.directed,
    label: r.label,
    spell: spellOf(r.date),
    values: {
      type: r.type,
      label: r.label,
      status: r.status,
      directed: String(r.directed),
      date: r.date !== undefined ? dateText(r.date) : "",
      period: r.period ?? "",
      note: r.note ?? "",
      evidence: relationEvidence(r, articles),
      evidence_count: String(r.evidence.length),
    } as Record<string, string>,
  }));
  return { nodes, edges };
}

/** GraphML with typed keys; the graph is mixed, so each edge says whether it is directed. */
export function serializeGraphml(dataset: Source, ids: ShownIds): string {
  const { nodes, edges } = nodeValues(dataset, ids);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRS.map((a) => `  <key id="n_${a.id}" for="node" attr.name="${a.id}" attr.type="${a.type}"/>`),
    ...EDGE_ATTRS.map((a) => `  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="${a.type}"/>`),
    `  <graph id="${escapeXml(slugId(dataset.title))}" edgedefault="undirected">`,
  ];
  for (const n of nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">`, `      <data key="label">${escapeXml(n.label)}</data>`);
    for (const a of NODE_ATTRS)
      out.push(`      <data key="n_${a.id}">${escapeXml(n.values[a.id] ?? "")}</data>`);
    out.push("    </node>");
  }
  for (const e of edges) {
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" directed="${e.directed}">`,
    );
    for (const a of EDGE_ATTRS)
      out.push(`      <data key="e_${a.id}">${escapeXml(e.values[a.id] ?? "")}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

/** GEXF 1.3, the format Gephi reads natively: attributes declared once, values per node and edge. */
export function serializeGexf(dataset: Source, ids: ShownIds, today: string): string {
  const { nodes, edges } = nodeValues(dataset, ids);
  const gexfType = (t: AttrDef["type"]) => (t === "int" ? "integer" : t);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(today)}">`,
    "    <creator>Throughline</creator>",
    `    <description>${escapeXml(dataset.title)}</description>`,
    "  </meta>",
    // Dated links carry spells, so Gephi's timeline plays the export; undated ones are always there.
    edges.some((e) => e.spell)
      ? '  <graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="undirected">'
      : '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    "    </attributes>",
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of nodes) {
    out.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">`, "        <attvalues>");
    for (const a of NODE_ATTRS) {
      out.push(`          <attvalue for="${a.id}" value="${escapeXml(n.values[a.id] ?? "")}"/>`);
    }
    out.push("        </attvalues>", "      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of edges) {
    out.push(
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" type="${e.directed ? "directed" : "undirected"}" label="${escapeXml(e.label)}">`,
      "        <attvalues>",
    );
    for (const a of EDGE_ATTRS) {
      out.push(`          <attvalue for="${a.id}" value="${escapeXml(e.values[a.id] ?? "")}"/>`);
    }
    out.push("        </attvalues>");
    if (e.spell) {
      const side = (name: "start" | "end") => (e.spell?.[name] ? ` ${name}="${e.spell[name]}"` : "");
      out.push("        <spells>", `          <spell${side("start")}${side("end")}/>`, "        </spells>");
    }
    out.push("      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

export interface CsvFiles {
  entities: string;
  relations: string;
  evidence: string;
}

/** Three tables: entities, relations, and evidence with one excerpt per row. */
export function serializeCsv(dataset: Source, ids: ShownIds): CsvFiles {
  const { entities, relations } = shownElements(dataset, ids);
  const articles = articleMap(dataset);
  return {
    entities: csvTable(
      ["id", "name", "type", "unnamed", "countries", "organizations", "roles", "aliases", "description"],
      entities.map((e) => [
        e.id,
        e.name,
        e.type,
        e.unnamed === true,
        e.countries.join(";"),
        e.organizations.join(";"),
        e.roles.join("; "),
        e.aliases.join("; "),
        e.description,
      ]),
    ),
    relations: csvTable(
      [
        "id",
        "source",
        "target",
        "type",
        "directed",
        "label",
        "status",
        "date_start",
        "date_end",
        "date_precision",
        "period",
        "note",
        "evidence_count",
      ],
      relations.map((r) => [
        r.id,
        r.source,
        r.target,
        r.type,
        r.directed,
        r.label,
        r.status,
        ...Object.values(dateSides(r.date)),
        r.period,
        r.note,
        r.evidence.length,
      ]),
    ),
    evidence: csvTable(
      [
        "relation_id",
        "number",
        "article",
        "publisher",
        "published",
        "status",
        "attribution",
        "quote",
        "note",
      ],
      relations.flatMap((r) =>
        r.evidence.map((e, i) => [
          r.id,
          i + 1,
          e.article,
          articles.get(e.article)?.publisher,
          articles.get(e.article)?.published,
          e.status,
          e.attribution,
          e.quote,
          e.note,
        ]),
      ),
    ),
  };
}

/** An XML-safe id made from a title. */
function slugId(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "graph"
  );
}
