import type { AppState } from "./store";

export const selectSelectedEntity = (s: AppState) =>
  s.selection?.kind === "entity" ? (s.index?.entityById.get(s.selection.id) ?? null) : null;

export const selectSelectedRelation = (s: AppState) =>
  s.selection?.kind === "relation" ? (s.index?.relationById.get(s.selection.id) ?? null) : null;
