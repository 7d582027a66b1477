// Evidence photos on a case: the panel for any party's case page, the picker for the filing page, and the
// queue that carries photos chosen before filing to the new case.
export { EvidencePanel, evidenceKey } from './EvidencePanel';
export { EvidencePicker, MAX_PHOTOS } from './EvidencePicker';
export { type LocalPhoto, queueUploads } from './uploads';
