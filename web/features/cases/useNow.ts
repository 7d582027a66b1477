import { useEffect, useState } from 'react';
import { serverNow } from '../../lib/api';

/** The platform's current time, updated every `ms` (one timer per component that counts down). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const id = setInterval(() => setNow(serverNow()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
