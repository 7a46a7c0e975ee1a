// Phones and tablets (COMPACT_QUERY): the bottom bar that reaches every view, and the handle of the
// sheets the side panels become (sheets.ts). Loaded only where the compact layout applies.
import { type ReactNode, useEffect, useRef } from "react";
import { useStore } from "../../state/store";
import { ExportButton } from "../Export/ExportButton";
import type { SheetName, Sheets } from "./sheets";
import "./compact.css";

/** The header's actions folded into a menu; it closes on Escape or a tap outside the header. */
export function MenuButton({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // A dialog opened from the menu (Export) takes its own Escape.
      if (e.key !== "Escape" || document.querySelector("dialog[open]")) return;
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (!(e.target as Element).closest?.(".app-header")) setOpen(false);
    };
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("pointerdown", onDown);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("pointerdown", onDown);
    };
  }, [open, setOpen]);
  return (
    <button
      ref={button}
      type="button"
      className="header-button menu-button"
      aria-expanded={open}
      aria-controls="header-actions"
      onClick={() => setOpen(!open)}
    >
      Menu
    </button>
  );
}

const SWIPE = 48;

/** The top of a sheet: a handle to make it taller or shorter (tap or swipe), its title, Close. */
export function SheetGrip({
  title,
  sheets,
  setSheets,
}: {
  title: string;
  sheets: Sheets;
  setSheets: (s: Sheets) => void;
}) {
  const start = useRef<number | null>(null);
  const close = () => {
    // Focus goes back to the bar button that stood for the sheet, never to the page body.
    const opener = document.querySelector<HTMLElement>('.compact-bar [aria-current="page"]');
    setSheets({ ...sheets, open: null });
    requestAnimationFrame(() => opener?.focus());
  };
  const full = sheets.size === "full";
  return (
    <div
      className="sheet-grip"
      onPointerDown={(e) => {
        start.current = e.clientY;
      }}
      onPointerUp={(e) => {
        if (start.current === null) return;
        const dy = e.clientY - start.current;
        start.current = null;
        if (dy > SWIPE) {
          if (full) setSheets({ ...sheets, size: "half" });
          else close();
        } else if (dy < -SWIPE && !full) setSheets({ ...sheets, size: "full" });
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={full ? `Show ${title} at half height` : `Show ${title} at full height`}
        onClick={() => setSheets({ ...sheets, size: full ? "half" : "full" })}
      >
        <span aria-hidden="true" />
      </button>
      <span className="sheet-title">{title}</span>
      <button type="button" className="sheet-close" aria-label={`Close ${title}`} onClick={close}>
        ✕
      </button>
    </div>
  );
}

type BarItem = "graph" | "list" | "filters" | "details" | "article";

function BarButton({
  item,
  active,
  onClick,
  children,
}: {
  item: BarItem;
  active: BarItem;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" aria-current={active === item ? "page" : undefined} onClick={onClick}>
      {children}
    </button>
  );
}

/** The bottom bar: Graph, List, Filters, Details, Article and Export, always in reach of a thumb. */
export function CompactBar({ sheets, setSheets }: { sheets: Sheets; setSheets: (s: Sheets) => void }) {
  const panel = useStore((s) => s.prefs.panel);
  const sidePanel = useStore((s) => s.sidePanel);
  const setPanel = useStore((s) => s.setPanel);
  const setSidePanel = useStore((s) => s.setSidePanel);
  const active: BarItem =
    sheets.open === "filters"
      ? "filters"
      : sheets.open === "side"
        ? sidePanel === "reader"
          ? "article"
          : "details"
        : panel;
  const show = (view: "graph" | "list") => {
    setPanel(view);
    setSheets({ ...sheets, open: null });
  };
  const open = (name: SheetName, size: Sheets["size"]) => {
    setSheets({ open: name, size });
    // Focus moves to what the button opened.
    requestAnimationFrame(() => document.getElementById(`sheet-${name}`)?.focus());
  };
  return (
    <nav className="compact-bar" aria-label="Views">
      <BarButton item="graph" active={active} onClick={() => show("graph")}>
        Graph
      </BarButton>
      <BarButton item="list" active={active} onClick={() => show("list")}>
        List
      </BarButton>
      <BarButton item="filters" active={active} onClick={() => open("filters", "full")}>
        Filters
      </BarButton>
      <BarButton
        item="details"
        active={active}
        onClick={() => {
          if (sidePanel === "reader") setSidePanel("details");
          open("side", sheets.open === "side" ? sheets.size : "half");
        }}
      >
        Details
      </BarButton>
      <BarButton
        item="article"
        active={active}
        onClick={() => {
          setSidePanel("reader");
          open("side", "full");
        }}
      >
        Article
      </BarButton>
      <ExportButton label="Export" />
    </nav>
  );
}
