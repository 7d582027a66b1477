import type { AppDeps } from '../../deps.js';
import type { StaffRole } from './identity.schema.js';
import { listUsersOfRegion, type UserRow } from './user.repository.js';

/** Staff accounts of a region in creation order, a page at a time (keyset on the UUIDv7 id). */
export async function listRegionUsers(
  deps: AppDeps,
  opts: { regionId: string; role?: StaffRole | undefined; after?: string | undefined; limit: number },
): Promise<{ items: UserRow[]; nextAfter: string | null }> {
  const rows = await listUsersOfRegion(deps.database.db, opts.regionId, {
    ...(opts.role ? { role: opts.role } : {}),
    ...(opts.after ? { after: opts.after } : {}),
    limit: opts.limit + 1,
  });
  const items = rows.slice(0, opts.limit);
  return { items, nextAfter: rows.length > opts.limit ? items.at(-1)!.id : null };
}
