// GET /file — the consumer's filing page, opened from a store page (?store=<id>), a receipt (?receipt=<token>, or
// the receipt link /r/<token>) or a printed short code (?code=<code>). The server renders the store it knows; a
// receipt or code is checked by the browser against POST /api/v1/receipts/verify and shown read-only. While the
// consumer types, the AI mediator's reading is shown under the description. The form posts to POST /api/v1/cases
// (see file-page.client.ts).
import type { CaseStatus } from '../../cases/index.js';
import { DEMAND_OPTIONS } from '../labels.js';
import { FILE_PAGE_SCRIPT } from './file-page.client.js';
import { esc, jsonForScript, type Page, page } from './html.js';

export type FileTarget =
  | { kind: 'store'; store: { id: string; name: string; merchantName: string; address: string } }
  | { kind: 'receipt'; receipt: string }
  | { kind: 'code'; code: string };

const STATUS_LABELS: Record<CaseStatus, string> = {
  filed: '已提交',
  awaiting_response: '等待商家回应',
  negotiating: '协商中',
  settled: '已达成和解',
  fulfilled: '已履行',
  closed: '已结案',
  in_mediation: '调解中',
  regulator_review: '市场监管部门审查中',
  regulator_mediation: '行政调解中',
  referred: '已转其他途径',
  withdrawn: '已撤回',
  rejected: '不予受理',
  transferred: '已移送',
};

export function filePage(target: FileTarget): Page {
  const who =
    target.kind === 'store'
      ? `<section>
  <h2>投诉对象</h2>
  <dl>
    <dt>门店</dt><dd>${esc(target.store.name)}</dd>
    <dt>经营者</dt><dd>${esc(target.store.merchantName)}</dd>
    ${target.store.address ? `<dt>地址</dt><dd>${esc(target.store.address)}</dd>` : ''}
  </dl>
</section>`
      : `<section id="purchase-box" hidden>
  <h2>购买记录（来自支付凭证，不可修改）</h2>
  <dl id="purchase"></dl>
</section>
<p id="receipt-status" class="muted">${target.kind === 'code' ? `正在核验查询码 ${esc(target.code)}…` : '正在核验小票…'}</p>`;
  const demands = DEMAND_OPTIONS.map(
    (d) => `<label><input type="checkbox" name="demand" value="${esc(d.code)}"> ${esc(d.label)}</label>`,
  ).join('');
  const body = `
${who}
<div id="error" class="error" role="alert" hidden></div>
${target.kind === 'code' ? '<p id="retry-code" hidden><a href="/file">重新输入查询码 / enter the code again</a></p>' : ''}
<form id="form" hidden novalidate>
  <section>
    <h2>发生了什么</h2>
    <textarea name="description" id="description" maxlength="5000" required
      placeholder="请描述购买的商品或服务、遇到的问题和经过"></textarea>
    <div id="reading" class="reading" aria-live="polite" hidden></div>
    <label>您的诉求（可多选）</label>
    <div class="checks">${demands}</div>
    <label for="claim">要求金额（元，选填）</label>
    <input type="number" name="claim" id="claim" min="0" step="0.01" inputmode="decimal">
    <label for="phone">联系电话（选填，仅用于案件通知，加密保存）</label>
    <input type="tel" name="phone" id="phone" maxlength="20" autocomplete="tel">
  </section>
  <button type="submit" id="submit">提交投诉</button>
  <p class="muted">投诉直达商家，商家须在 24 小时内回应。</p>
</form>
<section id="result" hidden>
  <div class="ok">
    <h2>投诉已提交</h2>
    <dl>
      <dt>案件编号</dt><dd id="r-number"></dd>
      <dt>状态</dt><dd id="r-status"></dd>
    </dl>
  </div>
  <h2 style="margin-top:12px">办理时限</h2>
  <ul class="plain" id="r-deadlines"></ul>
  <h2 style="margin-top:12px">保存此链接以跟进案件</h2>
  <p><a id="r-link" href="#"></a></p>
  <p class="muted">访问凭证（请勿告诉他人）：</p>
  <p class="token" id="r-token"></p>
  <button type="button" id="again">再提交一件投诉</button>
</section>
<script type="application/json" id="boot">${jsonForScript({
    target: target.kind === 'store' ? { kind: 'store', storeId: target.store.id } : target,
    statusLabels: STATUS_LABELS,
  })}</script>
`;
  return page({ title: '我要投诉 — 放心消费', heading: '我要投诉', body, script: FILE_PAGE_SCRIPT });
}

/**
 * /file opened with neither a store, a receipt nor a code: how to get to the filing page, and a form for the
 * short code printed on a receipt (a plain GET to /file?code=…, no script). `error` and `code` re-show a code that
 * could not be one.
 */
export function fileStartPage(opts: { error?: string; code?: string } = {}): Page {
  return page({
    title: '我要投诉 — 放心消费',
    heading: '我要投诉',
    body: `<section><p>请扫描店铺的“放心消费”二维码，或购物小票上的二维码，进入投诉页面。</p>
<p class="muted">Scan the shop's “放心消费” QR code or the QR code on your receipt to file a complaint.</p></section>
<section>
  <form method="get" action="/file">
    <label for="code">输入小票上的查询码 / enter the code on your receipt</label>
    ${opts.error ? `<div class="error" role="alert">${esc(opts.error)}</div>` : ''}
    <input type="text" name="code" id="code" maxlength="32" required autocomplete="off" autocapitalize="characters"
      spellcheck="false" placeholder="例如 7K3M2-Q9XD0" value="${esc(opts.code)}">
    <p><button type="submit">查询并投诉</button></p>
  </form>
</section>`,
    footer: '<a href="/demo/pay">演示：到店付款，获取带二维码的小票 / demo: pay at a shop</a>',
  });
}
