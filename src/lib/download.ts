// Saves a Blob as a file through a temporary object URL (same origin: nothing leaves the page).

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The download starts asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
