// "Embed on a web page": the <iframe> code for the current view, ready to copy. An optional origin
// names the one page that may drive the embed with postMessage (README, "Embedding").
import { useId, useMemo, useRef, useState } from "react";
import { embedCode, embedUrl, normalizeOrigin } from "../../domain/embed";
import { useStore } from "../../state/store";
import { urlFor } from "../../state/urlSync";
import "./embedCode.css";

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure origin, a policy): select the code for Ctrl+C instead.
    fallback?.focus();
    fallback?.select();
    return false;
  }
}

export function EmbedCode() {
  const view = useStore((s) => s.view);
  // During a story, the embed plays it from the step on screen.
  const playing = useStore((s) => s.playing);
  const title = useStore((s) => s.dataset?.title ?? "Throughline");
  const hostId = useId();
  const codeId = useId();
  const [host, setHost] = useState("");
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);
  const origin = normalizeOrigin(host.trim());
  const hostInvalid = host.trim() !== "" && origin === null;
  // The view (or story step) as the address bar will have it, read when the dialog renders.
  const permalink = new URL(urlFor(view, window.location, playing), window.location.href).href;
  const code = useMemo(
    () =>
      embedCode({
        url: embedUrl(permalink, origin),
        title: `${title}: the network of who is linked to whom, with the articles' excerpts`,
      }),
    [permalink, origin, title],
  );
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <fieldset className="embed-code">
      <legend>Embed on a web page</legend>
      <p className="export-hint">
        {playing
          ? "This story, from this step, live: readers can step through it, explore the graph and read the excerpts."
          : "The current view, live: readers can explore it and read the excerpts."}{" "}
        It loads lazily, and the page keeps scrolling over it until a reader clicks into it.
      </p>
      <label htmlFor={hostId} className="export-title">
        Page allowed to control it (optional origin, e.g. https://news.example.org)
        <input
          id={hostId}
          type="url"
          value={host}
          placeholder="https://…"
          aria-invalid={hostInvalid || undefined}
          onChange={(e) => {
            setHost(e.target.value);
            setCopied(null);
          }}
        />
      </label>
      {hostInvalid && <p className="export-warning">Not an origin: use https://host (no path).</p>}
      <label htmlFor={codeId} className="visually-hidden">
        Embed code
      </label>
      <textarea
        id={codeId}
        ref={area}
        readOnly
        rows={4}
        value={code}
        data-testid="embed-code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="export-choices">
        <button
          type="button"
          onClick={() => void copyText(code, area.current).then((ok) => setCopied(ok ? "yes" : "select"))}
        >
          Copy embed code
        </button>
        <span aria-live="polite" className="embed-copy-status">
          {copied === "yes" && "Copied."}
          {copied === "select" && "Selected: press Ctrl+C (⌘C) to copy."}
        </span>
      </div>
    </fieldset>
  );
}
