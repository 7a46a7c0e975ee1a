// Addresses from a dataset become links only when they are http(s): the schema already refuses
// anything else, and this keeps a `javascript:` or `data:` address out of an href even if a
// dataset reached the page some other way.

/** The address, normalized, when it is an absolute http or https URL; otherwise null. */
export function httpUrlOrNull(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
