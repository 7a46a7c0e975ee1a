// StoryPlayer: the story being played, one step at a time (loaded on demand).
//   ├─ header      the story's title, "Step n of N", Leave (Esc)
//   ├─ the step    heading, text (capped, with a note), its excerpts as quotes: each shows its link
//   │              on the canvas and opens the article at its passage
//   ├─ footer      Previous / dot tracker (a slider past 30 steps) / Next, the faint switch, Export
//   └─ live region "Step n of N: heading"
// The card sits over the graph area (a column on the left, or a bottom sheet when the area is
// narrow) and tells the store which part of the canvas it covers, so steps are framed beside it.
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { capText, type StepExcerpt, stepExcerpts } from "../../domain/story";
import { useStore } from "../../state/store";
import { StatusBadge } from "../Details/StatusBadge";
import "./story.css";

const ExportDialog = lazy(() => import("../Export/ExportDialog"));

/** Up to this many steps get one dot each; longer stories get a slider. */
const MAX_DOTS = 30;

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** `escapeKey`: Esc leaves the story here (where no page-wide key handler does it: the embed). */
export default function StoryPlayer({ escapeKey = false }: { escapeKey?: boolean }) {
  const playing = useStore((s) => s.playing);
  const index = useStore((s) => s.index);
  const faint = useStore((s) => s.storyFaint);
  const goToStep = useStore((s) => s.goToStep);
  const leaveStory = useStore((s) => s.leaveStory);
  const setStoryFaint = useStore((s) => s.setStoryFaint);
  const setStoryCover = useStore((s) => s.setStoryCover);
  const select = useStore((s) => s.select);
  const openReader = useStore((s) => s.openReader);
  const cardRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [exporting, setExporting] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();

  const story = playing?.story;
  const n = playing?.step ?? 0;
  const step = story?.steps[n];
  const total = story?.steps.length ?? 0;

  // ←/→ step through (Esc, which leaves, is the page's: see the store's `escape`; in the embed, the
  // player's). Registered before the player is painted, so that a key pressed as soon as it shows
  // is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (typingIn(e.target) || document.querySelector("dialog[open]")) return;
      const s = useStore.getState();
      if (!s.playing) return;
      if (e.key === "Escape" && escapeKey) {
        e.preventDefault();
        s.leaveStory();
        return;
      }
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      e.preventDefault();
      s.goToStep(s.playing.step + (e.key === "ArrowRight" ? 1 : -1));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [escapeKey]);

  // The part of the canvas the card covers, so that each step is framed in what is left.
  useLayoutEffect(() => {
    const card = cardRef.current;
    const layer = card?.parentElement;
    if (!card || !layer || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const c = card.getBoundingClientRect();
      const l = layer.getBoundingClientRect();
      const sheet = c.width > l.width * 0.7; // a bottom sheet, not a column
      setStoryCover(
        sheet
          ? { left: 0, bottom: Math.max(0, l.bottom - c.top) }
          : { left: Math.max(0, c.right - l.left), bottom: 0 },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    observer.observe(layer);
    return () => {
      observer.disconnect();
      setStoryCover({ left: 0, bottom: 0 });
    };
  }, [setStoryCover]);

  // A new step starts at its top, with its text cut again if it is long.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every step change
  useEffect(() => {
    setShowAll(false);
    cardRef.current?.querySelector(".story-body")?.scrollTo?.({ top: 0 });
  }, [n, story]);

  if (!story || !step || !index) return null;
  const excerpts = stepExcerpts(step, index);
  const capped = showAll ? { text: step.text, omitted: 0 } : capText(step.text);
  const go = (to: number) => {
    goToStep(to);
    // Keep the keyboard where the reader is when the button they used disappears (first/last step).
    if (to <= 0 || to >= total - 1) headingRef.current?.focus();
  };

  return (
    <section ref={cardRef} className="story-card" aria-labelledby={headingId} data-testid="story-player">
      <header className="story-top">
        <p className="story-title">
          <span className="story-kicker">Story</span> {story.title}
        </p>
        <button
          type="button"
          className="story-leave"
          onClick={() => leaveStory()}
          aria-label="Leave the story (Esc)"
          title="Leave the story (Esc)"
        >
          ×
        </button>
      </header>
      <div className="story-body">
        <p className="story-count">
          Step {n + 1} of {total.toLocaleString("en-US")}
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="story-heading">
          {step.heading}
        </h2>
        <p className="story-text">{capped.text}</p>
        {capped.omitted > 0 && (
          <p className="story-cap">
            This step's text is {step.text.length.toLocaleString("en-US")} characters long; the player shows
            the first {(step.text.length - capped.omitted).toLocaleString("en-US")}.{" "}
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              Show all of it
            </button>
          </p>
        )}
        <ol className="story-excerpts" aria-label="Excerpts this step cites">
          {excerpts.map((excerpt) => (
            <Excerpt
              key={`${excerpt.passage}`}
              excerpt={excerpt}
              onShowLink={() => select({ kind: "relation", id: excerpt.relation.id })}
              onOpenArticle={() => openReader(excerpt.evidence.article, excerpt.passage)}
            />
          ))}
        </ol>
      </div>
      <footer className="story-controls">
        <div className="story-nav">
          <button type="button" className="story-button" disabled={n === 0} onClick={() => go(n - 1)}>
            ← Previous
          </button>
          {total <= MAX_DOTS ? (
            <ol className="story-dots" aria-label="Steps">
              {story.steps.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions in a fixed story
                <li key={i}>
                  <button
                    type="button"
                    className="story-dot"
                    aria-current={i === n ? "step" : undefined}
                    aria-label={`Step ${i + 1}: ${s.heading}`}
                    title={`${i + 1}. ${s.heading}`}
                    onClick={() => go(i)}
                  />
                </li>
              ))}
            </ol>
          ) : (
            <input
              type="range"
              className="story-slider"
              min={1}
              max={total}
              value={n + 1}
              aria-label="Step"
              aria-valuetext={`Step ${n + 1} of ${total}`}
              onChange={(e) => go(Number(e.target.value) - 1)}
            />
          )}
          <button
            type="button"
            className="story-button story-next"
            disabled={n >= total - 1}
            onClick={() => go(n + 1)}
          >
            Next →
          </button>
        </div>
        <div className="story-options">
          <label>
            <input type="checkbox" checked={faint} onChange={(e) => setStoryFaint(e.target.checked)} /> Show
            the rest faintly
          </label>
          <button type="button" className="link-button" onClick={() => setExporting(true)}>
            Export this step…
          </button>
        </div>
      </footer>
      <p className="visually-hidden" role="status" data-testid="story-announcer">
        Step {n + 1} of {total}: {step.heading}
      </p>
      {exporting && (
        <Suspense fallback={null}>
          {/* The dialog offers this step (its heading, what it has told, its excerpts as footnotes). */}
          <ExportDialog
            filterSummary={`${story.title}, step ${n + 1} of ${total}`}
            onClose={() => setExporting(false)}
          />
        </Suspense>
      )}
    </section>
  );
}

function Excerpt({
  excerpt,
  onShowLink,
  onOpenArticle,
}: {
  excerpt: StepExcerpt;
  onShowLink: () => void;
  onOpenArticle: () => void;
}) {
  const { evidence, article, relation } = excerpt;
  return (
    <li className="story-excerpt" data-relation={relation.id} data-passage={excerpt.passage}>
      <blockquote className="story-quote">
        <button
          type="button"
          className="story-quote-button"
          onClick={onShowLink}
          title="Show this link on the graph"
        >
          {evidence.quote}
        </button>
      </blockquote>
      <p className="story-source">
        <span className="story-publisher">{article?.publisher ?? evidence.article}</span>
        {" · "}
        <StatusBadge status={evidence.status} />
        {" · "}
        {evidence.attribution}
      </p>
      <p className="story-excerpt-actions">
        <button type="button" className="link-button" onClick={onShowLink}>
          Show the link
        </button>
        <button type="button" className="link-button" onClick={onOpenArticle}>
          Open the article here
        </button>
      </p>
    </li>
  );
}
