// Where a JSON text stops being JSON. JSON.parse says so in a different wording on every engine
// (and not always with a position), so this walks the grammar itself. Domain-free.

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: end - lastBreak };
}

export type JsonParse =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; line: number; column: number; reason: string };

/** Parses JSON text; on failure, where (offset, line, column) and what it found there. Never throws. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = firstJsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    const reason =
      offset >= text.length ? "the text ends too early" : `unexpected ${JSON.stringify(text.charAt(offset))}`;
    return { ok: false, offset, line, column, reason };
  }
}

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends too
 * early). Nesting deeper than 1,000 levels counts as an error where it starts.
 */
export function firstJsonErrorOffset(text: string): number {
  let i = 0;
  class Stop {
    readonly at: number;
    constructor(at: number) {
      this.at = at;
    }
  }
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text.charAt(i) >= "0" && text.charAt(i) <= "9") i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text.charAt(i) === "-") i++;
    if (text.charAt(i) === "0") i++;
    else digits();
    if (text.charAt(i) === ".") {
      i++;
      digits();
    }
    if (text.charAt(i) === "e" || text.charAt(i) === "E") {
      i++;
      if (text.charAt(i) === "+" || text.charAt(i) === "-") i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        i++;
        const esc = text.charAt(i);
        if (esc === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text.charAt(i))) fail();
          }
          i++;
        } else if ('"\\/bfnrt'.includes(esc) && esc !== "") i++;
        else fail();
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 1_000) fail();
    ws();
    const ch = text.charAt(i);
    if (ch === "{") {
      i++;
      ws();
      if (text.charAt(i) === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ":") fail();
        i++;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "}") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === "[") {
      i++;
      ws();
      if (text.charAt(i) === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "]") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === "t") literal("true");
    else if (ch === "f") literal("false");
    else if (ch === "n") literal("null");
    else if (ch === "-" || (ch >= "0" && ch <= "9")) number();
    else fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (stop) {
    return stop instanceof Stop ? Math.min(stop.at, text.length) : 0;
  }
}
