import { useEffect, useState } from 'react';

const identity = (value: string) => value;

/**
 * A text box's draft, committed to the URL after a pause in typing. The URL stays the only source
 * of truth: when it changes from elsewhere (Back, Clear filters, a link) the draft follows it.
 * `normalize` must match how the URL parser reads the value, so a commit never resets the draft.
 */
export function useDebouncedDraft(
  urlValue: string,
  commit: (value: string) => void,
  { delay = 250, normalize = identity } = {},
) {
  const [draft, setDraft] = useState(urlValue);
  // The last value sent to the URL (or taken from it), and the URL value last rendered. The URL
  // follows a commit a moment later: until it does, it is not "moving on its own", and what the
  // user typed meanwhile must stay (comparing it with `committed` dropped those keystrokes).
  const [committed, setCommitted] = useState(urlValue);
  const [seenUrl, setSeenUrl] = useState(urlValue);
  if (urlValue !== seenUrl) {
    setSeenUrl(urlValue);
    if (urlValue !== committed) {
      // The URL moved on its own: adopt it (React's "adjust state while rendering" pattern).
      setCommitted(urlValue);
      setDraft(urlValue);
    }
  }
  const pending = normalize(draft) !== committed;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      setCommitted(normalize(draft));
      commit(draft);
    }, delay);
    return () => clearTimeout(timer);
  }, [pending, draft, commit, delay, normalize]);
  return [draft, setDraft] as const;
}
