// ExportDialog (a native modal <dialog>: focus stays inside, Escape closes)
//   ├─ Format       PNG · JPG · SVG (images) | JSON · GraphML · GEXF · CSV (data)
//   ├─ Include      whole graph | current view
//   ├─ Image only   scale (PNG/JPG) with the resulting pixel size, background, title,
//   │               legend / caption / credits toggles, and the canvas-limit warning
//   ├─ EmbedCode    "Copy embed code": an <iframe> of the current view for a story page
//   └─ Status       progress while exporting, then what was saved
// Everything graph-related goes through src/graph/export; this component never touches cy.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Visibility } from "../../domain/filters";
import {
  type Background,
  type DataFormat,
  type ImageFormat,
  type ImageOptions,
  planImageExport,
  runDataExport,
  runImageExport,
} from "../../graph/export";
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE } from "../../graph/export/limits";
import { downloadBlob } from "../../lib/download";
import { useStore } from "../../state/store";
import { EmbedCode } from "./EmbedCode";

type Format = ImageFormat | DataFormat;
const IMAGE_FORMATS: { value: ImageFormat; label: string }[] = [
  { value: "png", label: "PNG" },
  { value: "jpg", label: "JPG" },
  { value: "svg", label: "SVG (editable)" },
];
const DATA_FORMATS: { value: DataFormat; label: string }[] = [
  { value: "json", label: "JSON (this app's format)" },
  { value: "graphml", label: "GraphML" },
  { value: "gexf", label: "GEXF (Gephi)" },
  { value: "csv", label: "CSV (3 files)" },
];
const SCALES = [1, 2, 3, 4];

const isImage = (f: Format): f is ImageFormat => f === "png" || f === "jpg" || f === "svg";
const px = (n: number) => n.toLocaleString("en-US");

export default function ExportDialog({
  filterSummary,
  onClose,
  initialTitle = "",
  shown,
}: {
  filterSummary: string;
  onClose: () => void;
  /** The title field's first value (a story step's heading). */
  initialTitle?: string;
  /** What to export instead of what the filters show (a story step: what it has told so far). */
  shown?: Visibility;
}) {
  const dataset = useStore((s) => s.dataset);
  // What the export covers is what the filters show, as the store says it.
  const filtered = useStore((s) => s.visibility);
  const visibility = shown ?? filtered;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<Format>("png");
  const [region, setRegion] = useState<"full" | "view">("full");
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<Background>("white");
  const [title, setTitle] = useState(initialTitle);
  const [legend, setLegend] = useState(true);
  const [caption, setCaption] = useState(true);
  const [credits, setCredits] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: "done" | "error"; text: string } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const image = isImage(format) ? format : null;
  const effectiveBackground: Background =
    format === "jpg" && background === "transparent" ? "white" : background;
  const options = useMemo<ImageOptions | null>(
    () =>
      image
        ? {
            format: image,
            region,
            scale,
            background: effectiveBackground,
            title,
            legend,
            caption,
            credits,
            filterSummary,
          }
        : null,
    [image, region, scale, effectiveBackground, title, legend, caption, credits, filterSummary],
  );
  const plan = useMemo(
    () => (dataset && options ? planImageExport(dataset, visibility, options) : null),
    [dataset, visibility, options],
  );
  const raster = format === "png" || format === "jpg";

  async function onExport() {
    if (!dataset || busy) return;
    setStatus(null);
    const started = performance.now();
    try {
      let names: string[];
      if (image) {
        if (!plan) throw new Error("The graph is not ready yet.");
        setBusy("Preparing");
        // The plan on screen (its size, file name and caption) is the one saved.
        const file = await runImageExport(plan, setBusy);
        downloadBlob(file.blob, file.name);
        names = [file.name];
      } else {
        setBusy("Writing");
        const files = runDataExport(dataset, visibility, format as DataFormat, region, filterSummary);
        for (const file of files) downloadBlob(file.blob, file.name);
        names = files.map((f) => f.name);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      setStatus({ kind: "done", text: `Saved ${names.join(", ")} (${seconds} s).` });
    } catch (error) {
      setStatus({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  const overLimit = raster && plan !== null && !plan.fits;
  const disabled = busy !== null || !dataset || (image !== null && (!plan || plan.empty || overLimit));

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void onExport();
        }}
      >
        <h2 id={titleId}>Export</h2>

        <fieldset>
          <legend>Format</legend>
          {(
            [
              ["Image", IMAGE_FORMATS],
              ["Data", DATA_FORMATS],
            ] as const
          ).map(([group, formats]) => (
            <div key={group} className="export-choices">
              <span className="export-group-label">{group}</span>
              {formats.map((f) => (
                <label key={f.value}>
                  <input
                    type="radio"
                    name="format"
                    checked={format === f.value}
                    onChange={() => setFormat(f.value)}
                  />
                  {f.label}
                </label>
              ))}
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>Include</legend>
          <div className="export-choices">
            <label>
              <input
                type="radio"
                name="region"
                checked={region === "full"}
                onChange={() => setRegion("full")}
              />
              The whole graph
            </label>
            <label>
              <input
                type="radio"
                name="region"
                checked={region === "view"}
                onChange={() => setRegion("view")}
              />
              The current view
            </label>
          </div>
          <p className="export-hint">Only what the filters show is exported, with its highlighting.</p>
        </fieldset>

        {image && (
          <>
            {raster && (
              <fieldset>
                <legend>Scale</legend>
                <div className="export-choices">
                  {[...SCALES, ...(SCALES.includes(scale) ? [] : [scale])].map((s) => (
                    <label key={s}>
                      <input type="radio" name="scale" checked={scale === s} onChange={() => setScale(s)} />
                      {s}×
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            <fieldset>
              <legend>Background</legend>
              <div className="export-choices">
                {(
                  [
                    ["white", "White"],
                    ["transparent", "Transparent"],
                    ["theme", "App theme"],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name="background"
                      checked={effectiveBackground === value}
                      disabled={value === "transparent" && format === "jpg"}
                      onChange={() => setBackground(value)}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>On the image</legend>
              <label className="export-title">
                Title (optional)
                <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
              </label>
              <div className="export-choices">
                <label>
                  <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
                  Legend
                </label>
                <label>
                  <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
                  Caption (what is shown, filters)
                </label>
                <label>
                  <input type="checkbox" checked={credits} onChange={(e) => setCredits(e.target.checked)} />
                  Credits (source articles)
                </label>
              </div>
            </fieldset>
            {plan && !plan.empty && (
              <p className="export-size" data-testid="export-size">
                {raster ? "Image size" : "Drawing size"}: {px(plan.size.width)} × {px(plan.size.height)} px
              </p>
            )}
            {plan?.empty && <p className="export-warning">Nothing is shown: there is no graph to export.</p>}
            {overLimit && plan && (
              <div className="export-warning" role="alert">
                <p>
                  At {scale}× this image would be {px(plan.size.width)} × {px(plan.size.height)} px, more than
                  the browser can draw (at most {px(CANVAS_MAX_AREA)} pixels, {px(CANVAS_MAX_SIDE)} px a
                  side).
                </p>
                {plan.maxScale > 0 ? (
                  <button type="button" onClick={() => setScale(plan.maxScale)}>
                    Use {plan.maxScale}×, the largest that works
                  </button>
                ) : (
                  <p>Export the current view or SVG instead.</p>
                )}
              </div>
            )}
          </>
        )}

        <EmbedCode />

        <div className="export-status" role="status">
          {busy && (
            <>
              <progress aria-label="Exporting" /> {busy}…
            </>
          )}
          {!busy && status && <span className={`export-${status.kind}`}>{status.text}</span>}
        </div>

        <div className="export-actions">
          <button type="button" onClick={() => ref.current?.close()} disabled={busy !== null}>
            Close
          </button>
          <button type="submit" className="primary" disabled={disabled}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
