// The reader's foot: the link the active excerpt belongs to (with a way to its details), which of
// that link's excerpts in this article it is (step with ‹ ›), and the switch that highlights only
// that link's excerpts. Always in view at the bottom of the panel, wherever the text is scrolled.
import type { Relation } from "../../data/types";
import { entityName } from "../../domain/indexes";
import { claimStatusAt } from "../../domain/timeline";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { StatusBadge } from "../Details/StatusBadge";

export interface ReaderBarProps {
  relation: Relation | null;
  /** The link's places in this article, and which one is active (-1: none). */
  places: number;
  at: number;
  onStep: (delta: 1 | -1) => void;
  /** Where else the link is quoted, when not in this article: the article's id and publisher. */
  elsewhere: { id: string; publisher: string } | null;
}

export function ReaderBar({ relation, places, at, onStep, elsewhere }: ReaderBarProps) {
  const index = useStore((s) => s.index);
  const onlyLink = useStore((s) => s.prefs.readerOnlyLink);
  const setOnlyLink = useStore((s) => s.setReaderOnlyLink);
  const setSidePanel = useStore((s) => s.setSidePanel);
  const openReader = useStore((s) => s.openReader);
  // At a stop of the "as reported" clock, the link's status then (as the canvas draws it).
  const asOf = useStore(statusesAsOfView);
  const name = (id: string) => (index ? entityName(index, id) : id);
  return (
    <div className="reader-bar" role="group" aria-label="Active excerpt" data-testid="reader-bar">
      {relation ? (
        <div className="reader-bar-link">
          <span className="reader-bar-kicker">Link</span>{" "}
          <button
            type="button"
            className="link-button reader-bar-name"
            onClick={() => setSidePanel("details")}
            title="Show this link's details"
          >
            {name(relation.source)} – {relation.label} – {name(relation.target)}
          </button>{" "}
          <StatusBadge status={claimStatusAt(relation, asOf)} />
          <span className="reader-bar-steps">
            {places > 0 ? (
              <>
                <button
                  type="button"
                  className="reader-step"
                  aria-label="Previous excerpt of this link"
                  disabled={places < 2}
                  onClick={() => onStep(-1)}
                >
                  ‹
                </button>
                <span aria-live="polite">
                  excerpt {at + 1} of {places} here
                </span>
                <button
                  type="button"
                  className="reader-step"
                  aria-label="Next excerpt of this link"
                  disabled={places < 2}
                  onClick={() => onStep(1)}
                >
                  ›
                </button>
              </>
            ) : (
              <span>
                not quoted in this article
                {elsewhere && (
                  <>
                    {" "}
                    ·{" "}
                    <button type="button" className="link-button" onClick={() => openReader(elsewhere.id)}>
                      open {elsewhere.publisher}
                    </button>
                  </>
                )}
              </span>
            )}
          </span>
        </div>
      ) : (
        <p className="reader-bar-hint">Click a highlight to see the link it supports.</p>
      )}
      <label className="reader-only-link">
        <input
          type="checkbox"
          role="switch"
          checked={onlyLink}
          aria-checked={onlyLink}
          disabled={!relation}
          onChange={(e) => setOnlyLink(e.target.checked)}
        />
        Only this link's excerpts
      </label>
    </div>
  );
}
