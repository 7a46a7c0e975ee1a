// The visual vocabulary of the graph: one place that both the cytoscape stylesheet and the legend
// read, so the legend can never explain a shape or colour the canvas does not use.
import type { ClaimStatus, EntityType, RelationType } from "../data/types";
import type { AttributionKind } from "../domain/attribution";

export type NodeShape =
  | "ellipse"
  | "barrel"
  | "hexagon"
  | "diamond"
  | "round-rectangle"
  | "rectangle"
  | "octagon"
  | "tag"
  | "triangle";

/** Colours are dark enough for 3:1 against the white canvas; shape repeats what colour says. */
export const ENTITY_VISUALS: Record<EntityType, { label: string; color: string; shape: NodeShape }> = {
  person: { label: "Person", color: "#1f6fb2", shape: "ellipse" },
  group: { label: "Group of people", color: "#4f6b8a", shape: "barrel" },
  government: { label: "Government / state", color: "#b0361f", shape: "hexagon" },
  agency: { label: "Agency / service", color: "#7b3fa0", shape: "diamond" },
  legislature: { label: "Legislature", color: "#876a00", shape: "round-rectangle" },
  company: { label: "Company", color: "#1b7f4b", shape: "rectangle" },
  organization: { label: "Organization", color: "#0f7a80", shape: "octagon" },
  media: { label: "News media", color: "#5d5d5d", shape: "tag" },
  asset: { label: "Project / asset", color: "#a34f00", shape: "triangle" },
};

export type RelationFamily = "money" | "roles" | "personal" | "intelligence" | "power";

export const RELATION_FAMILIES: Record<RelationFamily, { label: string; color: string }> = {
  money: { label: "Business & money", color: "#a65e00" },
  roles: { label: "Office & membership", color: "#546e7a" },
  personal: { label: "Personal ties", color: "#ad1457" },
  intelligence: { label: "Intelligence & communication", color: "#0b7285" },
  power: { label: "States & power", color: "#5e35b1" },
};

export const RELATION_VISUALS: Record<RelationType, { label: string; family: RelationFamily }> = {
  business: { label: "Business partner", family: "money" },
  financial: { label: "Money flow", family: "money" },
  control: { label: "Ownership / control", family: "money" },
  office: { label: "Office / employment", family: "roles" },
  membership: { label: "Membership", family: "roles" },
  family: { label: "Family", family: "personal" },
  friendship: { label: "Friendship", family: "personal" },
  communication: { label: "Communication", family: "intelligence" },
  surveillance: { label: "Surveillance / intelligence gathering", family: "intelligence" },
  "information-sharing": { label: "Information sharing", family: "intelligence" },
  alliance: { label: "Alliance", family: "power" },
  diplomatic: { label: "Diplomatic", family: "power" },
  sanction: { label: "Sanction", family: "power" },
  conflict: { label: "Conflict", family: "power" },
  criticism: { label: "Criticism / pressure", family: "power" },
  influence: { label: "Influence", family: "power" },
};

/**
 * The labels' typeface, on the canvas and in exported images. Double quotes: cytoscape rejects a
 * font-family with single quotes (and silently falls back to its own).
 */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export type LineStyle = "solid" | "dashed" | "dotted";

/**
 * Line pattern by claim status: the less sure the article, the more broken the line. `dash` is
 * [dash, gap] in graph units. Zoomed out so far that the gaps are under a pixel on screen, a
 * pattern is drawn as a solid line `farOpacity` strong, about as faint as the pattern looked
 * (see zoomDetail.ts).
 */
export const STATUS_VISUALS: Record<
  ClaimStatus,
  { label: string; line: LineStyle; dash: [number, number] | null; farOpacity: number; help: string }
> = {
  confirmed: {
    label: "Confirmed",
    line: "solid",
    dash: null,
    farOpacity: 1,
    help: "stated as fact by the article",
  },
  reported: {
    label: "Reported",
    line: "dashed",
    dash: [14, 3],
    farOpacity: 0.8,
    help: "attributed to sources",
  },
  unconfirmed: {
    label: "Unconfirmed",
    line: "dashed",
    dash: [5, 5],
    farOpacity: 0.5,
    help: "the article hedges or could not confirm it",
  },
  denied: {
    label: "Denied",
    line: "dotted",
    dash: [1, 5],
    farOpacity: 0.35,
    help: "denied by someone in the article",
  },
};

/** Line width by how many articles support a relation. */
export const SOURCE_WIDTHS = { one: 1.8, several: 4 } as const;

/** A mark at the middle of the line says who the claim comes from (nothing: the article itself). */
export const ATTRIBUTION_VISUALS: Record<
  AttributionKind,
  { label: string; marker: "none" | "circle" | "square" | "diamond"; fill: "hollow" | "filled" }
> = {
  article: { label: "the article's own voice", marker: "none", fill: "filled" },
  publication: { label: "another publication it quotes", marker: "none", fill: "filled" },
  unnamed: { label: "sources the article does not name", marker: "circle", fill: "hollow" },
  named: { label: "a named source on the record", marker: "diamond", fill: "filled" },
  document: { label: "a document (e.g. a cable)", marker: "square", fill: "filled" },
};

export const relationColor = (type: RelationType): string =>
  RELATION_FAMILIES[RELATION_VISUALS[type].family].color;
