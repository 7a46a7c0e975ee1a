// Whether the reader has dismissed (or taken) the "Start here" invitation to play the story: shown
// on a first visit only. A preference of this browser, not view state.
import { storedValue } from "../lib/storage";

export const storyIntro = storedValue<boolean>({
  key: "story-intro-dismissed",
  version: 1,
  fallback: false,
  validate: (data) => (typeof data === "boolean" ? data : null),
});
