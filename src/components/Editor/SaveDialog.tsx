// "Save dataset": the dataset being edited, checked by the loader's check (any error stops the
// save, each shown at its place) and the editorial checks (shown as warnings), written in the
// repository's layout (domain/edit/serialize.ts). Articles read from .txt files stay references to
// them, and their texts can be saved beside it, one by one or with the JSON in one .zip (unzipped,
// the folder `npm run data:check` reads); or every text is embedded in one file.
import { useMemo, useState } from "react";
import { lintDataset } from "../../data/lint";
import { slugify } from "../../domain/edit/ids";
import { filesToSave, formatDataset, textFilesToSave, toFileDataset } from "../../domain/edit/serialize";
import { saveProblems } from "../../domain/edit/validate";
import { announce } from "../../lib/announce";
import { downloadBlob } from "../../lib/download";
import { writeZip } from "../../lib/zip";
import { markSaved } from "../../state/editActions";
import { useStore } from "../../state/store";
import { Dialog } from "./Dialog";

export default function SaveDialog({ onClose }: { onClose: () => void }) {
  const edit = useStore((s) => s.edit);
  const [embedAll, setEmbedAll] = useState(false);
  const [zipping, setZipping] = useState(false);
  const [zipError, setZipError] = useState<string | null>(null);
  const dataset = edit?.history.present ?? null;
  const problems = useMemo(() => (dataset ? saveProblems(dataset) : []), [dataset]);
  const warnings = useMemo(
    () => (dataset && problems.length === 0 ? lintDataset(toFileDataset(dataset, { embedAll: true })) : []),
    [dataset, problems],
  );
  if (!dataset) return null;
  const files = textFilesToSave(dataset, { embedAll });
  const name = `${slugify(dataset.title)}.json`;
  const save = () => {
    downloadBlob(
      new Blob([formatDataset(toFileDataset(dataset, { embedAll }))], { type: "application/json" }),
      name,
    );
    markSaved();
    announce(`Saved ${name}`);
  };
  const zipName = `${slugify(dataset.title)}.zip`;
  const saveZip = async () => {
    setZipping(true);
    setZipError(null);
    try {
      const entries = filesToSave(dataset, name, { embedAll }).map((f) => ({ name: f.path, data: f.text }));
      downloadBlob(new Blob([(await writeZip(entries)) as BlobPart], { type: "application/zip" }), zipName);
      markSaved();
      announce(`Saved ${zipName}`);
    } catch (error) {
      setZipError(error instanceof Error ? error.message : String(error));
    } finally {
      setZipping(false);
    }
  };
  return (
    <Dialog title="Save dataset" onClose={onClose}>
      {problems.length > 0 ? (
        <div className="editor-error" role="alert">
          <p>The dataset cannot be saved yet: the loader would refuse it.</p>
          <ul>
            {problems.slice(0, 20).map((p) => (
              <li key={`${p.path}-${p.message}`}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>
            It passes every check the loader makes (<code>npm run data:check</code>).{" "}
            {warnings.length === 0
              ? "The editorial checks (npm run data:lint) find nothing."
              : `The editorial checks (npm run data:lint) have ${warnings.length} warning${warnings.length === 1 ? "" : "s"}:`}
          </p>
          {warnings.length > 0 && (
            <ul className="editor-warning">
              {warnings.slice(0, 20).map((w) => (
                <li key={`${w.path}-${w.rule}`}>
                  <code>{w.path}</code> {w.message}
                </li>
              ))}
            </ul>
          )}
          <label className="editor-check">
            <input type="checkbox" checked={embedAll} onChange={(e) => setEmbedAll(e.target.checked)} />
            Embed every article's text (one file that opens on its own)
          </label>
          <div className="editor-actions">
            <button type="button" className="primary" onClick={save}>
              Download {name}
            </button>
            {files.length > 0 && (
              <button type="button" onClick={saveZip} disabled={zipping} aria-describedby="save-zip-hint">
                {zipping ? "Writing the .zip…" : "Download as .zip"}
              </button>
            )}
          </div>
          {zipError && (
            <p className="editor-error" role="alert">
              The .zip could not be written: {zipError}
            </p>
          )}
          {files.length > 0 && (
            <>
              <p className="hint" id="save-zip-hint">
                These articles are read from .txt files beside the dataset. “Download as .zip” saves the
                dataset with them in one file, laid out as the repository keeps them (articles/…); it opens as
                it is, or unzipped. Or save them one by one:
              </p>
              <ul className="save-files">
                {files.map((f) => (
                  <li key={f.file}>
                    <button
                      type="button"
                      onClick={() =>
                        downloadBlob(
                          new Blob([f.text], { type: "text/plain" }),
                          f.file.slice(f.file.lastIndexOf("/") + 1),
                        )
                      }
                    >
                      Download {f.file}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Dialog>
  );
}
