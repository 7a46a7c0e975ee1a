// The header's Story entry: plays the dataset's story (or lists them when there are several).
// A dataset without stories shows none.
import { useState } from "react";
import { useStore } from "../../state/store";

export function StoryButton() {
  const catalog = useStore((s) => s.storyCatalog);
  const playing = useStore((s) => s.playing !== null);
  const startStory = useStore((s) => s.startStory);
  const leaveStory = useStore((s) => s.leaveStory);
  const [open, setOpen] = useState(false);
  if (catalog.length === 0) return null;
  if (playing)
    return (
      <button type="button" className="header-button" aria-pressed="true" onClick={() => leaveStory()}>
        Leave story
      </button>
    );
  if (catalog.length === 1) {
    const only = catalog[0];
    return (
      <button
        type="button"
        className="header-button"
        title={only?.title}
        onClick={() => only && void startStory(only.id)}
      >
        Story
      </button>
    );
  }
  return (
    <div className="story-menu">
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
      >
        Stories
      </button>
      {open && (
        <ul className="story-menu-list">
          {catalog.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  void startStory(s.id);
                }}
              >
                {s.title} ({s.steps} steps)
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
