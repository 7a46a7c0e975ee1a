// The embed's postMessage API (README, "Embedding"). A host page may drive the embed — select,
// focus, reset — only from the one origin its address allows (`host=`), and only as the window
// that frames it; everything else is ignored without a word. The embed answers to that origin
// alone: ready, every change of selection, and what it could not do.
import { type EmbedCommand, MESSAGE_PREFIX, parseHostMessage } from "../domain/embed";
import type { View } from "../domain/view";
import { useStore } from "./store";
import type { AppState } from "./types";

export interface BridgeOptions {
  /** The allowed origin, or null (then no message is accepted and none is sent). */
  host: string | null;
  /** The view `reset` returns to: what the embed's address showed. */
  initialView: () => View;
  /** The window to listen on and the one that frames it (injected by tests). */
  self?: Window;
  parent?: Window | null;
}

function apply(command: EmbedCommand, initialView: () => View) {
  const { select, setFocus, applyView } = useStore.getState();
  switch (command.type) {
    case "select":
      select(command.selection);
      break;
    case "focus":
      setFocus(command.focus?.id ?? null, command.focus?.depth);
      break;
    case "reset":
      applyView(initialView());
      break;
  }
}

export function startEmbedBridge({
  host,
  initialView,
  self = window,
  parent = window.parent,
}: BridgeOptions): () => void {
  if (!host || !parent || parent === self) return () => {};
  const post = (message: Record<string, unknown>) => parent.postMessage(message, host);

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== host || event.source !== parent) return;
    const { index } = useStore.getState();
    if (!index) return;
    const parsed = parseHostMessage(event.data, index);
    if (!parsed) return;
    if (!parsed.ok) {
      post({ type: `${MESSAGE_PREFIX}error`, message: parsed.error });
      return;
    }
    apply(parsed.command, initialView);
    const { selection } = useStore.getState().view;
    if (parsed.command.type === "select" && parsed.command.selection && !selection)
      post({
        type: `${MESSAGE_PREFIX}error`,
        message: `${parsed.command.selection.id} is hidden by the embed's filters`,
      });
  };
  self.addEventListener("message", onMessage);

  const unsubscribe = useStore.subscribe((state: AppState, prev: AppState) => {
    if (state.view.selection !== prev.view.selection)
      post({ type: `${MESSAGE_PREFIX}selection`, selection: state.view.selection });
  });
  post({ type: `${MESSAGE_PREFIX}ready`, view: useStore.getState().view });
  return () => {
    self.removeEventListener("message", onMessage);
    unsubscribe();
  };
}
