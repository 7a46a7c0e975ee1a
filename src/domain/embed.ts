// The embed (`?embed=1`): what its address says, the messages a host page may send it, and the
// <iframe> code that puts it into a page. Pure: no DOM, no store.
import type { DatasetIndex } from "./indexes";
import { EMBED_PARAMS } from "./permalink";
import { FOCUS_DEPTHS, type FocusDepth, type Selection } from "./view";

export { EMBED_PARAMS };

export interface EmbedParams {
  embed: boolean;
  /** The one origin allowed to drive the embed with postMessage (`host=`), or null: none is. */
  host: string | null;
}

/** An http(s) origin as the browser writes it (`https://news.example.org`), or null. */
export function normalizeOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // An origin only: a path, query or credentials mean the value is not what it claims to be.
    if (
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== "/" && url.pathname !== "")
    )
      return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const embed = params.get("embed");
  return { embed: embed === "1" || embed === "true", host: normalizeOrigin(params.get("host")) };
}

/** What a host page may ask, once its message has passed the origin check. */
export type EmbedCommand =
  | { type: "select"; selection: Selection | null }
  | { type: "focus"; focus: { id: string; depth: FocusDepth } | null }
  | { type: "reset" };

export type ParsedMessage = { ok: true; command: EmbedCommand } | { ok: false; error: string } | null;

/** Every message of the API starts with this, so other scripts' messages are passed over. */
export const MESSAGE_PREFIX = "throughline:";

/**
 * Reads a host page's message: `{ type: "throughline:select", id }` (an actor's or a link's id;
 * null clears), `{ type: "throughline:focus", id, depth? }` (null leaves the focus),
 * `{ type: "throughline:reset" }`. Null for messages that are not for us; an error for ours that
 * are wrong (the embed reports it back to the host).
 */
export function parseHostMessage(data: unknown, index: DatasetIndex): ParsedMessage {
  if (!data || typeof data !== "object") return null;
  const { type, id, depth } = data as { type?: unknown; id?: unknown; depth?: unknown };
  if (typeof type !== "string" || !type.startsWith(MESSAGE_PREFIX)) return null;
  const name = type.slice(MESSAGE_PREFIX.length);
  const badId = (what: string) => ({
    ok: false as const,
    error: `${type}: no ${what} with id ${JSON.stringify(id)}`,
  });
  switch (name) {
    case "select": {
      if (id === null) return { ok: true, command: { type: "select", selection: null } };
      if (typeof id !== "string") return badId("actor or link");
      if (index.entityById.has(id))
        return { ok: true, command: { type: "select", selection: { kind: "entity", id } } };
      if (index.relationById.has(id))
        return { ok: true, command: { type: "select", selection: { kind: "relation", id } } };
      return badId("actor or link");
    }
    case "focus": {
      if (id === null) return { ok: true, command: { type: "focus", focus: null } };
      if (typeof id !== "string" || !index.entityById.has(id)) return badId("actor");
      const d = depth === undefined ? 1 : depth;
      if (!FOCUS_DEPTHS.includes(d as FocusDepth))
        return { ok: false, error: `${type}: depth must be 1, 2 or 3, not ${JSON.stringify(depth)}` };
      return { ok: true, command: { type: "focus", focus: { id, depth: d as FocusDepth } } };
    }
    case "reset":
      return { ok: true, command: { type: "reset" } };
    default:
      return { ok: false, error: `${type}: unknown message (select, focus and reset are understood)` };
  }
}

/** The embed's address: the permalink with `embed=1`, and `host=` when a page may drive it. */
export function embedUrl(permalink: string, host: string | null): string {
  const url = new URL(permalink);
  for (const p of EMBED_PARAMS) url.searchParams.delete(p);
  url.searchParams.set("embed", "1");
  if (host) url.searchParams.set("host", host);
  url.hash = "";
  return url.href;
}

const attr = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Height that shows graph and excerpts in both layouts (side by side; stacked on phones). */
export const EMBED_HEIGHT = 620;

/**
 * The <iframe> a newsroom pastes into a story page. Lazy-loaded; sandboxed to what the app needs
 * (its scripts and workers, its own storage, and opening articles and the full view in a new tab).
 */
export function embedCode(options: { url: string; title: string; height?: number }): string {
  const height = options.height ?? EMBED_HEIGHT;
  return [
    `<iframe src="${attr(options.url)}"`,
    ` title="${attr(options.title)}"`,
    ` width="100%" height="${height}" loading="lazy"`,
    ' style="border: 0; max-width: 1280px"',
    ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    ' referrerpolicy="strict-origin-when-cross-origin"></iframe>',
  ].join("");
}
