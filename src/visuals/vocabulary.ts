// The visual vocabulary: what each kind of thing is called on screen and how it is drawn (shape,
// line pattern, width, mark). Colours are not here: they are theme tokens (tokens.ts), so that a
// dark theme is a second set of colours for the same drawing. Every renderer reads this file: the
// cytoscape stylesheet, the panel legend, the SVG and PNG writers, and the panels' labels.
import type { ClaimStatus, EntityType, RelationType } from "../data/types";
import type { AttributionKind } from "../domain/attribution";
import type { LayoutName } from "../domain/view";

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

/** Shape repeats what colour says, so that no type is told apart by colour alone. */
export const ENTITY_VISUALS: Record<EntityType, { label: string; shape: NodeShape }> = {
  person: { label: "Person", shape: "ellipse" },
  group: { label: "Group of people", shape: "barrel" },
  government: { label: "Government / state", shape: "hexagon" },
  agency: { label: "Agency / service", shape: "diamond" },
  legislature: { label: "Legislature", shape: "round-rectangle" },
  company: { label: "Company", shape: "rectangle" },
  organization: { label: "Organization", shape: "octagon" },
  media: { label: "News media", shape: "tag" },
  asset: { label: "Project / asset", shape: "triangle" },
};

export type RelationFamily = "money" | "roles" | "personal" | "intelligence" | "power";

/** Links are coloured by family (tokens.ts), so a few colours cover every type of link. */
export const RELATION_FAMILIES: Record<RelationFamily, { label: string }> = {
  money: { label: "Business & money" },
  roles: { label: "Office & membership" },
  personal: { label: "Personal ties" },
  intelligence: { label: "Intelligence & communication" },
  power: { label: "States & power" },
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
 * (see graph/zoomDetail.ts).
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

/** Line width by how many independent outlets report a relation (a rewrite counts with its origin). */
export const SOURCE_WIDTHS = { one: 1.8, several: 4 } as const;

export type MarkShape = "circle" | "square" | "diamond";

/** A mark at the middle of the line says who the claim comes from (nothing: the article itself). */
export const ATTRIBUTION_VISUALS: Record<
  AttributionKind,
  { label: string; marker: "none" | MarkShape; fill: "hollow" | "filled" }
> = {
  article: { label: "the article's own voice", marker: "none", fill: "filled" },
  publication: { label: "another publication it quotes", marker: "none", fill: "filled" },
  unnamed: { label: "sources the article does not name", marker: "circle", fill: "hollow" },
  named: { label: "a named source on the record", marker: "diamond", fill: "filled" },
  document: { label: "a document (e.g. a cable)", marker: "square", fill: "filled" },
};

/** The layouts as the layout menu names them. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: "Force",
  concentric: "Concentric by degree",
  circle: "Circle",
  grid: "Grid",
  breadthfirst: "Tree from the selection",
};
