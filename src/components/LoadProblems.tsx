import schemaUrl from "../../data/graph.schema.json?url";
import { openBundledInstead } from "../state/openDataset";
import { useStore } from "../state/store";

const SHOWN = 20;

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
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === "error").length;
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
        {errors > 0 && `${errors} problem${errors === 1 ? "" : "s"}`}
        {errors > 0 && errors < problems.length && ", "}
        {errors < problems.length &&
          `${problems.length - errors} warning${problems.length - errors === 1 ? "" : "s"}`}
        :
      </p>
      <ul>
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
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
