/**
 * Code the page needs only sometimes (the detail sections, several respondents, the number
 * reader, DORA's fold, the print table) loads the first time it is asked for, never ahead: a
 * visit that does not use it does not download it. The getter returns undefined until the module
 * is here; `arrived` runs once it is, so the caller can draw again.
 */
export function lazy<T>(load: () => Promise<T>, arrived: (module: T) => void): () => T | undefined {
  let loaded: T | undefined;
  let loading = false;
  return () => {
    if (!loaded && !loading) {
      loading = true;
      void load().then((m) => {
        loaded = m;
        arrived(m);
      });
    }
    return loaded;
  };
}
