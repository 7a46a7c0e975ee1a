import { useState } from "react";
import schemaUrl from "../../data/graph.schema.json?url";
import { count } from "../lib/plural";
import { openBundledInstead } from "../state/openDataset";
import { useStore } from "../state/store";

const SHOWN = 20;
/** More warnings than this (and no error) fold into one line: the graph they came with needs the room. */
const FOLDED_OVER = 3;

/**
 * What is wrong with a dataset: each problem with its file and JSON path, and the JSON Schema to
 * check against. Errors mean it could not be opened (the graph that was open stays open; with none
 * open, as after a failed `?data=` at start, the bundled story is offered); warnings are shown
 * beside a dataset that opened.
 */
export function LoadProblems() {
  const problems = useStore((s) => s.loadProblems);
  const hasGraph = useStore((s) => s.dataset !== null);
  const setLoadProblems = useStore((s) => s.setLoadProblems);
  // Unfolded for this list of problems only: the next file's warnings start folded again.
  const [unfoldedFor, setUnfoldedFor] = useState<readonly unknown[] | null>(null);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === "error").length;
  const foldable = errors === 0 && problems.length > FOLDED_OVER;
  const folded = foldable && unfoldedFor !== problems;
  const files = [...new Set(problems.map((p) => p.file).filter((f) => f !== undefined))];
  const subject =
    files.length === 1 ? (
      <span className="file-name">{files[0]}</span>
    ) : errors > 0 ? (
      "The dataset"
    ) : (
      "This dataset"
    );
  return (
    <div
      className={errors > 0 ? "load-problems" : "load-problems is-warning"}
      role={errors > 0 ? "alert" : "status"}
    >
      <div className="load-problems-head">
        <h2>
          {subject} {errors > 0 ? "could not be opened" : "opened, with warnings"}
          {errors > 0 && hasGraph && (
            <span className="load-problems-kept"> — the graph that was open is unchanged</span>
          )}
        </h2>
        <div className="load-problems-actions">
          {errors > 0 && !hasGraph && (
            <button type="button" onClick={openBundledInstead}>
              Open the bundled story instead
            </button>
          )}
          {errors > 0 && (
            <a href={schemaUrl} download="graph.schema.json">
              Download the JSON Schema
            </a>
          )}
          <button type="button" onClick={() => setLoadProblems([])}>
            Dismiss
          </button>
        </div>
      </div>
      <p className="load-problems-count">
        {errors > 0 && count(errors, "problem")}
        {errors > 0 && errors < problems.length && ", "}
        {errors < problems.length && count(problems.length - errors, "warning")}
        {folded ? "." : ":"}
        {foldable && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              aria-expanded={!folded}
              aria-controls="load-problems-list"
              onClick={() => setUnfoldedFor(folded ? problems : null)}
            >
              {folded ? "Show them" : "Hide them"}
            </button>
          </>
        )}
      </p>
      <ul id="load-problems-list" hidden={folded}>
        {problems.slice(0, SHOWN).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={i} className={`load-problem is-${p.severity}`} data-code={p.code}>
            {p.file && (
              <>
                <span className="file-name">{p.file}</span>
                {" → "}
              </>
            )}
            <code className="problem-path">{p.path}</code>:{" "}
            <span className="problem-message">{p.message}</span>
            {p.severity === "warning" && <span className="problem-severity"> (warning)</span>}
          </li>
        ))}
      </ul>
      {!folded && problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
