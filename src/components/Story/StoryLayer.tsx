// What story mode puts over the graph: the player while a story is played, otherwise the "Start
// here" call to action on a first visit. Both load on demand: nothing of them is in the first download.
import { lazy, Suspense } from "react";
import { useStore } from "../../state/store";

const StoryPlayer = lazy(() => import("./StoryPlayer"));
const StartHere = lazy(() => import("./StartHere"));

export function StoryLayer() {
  const playing = useStore((s) => s.playing !== null);
  const invite = useStore((s) => s.storyCatalog.length > 0 && !s.storyIntroDismissed);
  if (!playing && !invite) return null;
  return (
    <div className="story-layer">
      <Suspense fallback={null}>{playing ? <StoryPlayer /> : <StartHere />}</Suspense>
    </div>
  );
}
