import "./editor.css";
// Unsaved edits found in this browser at start: restore them (in edit mode) or discard them. A
// draft that no longer passes the loader's check is set aside with a notice instead.
import { announce } from "../../lib/announce";
import { clearDraft, foundDraft, setAside } from "../../state/draft";
import { useStore } from "../../state/store";

export default function DraftOffer() {
  const offer = useStore((s) => s.draftOffer);
  if (!offer) return null;
  const close = () => useStore.setState({ draftOffer: null });
  const restore = async () => {
    const draft = foundDraft();
    if (!draft) return close();
    const [{ datasetErrors }, { resumeSession }] = await Promise.all([
      import("../../domain/edit/validate"),
      import("../../state/editActions"),
    ]);
    const errors = datasetErrors(draft.present);
    if (errors.length > 0) {
      await setAside(draft, `it no longer passes the checks: ${errors[0]?.path} ${errors[0]?.message}`);
      useStore
        .getState()
        .addNotice(
          `The unsaved edits kept in this browser could not be restored (${errors[0]?.path} ${errors[0]?.message}); they were set aside.`,
        );
      return close();
    }
    resumeSession(draft);
    close();
    announce(`Restored the unsaved edits of “${draft.present.title}”`);
  };
  return (
    <section className="draft-offer" aria-label="Unsaved edits">
      <p>
        Unsaved edits of “{offer.title}” from {new Date(offer.savedAt).toLocaleString("en")} are kept in this
        browser.
      </p>
      <button type="button" className="primary" onClick={() => void restore()}>
        Restore them
      </button>
      <button
        type="button"
        onClick={() => {
          void clearDraft().catch(() => undefined);
          close();
        }}
      >
        Discard
      </button>
    </section>
  );
}
