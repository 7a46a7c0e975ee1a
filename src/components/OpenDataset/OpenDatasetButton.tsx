import { useRef } from "react";
import { openFiles } from "../../state/openDataset";

/**
 * "Open dataset…": a .json, with its articles' .txt files picked together when they are not
 * embedded, or one .zip holding them.
 */
export function OpenDatasetButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => input.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.txt,.zip,application/json,text/plain,application/zip"
        multiple
        hidden
        aria-label="Dataset files"
        data-testid="open-dataset-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ""; // the same file can be opened again
          if (files.length > 0) void openFiles(files);
        }}
      />
    </>
  );
}
