/**
 * In-process notice that public content changed (a save, a transition, a restore), so that the public
 * site's page cache drops what it holds. Other app processes notice within the cache's TTL.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onContentChanged(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function contentChanged(): void {
  for (const fn of listeners) fn();
}
