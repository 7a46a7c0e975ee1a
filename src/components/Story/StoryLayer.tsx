// What story mode puts over the graph: the player while a story is played, otherwise the "Start
// here" call to action on a first visit. Both load on demand: nothing of them is in the first download.
import { lazy, Suspense } from "react";
import { useStore } from "../../state/store";

const StoryPlayer = lazy(() => import("./StoryPlayer"));
const StartHere = lazy(() => import("./StartHere"));

/**
 * `invite`: offer "Start here" on a first visit (the app; an embed plays only the story its address
 * names). `escapeKey`: the player leaves on Esc itself (the embed, which has no page-wide keys).
 */
export function StoryLayer({ invite = true, escapeKey = false }: { invite?: boolean; escapeKey?: boolean }) {
  const playing = useStore((s) => s.playing !== null);
  const inviting = useStore((s) => invite && s.storyCatalog.length > 0 && !s.storyIntroDismissed);
  if (!playing && !inviting) return null;
  return (
    <div className="story-layer">
      <Suspense fallback={null}>{playing ? <StoryPlayer escapeKey={escapeKey} /> : <StartHere />}</Suspense>
    </div>
  );
}
