// The first visit's call to action: start the dataset's story, or dismiss it for good (loaded on
// demand, with the player's styles).
import { useStore } from "../../state/store";
import "./story.css";

export default function StartHere() {
  const catalog = useStore((s) => s.storyCatalog);
  const startStory = useStore((s) => s.startStory);
  const dismiss = useStore((s) => s.dismissStoryIntro);
  const first = catalog[0];
  if (!first) return null;
  return (
    <aside className="story-start" aria-label="Start here" data-testid="story-start">
      <p className="story-start-lead">
        <strong>New here? Start here.</strong> {first.title}: a guided tour in {first.steps} steps, each with
        the articles' own words.
      </p>
      <div className="story-start-actions">
        <button type="button" className="story-button story-next" onClick={() => void startStory(first.id)}>
          Start the story
        </button>
        <button type="button" className="link-button" onClick={dismiss}>
          No thanks
        </button>
      </div>
    </aside>
  );
}
