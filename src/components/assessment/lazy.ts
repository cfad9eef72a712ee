/**
 * Code the page needs only sometimes (the detail sections, several respondents, the print table)
 * is loaded on first need, and ahead of it when the browser is idle, so the JavaScript a keystroke
 * runs stays small. The getter returns undefined until the module is here; `arrived` runs once it
 * is, so the caller can draw again.
 */
export function lazy<T>(load: () => Promise<T>, arrived: (module: T) => void): () => T | undefined {
  let loaded: T | undefined;
  let loading = false;
  const start = () => {
    if (loaded || loading) return;
    loading = true;
    void load().then((m) => {
      loaded = m;
      arrived(m);
    });
  };
  globalThis.requestIdleCallback?.(start);
  return () => {
    start();
    return loaded;
  };
}
