import { useStore } from "../../state/store";

/** Quiet notices, e.g. link settings that were ignored. Never blocks the page. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <button type="button" onClick={dismiss} aria-label="Dismiss notices">
        ×
      </button>
    </div>
  );
}
