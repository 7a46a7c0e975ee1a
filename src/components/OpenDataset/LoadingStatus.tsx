import { cancelLoad } from "../../state/openDataset";
import { useStore } from "../../state/store";

/** Progress of a dataset being opened, with Cancel: the open graph stays as it is until it is in. */
export function LoadingStatus() {
  const loading = useStore((s) => s.loading);
  if (!loading) return null;
  const verb = loading.phase === "reading" ? "Reading" : "Checking";
  return (
    <div className="loading-status" data-testid="loading-status">
      <span className="loading-label">
        {verb} <span className="file-name">{loading.file}</span>…
      </span>
      <progress max={1} value={loading.fraction ?? undefined} aria-label={`${verb} ${loading.file}`} />
      {loading.fraction !== null && <span>{Math.round(loading.fraction * 100)}%</span>}
      <button type="button" onClick={cancelLoad}>
        Cancel
      </button>
    </div>
  );
}
