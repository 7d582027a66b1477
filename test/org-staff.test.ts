// The workbench's organisation views: who works at an organisation (GET /regions/:code/orgs/:orgId/staff), for
// assigning a case to a colleague (its own staff and the region's regulators may look; nobody else), and the
// case queue narrowed to one organisation, to the caller's own cases, or to those nobody has taken.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { uuidv7 } from '../src/lib/ids.js';
import { cases } from '../src/modules/cases/cases.schema.js';
import { users } from '../src/modules/identity/identity.schema.js';
import { createCaseRow, createMerchant, createOrg, createRegion, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp();
});
after(async () => {
  await ctx.close();
});

const get = (who: { cookie: string } | null, url: string) =>
  ctx.request({ method: 'GET', url: `/api/v1${url}`, headers: who ? { cookie: who.cookie } : {} });

test("an organisation's active staff, by name, for its own staff and the region's regulators only", async () => {
  const region = await createRegion(ctx);
  const committee = await createOrg(ctx, region, { tier: 'mediation' });
  const otherCommittee = await createOrg(ctx, region, { tier: 'mediation' });
  const bureau = await createOrg(ctx, region, { tier: 'regulator' });
  const me = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: committee.id });
  const colleague = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: committee.id });
  const leaver = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: committee.id });
  const db = ctx.deps.database.db;
  await db.update(users).set({ displayName: '王调解' }).where(eq(users.id, colleague.userId));
  await db.update(users).set({ disabledAt: ctx.clock.now() }).where(eq(users.id, leaver.userId));
  const stranger = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: otherCommittee.id });
  const regulator = await signedInStaff(ctx, { role: 'regulator', regionId: region.id, orgId: bureau.id });

  const url = `/regions/${region.code}/orgs/${committee.id}/staff`;
  const mine = await get(me, url);
  assert.equal(mine.statusCode, 200, mine.body);
  const items = mine.data.items as { id: string; displayName: string; role: string }[];
  assert.deepEqual(
    items.map((u) => u.id).sort(),
    [me.userId, colleague.userId].sort(),
    'a disabled account is left out',
  );
  assert.deepEqual(
    items.find((u) => u.id === colleague.userId),
    { id: colleague.userId, displayName: '王调解', role: 'mediator' },
  );
  assert.ok(!('login' in items[0]!), 'no login names or contact details');

  assert.equal((await get(regulator, url)).statusCode, 200, 'the regulator of the region may look');
  const refused = await get(stranger, url);
  assert.equal(refused.statusCode, 403, 'staff of another organisation may not');
  assert.equal(refused.data.error.code, 'FORBIDDEN');
  const merchantRegion = await createMerchant(ctx, region);
  const shop = await signedInStaff(ctx, { role: 'merchant_staff', regionId: region.id, merchantId: merchantRegion.id });
  assert.equal((await get(shop, url)).statusCode, 403, 'merchants may not');
  assert.equal((await get(null, url)).statusCode, 401);

  const otherRegion = await createRegion(ctx);
  const far = await signedInStaff(ctx, {
    role: 'regulator',
    regionId: otherRegion.id,
    orgId: (await createOrg(ctx, otherRegion, { tier: 'regulator' })).id,
  });
  assert.equal((await get(far, url)).statusCode, 403, "another region's regulator may not");
  const missing = await get(regulator, `/regions/${region.code}/orgs/${uuidv7()}/staff`);
  assert.equal(missing.statusCode, 404);
  const wrongRegion = await get(
    await signedInStaff(ctx, { role: 'platform_admin' }),
    `/regions/${otherRegion.code}/orgs/${committee.id}/staff`,
  );
  assert.equal(wrongRegion.statusCode, 404, "an organisation is only found under its own region's code");
});

test('the queue by organisation and by assignee', async () => {
  const region = await createRegion(ctx);
  const east = await createOrg(ctx, region, { tier: 'mediation' });
  const west = await createOrg(ctx, region, { tier: 'mediation' });
  const bureau = await createOrg(ctx, region, { tier: 'regulator' });
  const shop = await createMerchant(ctx, region);
  const me = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: east.id });
  const colleague = await signedInStaff(ctx, { role: 'mediator', regionId: region.id, orgId: east.id });
  const regulator = await signedInStaff(ctx, { role: 'regulator', regionId: region.id, orgId: bureau.id });
  const db = ctx.deps.database.db;
  const make = async (orgId: string, assignee: string | null) => {
    const c = await createCaseRow(ctx, shop, { filedAt: ctx.clock.now(), status: 'in_mediation' });
    await db
      .update(cases)
      .set({ tier: 'mediation', assignedOrgId: orgId, assigneeUserId: assignee })
      .where(eq(cases.id, c.id));
    return c.id;
  };
  const mine = await make(east.id, me.userId);
  const theirs = await make(east.id, colleague.userId);
  const untaken = await make(east.id, null);
  const westCase = await make(west.id, null);
  const list = async (who: { cookie: string }, q: string) =>
    ((await get(who, `/cases?${q}`)).data.items as { id: string }[]).map((c) => c.id).sort();

  assert.deepEqual(await list(me, 'assignee=me'), [mine]);
  assert.deepEqual(await list(me, 'assignee=unassigned'), [untaken]);
  assert.deepEqual(await list(me, ''), [mine, theirs, untaken].sort(), 'a mediator sees their organisation only');
  assert.deepEqual(await list(me, `orgId=${west.id}`), [], 'naming another organisation shows none of its cases');
  assert.deepEqual(await list(regulator, `orgId=${west.id}`), [westCase]);
  assert.deepEqual(await list(regulator, `orgId=${east.id}&assignee=unassigned`), [untaken]);
  assert.equal((await get(regulator, '/cases?assignee=someone')).statusCode, 400);
});
