// The kinds of organisation that mediate or regulate. Pure data with no imports: the schema, the API and the
// admin pages in the browser share this one list.
export const ORG_KINDS = [
  'liaison_station',
  'community_committee',
  'village_committee',
  'consumer_association',
  'regulator',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
