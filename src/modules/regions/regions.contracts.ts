// Request and response shapes of the region API (validation and OpenAPI), and the presenters that map rows to them.
import { z } from 'zod';
import { isCurrency } from '../../lib/money.js';
import type { DistrictRow, RegionRow } from './region.repository.js';
import { RegionSettingsInput, RegionSettingsView, readRegionSettings, TimeZoneSchema } from './region-settings.js';

const label = (max: number) => z.string().trim().min(1).max(max);

/** Upper-case letters and digits, starting with a letter: it prefixes human case numbers (HZ-2026-000123). */
export const RegionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,7}$/, '2–8 letters or digits, starting with a letter, e.g. HZ');

export const RegionCodeParams = z.strictObject({ code: z.string().trim().min(1).max(16) });

export const CreateRegionBody = z.strictObject({
  code: RegionCode,
  name: label(100),
  nameEn: z.string().trim().max(100).default(''),
  timeZone: TimeZoneSchema.default('Asia/Shanghai'),
  currency: z.string().trim().refine(isCurrency, 'a supported ISO 4217 currency, e.g. CNY').default('CNY'),
  /** Missing keys take the platform defaults; the deadline time zone defaults to the region's. */
  settings: RegionSettingsInput.optional(),
});
export type CreateRegionBody = z.infer<typeof CreateRegionBody>;

export const UpdateRegionSettingsBody = RegionSettingsInput;

export const CreateDistrictBody = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, 'up to 16 letters, digits, - or _'),
  name: label(100),
  nameEn: z.string().trim().max(100).default(''),
});
export type CreateDistrictBody = z.infer<typeof CreateDistrictBody>;

export const DistrictView = z.object({ id: z.uuid(), code: z.string(), name: z.string(), nameEn: z.string() });
export const RegionListItemView = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
export const RegionSummaryView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  districts: z.array(DistrictView),
});
export const RegionDetailView = RegionSummaryView.extend({
  settings: RegionSettingsView,
  createdAt: z.iso.datetime(),
});
export { RegionSettingsView };

export function districtView(d: DistrictRow): z.infer<typeof DistrictView> {
  return { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn };
}

export function regionSummaryView(r: RegionRow, districts: DistrictRow[]): z.infer<typeof RegionSummaryView> {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    timeZone: r.timeZone,
    currency: r.currency,
    districts: districts.map(districtView),
  };
}

export function regionDetailView(r: RegionRow, districts: DistrictRow[]): z.infer<typeof RegionDetailView> {
  return {
    ...regionSummaryView(r, districts),
    settings: readRegionSettings(r.settings),
    createdAt: r.createdAt.toISOString(),
  };
}
