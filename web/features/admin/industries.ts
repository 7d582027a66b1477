// The merchant industries the API knows (the server's own list, a pure data file), and the names an imported file
// may use for them.
import { INDUSTRIES, type Industry } from '../../../src/modules/merchants/industries';

export { INDUSTRIES };

/** An industry as a file names it (code, or its name in any of the three languages), else undefined. */
export function industryCode(text: string, names: Record<string, string>[]): Industry | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return INDUSTRIES.find((i) => i === t || names.some((n) => n[i]?.toLowerCase() === t));
}
