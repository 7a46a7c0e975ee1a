import { useStore } from "../state/store";

const SHOWN = 20;

/** What is wrong with a dataset that failed to load, each with its JSON path. */
export function LoadProblems() {
  const problems = useStore((s) => s.loadProblems);
  if (problems.length === 0) return null;
  return (
    <div className="load-problems" role="alert">
      <h2>The dataset could not be loaded</h2>
      <ul>
        {problems.slice(0, SHOWN).map((p) => (
          <li key={`${p.path}: ${p.message}`}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
