// The legend, once: which sections and items explain what is drawn, in which words, with which
// shape, line and colour. The panel legend (components/Legend) renders it as HTML with SVG icons; an
// exported image's frame (graph/export/frame.ts) lays it out for the SVG and Canvas 2D writers.
import type { LegendContents } from "../domain/export/caption";
import type { Tokens } from "./tokens";
import {
  ATTRIBUTION_VISUALS,
  ENTITY_VISUALS,
  type LineStyle,
  type MarkShape,
  type NodeShape,
  RELATION_FAMILIES,
  RELATION_VISUALS,
  type RelationFamily,
  SOURCE_WIDTHS,
  STATUS_VISUALS,
} from "./vocabulary";

/** The who-says-it mark: its shape and fill (the paper's colour when hollow, else the line's). */
export interface Mark {
  shape: MarkShape;
  fill: string;
}

/** How a sample line looks: colour, pattern, width, arrowhead, and the who-says-it mark. */
export interface LineLook {
  color: string;
  line: LineStyle;
  lineWidth: number;
  /** The canvas' own dash pattern for this line, when it has one (claim statuses). */
  dash?: readonly number[] | null;
  arrow: boolean;
  marker?: Mark;
}

/** How a sample shape looks: a filled shape, or (unnamed actors) a dashed outline on the paper. */
export interface ShapeLook {
  shape: NodeShape;
  fill: string;
  /** The dashed outline's colour, for actors the articles do not name. */
  dashedOutline?: string;
}

/**
 * One line of the legend: `label`, then optionally `detail` (what the types in a family are, what a
 * claim status means). `note` items are remarks without an icon, set in italics. `screenOnly` items
 * describe how the live canvas behaves, and are left out of exported images.
 */
export type LegendItem =
  | ({ icon: "shape"; label: string; detail?: string; italic?: boolean } & ShapeLook)
  | ({ icon: "line"; label: string; detail?: string } & LineLook)
  | { icon: "note"; label: string; screenOnly?: boolean };

export interface LegendSection {
  heading: string;
  items: LegendItem[];
}

/** The legend's sections for what is in use, in the given theme's colours; empty sections left out. */
export function legendSections(c: LegendContents, tokens: Tokens): LegendSection[] {
  const neutral = tokens.ui.lineNeutral;
  const sample = (look: Partial<LineLook> = {}): LineLook => ({
    color: neutral,
    line: "solid",
    lineWidth: 2,
    arrow: false,
    ...look,
  });

  const actors: LegendItem[] = c.entityTypes.map((t) => ({
    icon: "shape",
    shape: ENTITY_VISUALS[t].shape,
    fill: tokens.entity[t],
    label: ENTITY_VISUALS[t].label,
  }));
  if (c.unnamed)
    actors.push({
      icon: "shape",
      shape: "ellipse",
      fill: tokens.ui.paper,
      dashedOutline: tokens.ui.ink,
      italic: true,
      label: "Dashed outline, italic: not named in the articles",
    });
  if (actors.length > 0) actors.push({ icon: "note", label: "Size: number of links" });

  const families = new Map<RelationFamily, string[]>();
  for (const t of c.relationTypes) {
    const { family, label } = RELATION_VISUALS[t];
    families.set(family, [...(families.get(family) ?? []), label.toLowerCase()]);
  }
  const links: LegendItem[] = [...families].map(([family, types]) => ({
    icon: "line",
    ...sample({ color: tokens.family[family], lineWidth: 3 }),
    label: RELATION_FAMILIES[family].label,
    detail: types.join(", "),
  }));

  const claims: LegendItem[] = c.statuses.map((s) => ({
    icon: "line",
    ...sample({ line: STATUS_VISUALS[s].line, dash: STATUS_VISUALS[s].dash }),
    label: STATUS_VISUALS[s].label,
    detail: STATUS_VISUALS[s].help,
  }));
  if (c.statuses.some((s) => STATUS_VISUALS[s].dash))
    claims.push({ icon: "note", label: "Zoomed far out: fainter solid lines", screenOnly: true });
  if (c.directed)
    claims.push({ icon: "line", ...sample({ arrow: true }), label: "Arrow: the link has a direction" });

  // Width counts independent outlets: a rewrite repeats its original, it does not corroborate it.
  // With no wide line, the one line item says why (the compact legend strip hides notes).
  const sources: LegendItem[] = [];
  if (c.outlets?.several || c.outlets?.rewrite)
    sources.push({
      icon: "line",
      ...sample({ lineWidth: SOURCE_WIDTHS.one }),
      label: c.outlets.several
        ? "Reported by 1 independent outlet"
        : "Reported by 1 independent outlet (a rewrite counts with the article it rewrites)",
    });
  if (c.outlets?.several)
    sources.push({
      icon: "line",
      ...sample({ lineWidth: SOURCE_WIDTHS.several }),
      label: "Reported by 2 or more independent outlets",
    });
  if (c.outlets?.rewrite && c.outlets.several)
    sources.push({ icon: "note", label: "A rewrite counts with the article it rewrites" });

  const marked = (c.attributions ?? []).filter((k) => ATTRIBUTION_VISUALS[k].marker !== "none");
  const marks: LegendItem[] =
    marked.length > 0
      ? [
          { icon: "line", ...sample(), label: "No mark: the article itself" },
          ...marked.map((k): LegendItem => {
            const { marker, fill, label } = ATTRIBUTION_VISUALS[k];
            return {
              icon: "line",
              ...sample({
                marker: { shape: marker as MarkShape, fill: fill === "hollow" ? tokens.ui.paper : neutral },
              }),
              label: `From ${label}`,
            };
          }),
        ]
      : [];

  return [
    { heading: "Actors", items: actors },
    { heading: "Links (colour)", items: links },
    { heading: "Claims (line pattern)", items: claims },
    { heading: "Independent outlets (width)", items: sources },
    { heading: "Who says it (mark)", items: marks },
  ].filter((s) => s.items.length > 0);
}

/** An item's words on one line: "Label: detail". */
export const itemText = (item: LegendItem) =>
  "detail" in item && item.detail ? `${item.label}: ${item.detail}` : item.label;
