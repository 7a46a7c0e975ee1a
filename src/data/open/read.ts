// Reading bytes from a stream (a picked file or a response), with progress, a size limit and
// cancellation, then decoding them (decode.ts). Shared by files.ts and url.ts.
import { type Decoded, decodeText } from "./decode";
import { type Problem, problem } from "./problems";

export class TooLarge extends Error {}
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/** Throws Cancelled once the signal is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

/** Reads a byte stream whole, reporting progress, refusing more than `limit` bytes. */
export async function readBytes(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  limit: number,
  report: (fraction: number | null) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  let lastReport = 0;
  try {
    for (;;) {
      throwIfCancelled(signal);
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) throw new TooLarge();
      parts.push(value);
      if (received - lastReport > 256 * 1024) {
        lastReport = received;
        report(total ? Math.min(1, received / total) : null);
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
  report(total ? 1 : null);
  if (parts.length === 1) return parts[0] as Uint8Array;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** Decoded text, or the problem that says why it is not text; a UTF-16 file adds a warning. */
export function decodeOrProblem(
  file: string,
  bytes: Uint8Array,
  warnings: Problem[],
): { ok: true; text: string } | { ok: false; problem: Problem } {
  const decoded: Decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: problem("encoding", "(file)", decoded.message, { file }) };
  if (decoded.encoding !== "utf-8") {
    warnings.push(
      problem(
        "encoding",
        "(file)",
        `was saved as ${decoded.encoding.toUpperCase()}, not UTF-8; it was read as such`,
        {
          file,
          severity: "warning",
        },
      ),
    );
  }
  return { ok: true, text: decoded.text };
}
