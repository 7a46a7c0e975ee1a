// The cytoscape stylesheet, built from the visual vocabulary and one theme's tokens (src/visuals):
// module constants, one per theme and size, since react-cytoscapejs restyles everything whenever
// the stylesheet prop changes identity. Classes each carry one meaning:
//   is-selected   the entity or relation in the details panel
//   is-muted      outside the hovered or selected entity's neighbourhood
//   is-highlighted inside it
//   is-dimmed     not an answer to the current search or path question (still shown)
//   is-path       on a shortest path between the two chosen entities
//   is-hidden     filtered out (display: none, so fit and layout ignore it)
//   is-cursor     the entity the keyboard cursor is on (keyboardNav.ts)
//   is-far        a relation whose line pattern is too fine to see at this zoom (drawn solid, faint)
//   is-hovered    the entity under the pointer
//   is-unlabelled an entity whose name is not drawn at this zoom: no room for it (labels.ts)
//   is-untold     not yet introduced by the story being played (display: none)
//   is-untold-faint  the same, with the story's "show the rest faintly" switch on (drawn faint)
//   as-of-<status> the claim status a link had at the "as reported" clock's stop (asOf.ts), drawn
//                 over its own status
import type cytoscape from "cytoscape";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../data/vocabulary";
import { CORROBORATED } from "../domain/outlets";
import { THEMES, type ThemeName, type Tokens } from "../visuals/tokens";
import {
  ATTRIBUTION_VISUALS,
  ENTITY_VISUALS,
  FONT_FAMILY,
  RELATION_VISUALS,
  SOURCE_WIDTHS,
  STATUS_VISUALS,
} from "../visuals/vocabulary";
import { asOfClass } from "./asOf";

/** Rules that do not depend on colour: shapes, line patterns, marks. */
const shapeRules: cytoscape.StylesheetJsonBlock[] = ENTITY_TYPES.map((type) => ({
  selector: `node[type = "${type}"]`,
  style: { shape: ENTITY_VISUALS[type].shape },
}));

const statusRules: cytoscape.StylesheetJsonBlock[] = CLAIM_STATUSES.map((status) => {
  const { line, dash } = STATUS_VISUALS[status];
  return {
    selector: `edge[status = "${status}"]`,
    style: { "line-style": line, ...(dash ? { "line-dash-pattern": dash } : {}) },
  };
});

/** Zoomed far out, patterns are drawn solid and faint (zoomDetail.ts explains why). */
const farStatusRules: cytoscape.StylesheetJsonBlock[] = CLAIM_STATUSES.filter(
  (status) => STATUS_VISUALS[status].dash !== null,
).map((status) => ({
  selector: `edge.is-far[status = "${status}"]`,
  style: { "line-style": "solid", "line-opacity": STATUS_VISUALS[status].farOpacity },
}));

/**
 * At a stop of the "as reported" clock, a link is drawn with the status it had then: the same
 * patterns, near and far, over the rules for its own status (so they come after both).
 */
const asOfRules: cytoscape.StylesheetJsonBlock[] = [
  ...CLAIM_STATUSES.map((status) => {
    const { line, dash } = STATUS_VISUALS[status];
    return {
      selector: `edge.${asOfClass(status)}`,
      style: { "line-style": line, ...(dash ? { "line-dash-pattern": dash } : {}), "line-opacity": 1 },
    };
  }),
  ...CLAIM_STATUSES.map((status) => ({
    selector: `edge.is-far.${asOfClass(status)}`,
    style: { "line-style": "solid" as const, "line-opacity": STATUS_VISUALS[status].farOpacity },
  })),
];

const attributionRules: cytoscape.StylesheetJsonBlock[] = ATTRIBUTION_KINDS.filter(
  (kind) => ATTRIBUTION_VISUALS[kind].marker !== "none",
).map((kind) => ({
  selector: `edge[attribution = "${kind}"]`,
  style: {
    "mid-target-arrow-shape": ATTRIBUTION_VISUALS[kind].marker,
    "mid-target-arrow-fill": ATTRIBUTION_VISUALS[kind].fill,
    "arrow-scale": 1.1,
  },
}));

/** The stylesheet in one theme's colours: the same rules for every theme, only the tokens differ. */
function buildStylesheet({ ui, entity, family }: Tokens): cytoscape.StylesheetJsonBlock[] {
  const entityColours: cytoscape.StylesheetJsonBlock[] = ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": entity[type] },
  }));
  const relationColours: cytoscape.StylesheetJsonBlock[] = RELATION_TYPES.map((type) => {
    const color = family[RELATION_VISUALS[type].family];
    return {
      selector: `edge[type = "${type}"]`,
      style: { "line-color": color, "target-arrow-color": color, "source-arrow-color": color },
    };
  });
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "mapData(degree, 0, 14, 26, 58)",
        height: "mapData(degree, 0, 14, 26, 58)",
        "border-width": 2,
        "border-color": ui.nodeBorder,
        color: ui.ink,
        "font-family": FONT_FAMILY,
        "font-size": 12,
        "font-weight": 600,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 3,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "text-background-color": ui.paper,
        "text-background-opacity": 0.75,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 7,
        // Drawing order by z-index across nodes and edges, so that a selected link can be drawn
        // above the actors it passes (the default draws every edge under every node).
        "z-index-compare": "manual",
        "z-index": 10,
      },
    },
    ...shapeRules,
    ...entityColours,
    {
      // Actors the articles do not name: a dashed outline and an italic label, on top of type colour.
      selector: "node[unnamed = 1]",
      style: { "border-style": "dashed", "border-color": ui.ink, "border-width": 2, "font-style": "italic" },
    },
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "control-point-step-size": 28,
        "arrow-scale": 0.9,
        label: "data(label)",
        "font-size": 9,
        color: ui.edgeLabel,
        "text-rotation": "autorotate",
        "text-background-color": ui.paper,
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 13,
        "z-index-compare": "manual",
        "z-index": 0,
      },
    },
    ...relationColours,
    { selector: "edge", style: { width: SOURCE_WIDTHS.one } },
    { selector: `edge[outlets >= ${CORROBORATED}]`, style: { width: SOURCE_WIDTHS.several } },
    ...statusRules,
    ...farStatusRules,
    ...asOfRules,
    ...attributionRules,
    { selector: "edge[directed = 1]", style: { "target-arrow-shape": "triangle" } },
    { selector: ".is-dimmed", style: { opacity: 0.22 } },
    { selector: ".is-muted", style: { opacity: 0.18 } },
    {
      selector: "node.is-path",
      style: {
        "z-index": 25,
        "underlay-color": ui.pathGlow,
        "underlay-opacity": 0.6,
        "underlay-padding": 7,
        "underlay-shape": "ellipse",
      },
    },
    {
      selector: "edge.is-path",
      style: {
        "z-index": 22,
        width: 5,
        "underlay-color": ui.pathGlow,
        "underlay-opacity": 0.6,
        "underlay-padding": 4,
        "min-zoomed-font-size": 0,
      },
    },
    // Above the other links, still under the actors; their names only once legible.
    { selector: "edge.is-highlighted", style: { "z-index": 5 } },
    { selector: "node.is-highlighted", style: { "z-index": 15 } },
    // Names themselves are placed and sized by labels.ts (a style bypass per node).
    {
      selector: "node.is-selected",
      style: { "border-width": 4, "border-color": ui.ink, "border-style": "solid", "z-index": 30 },
    },
    {
      selector: "edge.is-selected",
      style: {
        width: 5,
        "underlay-color": ui.selectedGlow,
        "underlay-opacity": 0.9,
        "underlay-padding": 4,
        "min-zoomed-font-size": 0,
        "z-index": 30,
      },
    },
    {
      selector: "node.is-cursor",
      style: {
        "outline-width": 3,
        "outline-color": ui.accent,
        "outline-offset": 4,
        "outline-opacity": 1,
        "min-zoomed-font-size": 0,
        "z-index": 30,
      },
    },
    // A name labels.ts leaves out (no room for it at this zoom); last, so that nothing overrides it.
    { selector: "node.is-unlabelled", style: { label: "" } },
    { selector: ".is-hidden", style: { display: "none" } },
    // Last, so that nothing the story has not told yet stands out (a neighbour's highlight, a path).
    { selector: ".is-untold-faint", style: { opacity: 0.1, events: "no", "underlay-opacity": 0 } },
    { selector: "node.is-untold-faint", style: { "text-opacity": 0 } },
    { selector: ".is-untold", style: { display: "none" } },
  ];
}

/**
 * Above this many entities the canvas switches to a lighter drawing (STYLESHEET_LARGE) and to
 * renderer options made for size: edges hidden and the scene drawn from a texture while panning
 * or zooming, one device pixel per CSS pixel.
 */
export const LARGE_GRAPH_NODES = 2000;

/**
 * Large graphs: straight "haystack" edges (the cheapest cytoscape draws; no end arrows), labels only
 * once zoomed in far enough to read them, no label backgrounds. Selection and highlighting still
 * show. Measured with `npm run bench` (docs/performance.md).
 */
const LARGE_OVERRIDES: cytoscape.StylesheetJsonBlock[] = [
  { selector: "node", style: { "min-zoomed-font-size": 10, "text-background-opacity": 0 } },
  {
    selector: "edge",
    style: {
      "curve-style": "haystack",
      "haystack-radius": 0,
      "target-arrow-shape": "none",
      "mid-target-arrow-shape": "none",
      "min-zoomed-font-size": 16,
      "text-background-opacity": 0,
    },
  },
];

/** The overrides go before the class rules, so selection, paths and highlighting still win. */
function largeStylesheet(sheet: cytoscape.StylesheetJsonBlock[]): cytoscape.StylesheetJsonBlock[] {
  const firstClassRule = sheet.findIndex((rule) => rule.selector.startsWith("."));
  return [...sheet.slice(0, firstClassRule), ...LARGE_OVERRIDES, ...sheet.slice(firstClassRule)];
}

/**
 * One stylesheet per theme and size, built once: module constants, so that passing the same one
 * again restyles nothing, and a change of theme restyles the elements once without rebuilding them.
 */
const STYLESHEETS = Object.fromEntries(
  (Object.keys(THEMES) as ThemeName[]).map((theme) => {
    const normal = buildStylesheet(THEMES[theme]);
    return [theme, { normal, large: largeStylesheet(normal) }];
  }),
) as Record<ThemeName, { normal: cytoscape.StylesheetJsonBlock[]; large: cytoscape.StylesheetJsonBlock[] }>;

export const stylesheetFor = (theme: ThemeName, large: boolean): cytoscape.StylesheetJsonBlock[] =>
  STYLESHEETS[theme][large ? "large" : "normal"];

/** The light theme's stylesheets (the positions script and the bench's bare page draw with these). */
export const STYLESHEET = STYLESHEETS.light.normal;
export const STYLESHEET_LARGE = STYLESHEETS.light.large;
