// The changes since the dataset was opened (domain/edit/changes.ts), as a list and as a short text
// report to download or copy.
import { useMemo, useState } from "react";
import { changeCount, changesReport, datasetChanges } from "../../domain/edit/changes";
import { slugify } from "../../domain/edit/ids";
import { downloadBlob } from "../../lib/download";
import { useStore } from "../../state/store";
import { ChangeList } from "./ChangeList";
import { Dialog } from "./Dialog";

export default function ChangesDialog({ onClose }: { onClose: () => void }) {
  const edit = useStore((s) => s.edit);
  const [copied, setCopied] = useState(false);
  const changes = useMemo(() => (edit ? datasetChanges(edit.original, edit.history.present) : null), [edit]);
  if (!edit || !changes) return null;
  const title = edit.history.present.title;
  const report = changesReport(changes, title);
  return (
    <Dialog title="Changes since the dataset was opened" onClose={onClose}>
      {changeCount(changes) === 0 ? <p>No changes yet.</p> : <ChangeList changes={changes} />}
      <div className="editor-actions">
        <button
          type="button"
          onClick={() =>
            downloadBlob(new Blob([report], { type: "text/plain" }), `${slugify(title)}-changes.txt`)
          }
        >
          Download report (.txt)
        </button>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(report).then(() => setCopied(true));
          }}
        >
          {copied ? "Copied" : "Copy report"}
        </button>
      </div>
    </Dialog>
  );
}
