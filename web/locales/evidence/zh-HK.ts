import type { EvidenceMessages } from './zh-CN';

const evidence: EvidenceMessages = {
  title: '相片證據',
  hint: '可拍攝貨品損壞處、收據、店內標示等，最多 {{max}} 張。相片會壓縮，位置等私隱資料會被移除。',
  add: '加入相片',
  count: '{{n}}/{{max}} 張',
  empty: '暫時未有相片',
  preparing: '正在處理相片…',
  willUpload: '提交投訴後，這些相片會隨個案一併上載。',
  uploading: '上載中 {{percent}}%',
  failed: '上載失敗',
  retry: '重試',
  remove: '移除',
  removeNamed: '移除相片 {{n}}',
  open: '查看相片 {{n}}',
  addedBy: '{{who}} 上載 · {{when}}',
  loadFailed: '相片載入失敗',
  unreadable: '無法讀取這張相片，請另選一張（支援 JPEG、PNG、WebP）。',
  tooMany: '最多 {{max}} 張，多出的相片未有加入。',
  closed: '個案已完結，不能再加入相片。',
  errors: {
    evidence_limit: '此個案的相片已達 {{max}} 張上限。',
    evidence_type: '只接受 JPEG、PNG 或 WebP 格式的相片。',
    evidence_damaged: '相片檔案已損壞，請重新拍攝或選擇。',
    evidence_too_large: '相片太大（超過 5 MB）。',
    evidence_empty: '相片是空的，請重新選擇。',
  },
};
export default evidence;
