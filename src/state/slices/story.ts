// The story slice: which story is being played, at which step, and the view the reader had before
// (leaving gives it back). A step is a View (domain/story.ts) applied with the view slice's one
// action; the graph sync hides what the story has not introduced yet and frames each step.
import type { StateCreator } from "zustand";
import type { LoadedDataset, Story } from "../../data/types";
import { clampStep, loadStories, stepView, storyCatalog, storyReveal } from "../../domain/story";
import { storyIntro } from "../storyIntro";
import type { AppState, StorySlice } from "../types";

export const NO_COVER = { left: 0, bottom: 0 } as const;

/** What a new dataset brings to the story slice: its catalog, and no story playing. */
export function storyStateFor(
  dataset: LoadedDataset,
): Pick<StorySlice, "storyCatalog" | "stories" | "playing"> {
  return { storyCatalog: storyCatalog(dataset), stories: dataset.stories ?? null, playing: null };
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => {
  /** Moves the story being played to step `n` and shows that step's view. */
  const show = (n: number) => {
    const { playing, applyView } = get();
    const step = playing?.story.steps[n];
    if (!playing || !step) return;
    set({ playing: { ...playing, step: n } });
    applyView(stepView(step, playing.before.layout));
  };
  return {
    storyCatalog: [],
    stories: null,
    playing: null,
    storyFaint: false,
    storyCover: NO_COVER,
    storyIntroDismissed: storyIntro.read(),

    startStory: async (id, step = 0) => {
      const { dataset, index } = get();
      if (!dataset || !index) return false;
      const stories = get().stories ?? (await loadStories(dataset).catch((): Story[] => []));
      // The reader may have opened another dataset meanwhile.
      if (get().dataset !== dataset) return false;
      const story = stories.find((s) => s.id === id);
      if (!story) {
        set({ stories });
        return false;
      }
      // Taking the story is an answer to the invitation too.
      if (!get().storyIntroDismissed) get().dismissStoryIntro();
      const n = clampStep(story, step) ?? 0;
      const first = story.steps[n];
      if (!first) return false;
      const current = get().playing;
      if (current?.story === story) {
        show(n);
        return true;
      }
      const before = current?.before ?? get().view;
      set({ stories, playing: { story, step: n, before, reveal: storyReveal(story, index) } });
      get().applyView(stepView(first, before.layout));
      return true;
    },
    goToStep: (n) => {
      const playing = get().playing;
      if (!playing) return;
      const to = clampStep(playing.story, n);
      if (to !== null && to !== playing.step) show(to);
    },
    leaveStory: (restore = true) => {
      const playing = get().playing;
      if (!playing) return;
      // The view first, then the end of the story: the URL then records the view given back.
      if (restore) get().applyView(playing.before);
      set({ playing: null });
    },
    setStoryFaint: (storyFaint) => set({ storyFaint }),
    setStoryCover: (cover) => {
      const was = get().storyCover;
      if (Math.abs(was.left - cover.left) > 1 || Math.abs(was.bottom - cover.bottom) > 1)
        set({ storyCover: cover });
    },
    dismissStoryIntro: () => {
      storyIntro.write(true);
      set({ storyIntroDismissed: true });
    },
  };
};
