import type { ClaimStatus } from "../../data/types";
import { STATUS_VISUALS } from "../../visuals/vocabulary";

/** A claim status as a word, never as colour alone. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-badge status-${status}`} title={STATUS_VISUALS[status].help}>
      {STATUS_VISUALS[status].label}
    </span>
  );
}
