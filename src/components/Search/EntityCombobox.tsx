// A text box that suggests entities as you type (name or alias, accent- and case-insensitive), with
// the ARIA combobox pattern: arrows move through suggestions, Enter chooses, Escape closes.
import { type ReactNode, useId, useMemo, useState } from "react";
import type { Entity } from "../../data/types";
import { type SearchText, searchEntities } from "../../domain/search";
import { ENTITY_VISUALS } from "../../visuals/vocabulary";

interface Props {
  label: string;
  entities: readonly Entity[];
  value: string;
  onInput: (text: string) => void;
  onChoose: (entity: Entity) => void;
  placeholder?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  /** Extra content below the suggestions (e.g. excerpt matches). */
  footer?: ReactNode;
  /** Escape on an empty, closed box (lets the page-wide Escape handling take over). */
  onEscape?: () => void;
  hideLabel?: boolean;
  /**
   * The dataset's folded names (`index.searchText`), so a keystroke does not fold them again; null
   * while a large dataset's are still being prepared (no suggestions until then).
   */
  searchText?: SearchText | null;
  /** While the search text is prepared: the share done (0–1), said in the popup. */
  preparing?: number | null;
}

export function EntityCombobox({
  label,
  entities,
  value,
  onInput,
  onChoose,
  placeholder,
  inputRef,
  footer,
  onEscape,
  hideLabel,
  searchText,
  preparing = null,
}: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const suggestions = useMemo(
    () => (searchText === null ? [] : searchEntities(entities, value, 8, searchText)),
    [entities, value, searchText],
  );
  const waiting = searchText === null && preparing !== null;
  const expanded = open && value.trim() !== "" && (suggestions.length > 0 || footer !== undefined || waiting);

  const choose = (entity: Entity) => {
    onChoose(entity);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      const match = suggestions[active];
      if (match) choose(match.entity);
    } else if (e.key === "Escape") {
      // Closes the suggestions, then clears the box; with nothing left to undo here, the key goes
      // on to the page (leave focus, clear the path, the selection).
      const handled = expanded || value !== "" || onEscape !== undefined;
      if (handled) e.stopPropagation();
      if (expanded) setOpen(false);
      else if (value) onInput("");
      else onEscape?.();
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className={hideLabel ? "visually-hidden" : "field-label"}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && suggestions[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onInput(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <div className="combobox-popup" hidden={!expanded}>
        {/* The ARIA combobox pattern: focus stays in the input (aria-activedescendant), options are
            chosen with the arrow keys and Enter there, or with the mouse here. */}
        <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`}>
          {suggestions.map((m, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the input (combobox pattern)
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached by aria-activedescendant
            <li
              key={m.entity.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m.entity)}
            >
              <span className={m.entity.unnamed ? "is-unnamed" : undefined}>{m.entity.name}</span>
              {m.matched !== m.entity.name && <span className="option-sub"> ({m.matched})</span>}
              <span className="option-type">{ENTITY_VISUALS[m.entity.type].label}</span>
            </li>
          ))}
        </ul>
        {waiting && (
          <p className="option-heading" role="status" data-testid="search-preparing">
            Preparing the search: {Math.floor((preparing ?? 0) * 100)} % of the names and excerpts read
          </p>
        )}
        {footer}
      </div>
    </div>
  );
}
