// The evidence photos' texts (namespace "evidence"), loaded with the pages that show them. en.ts and zh-HK.ts
// have the same keys.
const evidence = {
  title: '照片证据',
  hint: '可拍摄商品破损处、小票、店内标识等，最多 {{max}} 张。照片会压缩，位置等隐私信息会被去除。',
  add: '添加照片',
  count: '{{n}}/{{max}} 张',
  empty: '还没有照片',
  preparing: '正在处理照片…',
  willUpload: '提交投诉后，这些照片会随案件一并上传。',
  uploading: '上传中 {{percent}}%',
  failed: '上传失败',
  retry: '重试',
  remove: '移除',
  removeNamed: '移除照片 {{n}}',
  open: '查看照片 {{n}}',
  addedBy: '{{who}} 上传 · {{when}}',
  loadFailed: '照片加载失败',
  unreadable: '无法读取这张照片，请换一张（支持 JPEG、PNG、WebP）。',
  tooMany: '最多 {{max}} 张，多出的照片未添加。',
  closed: '案件已结束，不能再添加照片。',
  errors: {
    evidence_limit: '该案件的照片已达 {{max}} 张上限。',
    evidence_type: '只支持 JPEG、PNG 或 WebP 格式的照片。',
    evidence_damaged: '照片文件已损坏，请重新拍摄或选择。',
    evidence_too_large: '照片太大（超过 5 MB）。',
    evidence_empty: '照片是空的，请重新选择。',
  },
};
export type EvidenceMessages = typeof evidence;
export default evidence;
