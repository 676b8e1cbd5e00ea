import { useEffect, useMemo, useState } from 'preact/hooks';

/** Whether the browser prefers a dark theme now; follows the user switching it while the page is open. */
export function usePrefersDark(): boolean {
  const query = useMemo(() => matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}
