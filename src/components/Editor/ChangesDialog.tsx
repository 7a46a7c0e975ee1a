// The changes since the dataset was opened (domain/edit/changes.ts), as a list and as a short text
// report to download or copy.
import { useMemo, useState } from "react";
import {
  type Changes,
  changeCount,
  changesReport,
  datasetChanges,
  type ItemChange,
} from "../../domain/edit/changes";
import { slugify } from "../../domain/edit/ids";
import { downloadBlob } from "../../lib/download";
import { useStore } from "../../state/store";
import { Dialog } from "./Dialog";

const show = (v: unknown) => (v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v));

function Items({ heading, items }: { heading: string; items: ItemChange[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3>
        {heading} ({items.length})
      </h3>
      <ul className="changes-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className={`is-${item.kind}`}>
            <strong>{item.kind}</strong> {item.name} <code>{item.id}</code>
            {item.fields.length > 0 && (
              <ul>
                {item.fields.map((f) => (
                  <li key={f.field}>
                    {f.field}: <del>{show(f.before)}</del> → <ins>{show(f.after)}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function changesOf(): Changes | null {
  const edit = useStore.getState().edit;
  return edit ? datasetChanges(edit.original, edit.history.present) : null;
}

export default function ChangesDialog({ onClose }: { onClose: () => void }) {
  const edit = useStore((s) => s.edit);
  const [copied, setCopied] = useState(false);
  const changes = useMemo(() => (edit ? datasetChanges(edit.original, edit.history.present) : null), [edit]);
  if (!edit || !changes) return null;
  const title = edit.history.present.title;
  const report = changesReport(changes, title);
  return (
    <Dialog title="Changes since the dataset was opened" onClose={onClose}>
      {changeCount(changes) === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <div className="changes" data-testid="changes">
          {changes.title && (
            <p>
              Title: <del>{show(changes.title.before)}</del> → <ins>{show(changes.title.after)}</ins>
            </p>
          )}
          <Items heading="Articles" items={changes.articles} />
          <Items heading="Actors" items={changes.actors} />
          <Items heading="Links" items={changes.links} />
          {changes.excerpts.length > 0 && (
            <section>
              <h3>Excerpts ({changes.excerpts.length})</h3>
              <ul className="changes-list">
                {changes.excerpts.map((e) => (
                  <li key={`${e.kind}-${e.relation}-${e.article}-${e.quote}`} className={`is-${e.kind}`}>
                    <strong>{e.kind}</strong> on <code>{e.relation}</code>: “{e.quote}”
                    {e.fields.length > 0 && (
                      <ul>
                        {e.fields.map((f) => (
                          <li key={f.field}>
                            {f.field}: <del>{show(f.before)}</del> → <ins>{show(f.after)}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
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
