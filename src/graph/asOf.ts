// The "as reported" clock on the canvas: at a stop, each shown link is drawn with the claim status
// it had then, as a class (`as-of-<status>`) over its own `status` data, so choosing a stop or
// leaving the clock toggles classes and never rebuilds an element.
import type cytoscape from "cytoscape";
import type { ClaimStatus } from "../data/types";
import { CLAIM_STATUSES } from "../data/vocabulary";

export const asOfClass = (status: ClaimStatus): string => `as-of-${status}`;

/** The status an edge is drawn with: its as-of class when the clock is at a stop, else its own. */
export function drawnStatus(edge: cytoscape.EdgeSingular): ClaimStatus {
  for (const status of CLAIM_STATUSES) if (edge.hasClass(asOfClass(status))) return status;
  return edge.data("status") as ClaimStatus;
}
