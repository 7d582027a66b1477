// GET /demo/pay — the demo site's "pay at a shop": pick a demo shop, pay an amount, and get the receipt the demo
// institution signs, drawn like a thermal-printer slip (QR code, short code, a link that files a complaint).
// Everything comes from the demo API (GET /api/v1/demo/shops, POST /api/v1/demo/pay), which answers 404 on a
// deployment without the demo institution; the page then says so. See demo-pay-page.client.ts.
import { DEMO_PAY_SCRIPT } from './demo-pay-page.client.js';
import { type Page, page } from './html.js';

/** The slip: narrow and monospaced like 58 mm till paper, with dashed rules between its parts. */
const SLIP_CSS = `
.slip{max-width:300px;margin:12px auto;background:#fff;padding:16px 14px;font:14px/1.5 ui-monospace,"Noto Sans Mono CJK SC",monospace;
 box-shadow:0 1px 4px rgba(0,0,0,.15);border-top:6px dotted #f5f5f5}
.slip .center{text-align:center}
.slip .shop{font-size:17px;font-weight:bold}
.slip hr{border:0;border-top:1px dashed #999;margin:8px 0}
.slip dl{font-size:13px}
.slip .total{font-size:20px;font-weight:bold}
.slip img{display:block;width:180px;height:180px;margin:8px auto;image-rendering:pixelated}
.slip .code{font-size:20px;letter-spacing:2px;font-weight:bold}
.slip a.button{font-family:-apple-system,"PingFang SC","Noto Sans SC",sans-serif;font-size:16px;margin-top:10px}
`;

export function demoPayPage(): Page {
  const body = `
<p id="loading" class="muted">正在加载演示店铺…</p>
<section id="unavailable" hidden>
  <h2>演示尚未开通</h2>
  <p>本站没有配置演示支付机构，无法模拟到店付款。</p>
  <p class="muted">The demo is not set up on this deployment (seed the demo data: <code>hejie seed --demo</code>).</p>
</section>
<div id="error" class="error" role="alert" hidden></div>
<form id="pay-form" hidden novalidate>
  <section>
    <h2>到店付款</h2>
    <label for="shop">店铺</label>
    <select id="shop" name="shop" required></select>
    <label for="amount">金额（元）</label>
    <input type="text" id="amount" name="amount" inputmode="decimal" maxlength="12" autocomplete="off"
      placeholder="例如 25.80" required>
    <label for="item">商品名称（选填）</label>
    <input type="text" id="item" name="item" maxlength="100" autocomplete="off" placeholder="例如 拿铁咖啡">
  </section>
  <button type="submit" id="pay">付款并打印小票</button>
  <p class="muted">演示用：不会真的扣款。付款后由演示支付机构签发电子小票。</p>
</form>
<div id="slip" class="slip" hidden>
  <div class="center shop" id="s-shop"></div>
  <div class="center muted">购物小票 · 演示</div>
  <hr>
  <dl>
    <dt>商品</dt><dd id="s-item"></dd>
    <dt>时间</dt><dd id="s-time"></dd>
    <dt>交易号</dt><dd id="s-txn"></dd>
  </dl>
  <hr>
  <div class="center">实付 <span class="total" id="s-amount"></span></div>
  <hr>
  <div class="center">遇到问题？扫码一键投诉</div>
  <img id="s-qr" alt="小票二维码：扫码投诉">
  <div class="center">查询码</div>
  <div class="center code" id="s-code"></div>
  <div class="center muted">也可在 /file 页面输入查询码</div>
  <a class="button" id="s-link" href="#">扫码或点此投诉</a>
</div>
`;
  return page({
    title: '到店付款（演示） — 放心消费',
    heading: '到店付款（演示）',
    body,
    css: SLIP_CSS,
    script: DEMO_PAY_SCRIPT,
    footer: '<a href="/file">我要投诉 / file a complaint</a>',
  });
}
