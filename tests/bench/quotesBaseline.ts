// The quote index as it was before issue 20 (two arrays of JS numbers per character), kept only so
// that `npm run bench -- --figures=text` can put its cost beside the Int32Array index.

const WHITE_SPACE = /\s/;

export function indexText(text: string): { normalized: string; starts: number[]; ends: number[] } {
  let normalized = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITE_SPACE.test(ch)) {
      const start = i;
      while (i < text.length && WHITE_SPACE.test(text.charAt(i))) i++;
      normalized += " ";
      starts.push(start);
      ends.push(i);
    } else {
      normalized += ch;
      starts.push(i);
      ends.push(i + 1);
      i++;
    }
  }
  return { normalized, starts, ends };
}
