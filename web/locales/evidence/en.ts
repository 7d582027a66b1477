import type { EvidenceMessages } from './zh-CN';

const evidence: EvidenceMessages = {
  title: 'Photos',
  hint: 'Photograph the damage, the receipt, a sign in the shop… up to {{max}} photos. They are shrunk, and location and other private details are removed.',
  add: 'Add photos',
  count: '{{n}}/{{max}}',
  empty: 'No photos yet',
  preparing: 'Preparing the photo…',
  willUpload: 'These photos are uploaded with the complaint once it is filed.',
  uploading: 'Uploading {{percent}}%',
  failed: 'Upload failed',
  retry: 'Retry',
  remove: 'Remove',
  removeNamed: 'Remove photo {{n}}',
  open: 'Open photo {{n}}',
  addedBy: 'Added by the {{who}} · {{when}}',
  loadFailed: 'The photo could not be loaded',
  unreadable: 'This photo cannot be read; choose another (JPEG, PNG or WebP).',
  tooMany: 'At most {{max}} photos; the rest were not added.',
  closed: 'The case has ended; no more photos can be added.',
  errors: {
    evidence_limit: 'This case already has the maximum of {{max}} photos.',
    evidence_type: 'Only JPEG, PNG or WebP photos are accepted.',
    evidence_damaged: 'The photo file is damaged; take or choose it again.',
    evidence_too_large: 'The photo is too large (over 5 MB).',
    evidence_empty: 'The photo is empty; choose it again.',
  },
};
export default evidence;
