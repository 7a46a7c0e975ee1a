// Whether a CSS media query matches, kept in step with the window (rotation, resizing).
import { useSyncExternalStore } from "react";

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones and tablets: one column, a bottom bar, panels as sheets (styles.css, "Compact"). */
export const COMPACT_QUERY = "(max-width: 1100px)";
/** Phones: narrower than a small tablet. */
export const PHONE_QUERY = "(max-width: 600px)";
