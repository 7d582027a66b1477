// The merchant industries the API knows, and the names an imported file may use for them. The codes are
// checked against the server's list at compile time (a type-only import: no server code reaches the browser).
import type { Industry } from '../../../src/modules/merchants/merchants.schema';

export const INDUSTRIES = [
  'restaurant',
  'supermarket',
  'fitness',
  'education',
  'beauty',
  'electronics',
  'online_shop',
  'tourism',
  'car_repair',
  'market_stall',
  'retail',
  'other',
] as const satisfies readonly Industry[];
// Fails to compile when the server adds an industry this list lacks.
const complete: Exclude<Industry, (typeof INDUSTRIES)[number]> extends never ? true : false = true;
void complete;

/** An industry as a file names it (code, or its name in any of the three languages), else undefined. */
export function industryCode(text: string, names: Record<string, string>[]): Industry | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return INDUSTRIES.find((i) => i === t || names.some((n) => n[i]?.toLowerCase() === t));
}
