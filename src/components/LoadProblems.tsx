import schemaUrl from "../../data/graph.schema.json?url";
import { count } from "../lib/plural";
import { useStore } from "../state/store";

const SHOWN = 20;

/**
 * What is wrong with a dataset that failed to load: each problem with its file and JSON path, and
 * the JSON Schema to check against. The graph that was open stays open.
 */
export function LoadProblems() {
  const problems = useStore((s) => s.loadProblems);
  const hasGraph = useStore((s) => s.dataset !== null);
  const setLoadProblems = useStore((s) => s.setLoadProblems);
  if (problems.length === 0) return null;
  const files = [...new Set(problems.map((p) => p.file).filter((f) => f !== undefined))];
  return (
    <div className="load-problems" role="alert">
      <div className="load-problems-head">
        <h2>
          {files.length === 1 ? (
            <>
              <span className="file-name">{files[0]}</span> could not be opened
            </>
          ) : (
            "The dataset could not be opened"
          )}
          {hasGraph && <span className="load-problems-kept"> — the graph that was open is unchanged</span>}
        </h2>
        <div className="load-problems-actions">
          <a href={schemaUrl} download="graph.schema.json">
            Download the JSON Schema
          </a>
          <button type="button" onClick={() => setLoadProblems([])}>
            Dismiss
          </button>
        </div>
      </div>
      <p className="load-problems-count">{count(problems.length, "problem")}:</p>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={i} className="load-problem">
            {p.file && (
              <>
                <span className="file-name">{p.file}</span>
                {" → "}
              </>
            )}
            <code className="problem-path">{p.path}</code>:{" "}
            <span className="problem-message">{p.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
