// The legend, once: which sections and items explain what is drawn, in which words, with which
// shape, line and colour. The panel legend (components/Legend) renders it as HTML with SVG icons; an
// exported image's frame (graph/export/frame.ts) lays it out for the SVG and Canvas 2D writers.
import type { LegendContents } from "../domain/export/caption";
import { formatPartialDate } from "../domain/time";
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
 * claim status means); `short`, its words in the canvas' short key when the label explains the icon
 * in words the icon already shows. `note` items are remarks without an icon, set in italics.
 */
export type LegendItem =
  | ({ icon: "shape"; label: string; short?: string; detail?: string; italic?: boolean } & ShapeLook)
  | ({ icon: "line"; label: string; short?: string; detail?: string } & LineLook)
  | { icon: "note"; label: string };

export interface LegendSection {
  heading: string;
  /** The heading in the short key, where the icons say what varies (colour, pattern). */
  shortHeading: string;
  items: LegendItem[];
  /** Part of the short key (shape, colour, line pattern) the canvas shows by default. */
  essential: boolean;
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
      short: "Not named in the articles",
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
    // A sample line is a few dozen pixels long: the pattern at half length shows it repeat.
    ...sample({ line: STATUS_VISUALS[s].line, dash: STATUS_VISUALS[s].dash?.map((d) => d / 2) }),
    label: STATUS_VISUALS[s].label,
    detail: STATUS_VISUALS[s].help,
  }));
  if (c.directed)
    claims.push({
      icon: "line",
      ...sample({ arrow: true }),
      label: "Arrow: the link has a direction",
      short: "Has a direction",
    });

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
    { heading: "Actors", shortHeading: "Actors", items: actors, essential: true },
    { heading: "Links (colour)", shortHeading: "Links", items: links, essential: true },
    {
      // At a stop of the "as reported" clock the patterns are the statuses the links had then.
      heading: c.asOf ? `Claims as of ${formatPartialDate(c.asOf)} (line pattern)` : "Claims (line pattern)",
      shortHeading: c.asOf ? `Claims as of ${formatPartialDate(c.asOf)}` : "Claims",
      items: claims,
      essential: true,
    },
    { heading: "Independent outlets (width)", shortHeading: "Outlets", items: sources, essential: false },
    { heading: "Who says it (mark)", shortHeading: "Who says it", items: marks, essential: false },
  ].filter((s) => s.items.length > 0);
}

/** An item's words on one line: "Label: detail". */
export const itemText = (item: LegendItem) =>
  "detail" in item && item.detail ? `${item.label}: ${item.detail}` : item.label;
