// The edit slice: whether edit mode is on, and the editing session. The editor's actions (edits,
// undo, redo, save) live with its code and load with it (src/components/Editor/editActions.ts).
import type { StateCreator } from "zustand";
import type { AppState, EditSlice } from "../types";

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set) => ({
  editing: false,
  edit: null,
  draftOffer: null,
  setEditing: (editing) => set({ editing }),
});
