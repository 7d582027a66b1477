// The demo "pay at a shop" page's script, sent inline (no build step; plain ES2017, textContent only, never
// innerHTML). The QR code's SVG comes from our own server, yet it is still not inserted as markup: it becomes a
// data: URL on an <img>, where an SVG cannot run script. (A template literal: write no dollar-brace and no
// backslash in it.)
export const DEMO_PAY_SCRIPT = `
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('pay-form');
  var shops = [];

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function showError(message) { var box = $('error'); text(box, message); box.hidden = !message; }
  function apiMessage(data, fallback) { return (data && data.error && data.error.message) || fallback; }
  function call(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body ? { 'content-type': 'application/json', 'accept-language': 'zh-CN' } : { 'accept-language': 'zh-CN' },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) { return { status: res.status, ok: res.ok, data: data }; });
    });
  }

  /** Yuan as typed (full-width digits, a "¥", a Chinese full stop allowed) to integer fen, exactly; null if not an amount. */
  function toFen(input) {
    var s = String(input).replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 65248); })
      .replace(/[。．]/g, '.').replace(/[¥￥,，]/g, '').trim();
    var m = /^([0-9]{1,6})(?:[.]([0-9]{0,2}))?$/.exec(s) || /^()[.]([0-9]{1,2})$/.exec(s);
    if (!m) return null;
    return Number(m[1] || '0') * 100 + Number(((m[2] || '') + '00').slice(0, 2));
  }
  function yuan(fen) { return '¥' + Math.floor(fen / 100) + '.' + ('0' + (fen % 100)).slice(-2); }
  function base64(str) {
    var bytes = window.TextEncoder ? new TextEncoder().encode(str) : str.split('').map(function (c) { return c.charCodeAt(0) & 255; });
    var bin = '';
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin);
  }

  function showSlip(shop, fen, itemName, p) {
    text($('s-shop'), shop.name);
    text($('s-item'), itemName ? itemName + ' ×1' : '—');
    var d = new Date(p.paidAt);
    text($('s-time'), isNaN(d.getTime()) ? p.paidAt : d.toLocaleString('zh-CN', { hour12: false }));
    text($('s-txn'), p.txn);
    text($('s-amount'), yuan(fen));
    $('s-qr').src = 'data:image/svg+xml;base64,' + base64(p.qrSvg);
    text($('s-code'), p.shortCode);
    // The link is our own receipt link (PUBLIC_URL/r/<token>); anything but http(s) is not followed.
    $('s-link').href = /^https?:[/][/]/.test(p.link) ? p.link : '/r/' + encodeURIComponent(p.token);
    var slip = $('slip');
    slip.hidden = false;
    if (slip.scrollIntoView) slip.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    showError('');
    var shop = shops[Number($('shop').value)];
    if (!shop) return showError('请选择店铺。');
    var fen = toFen($('amount').value);
    if (fen === null || fen < 1) return showError('请填写正确的金额，例如 25.80（最多两位小数）。');
    if (fen > 10000000) return showError('演示付款每笔不超过 ¥100000.00。');
    var itemName = $('item').value.trim();
    var body = { mid: shop.mid, amountMinor: fen };
    if (itemName) body.items = [{ name: itemName, qty: 1 }];
    var button = $('pay');
    button.disabled = true;
    call('POST', '/api/v1/demo/pay', body).then(function (r) {
      if (r.ok && r.data && r.data.token) showSlip(shop, fen, itemName, r.data);
      else if (r.status === 404 && !(r.data && r.data.error && r.data.error.code === 'MERCHANT_NOT_FOUND')) unavailable();
      else showError(apiMessage(r.data, '付款失败（' + r.status + '），请稍后重试。'));
    }).catch(function () {
      showError('网络异常，请检查网络后重试。');
    }).then(function () { button.disabled = false; });
  });

  function unavailable() {
    form.hidden = true;
    $('slip').hidden = true;
    $('unavailable').hidden = false;
  }

  call('GET', '/api/v1/demo/shops').then(function (r) {
    $('loading').hidden = true;
    if (r.status === 404) return unavailable();
    if (!r.ok || !r.data || !r.data.items) return showError(apiMessage(r.data, '无法加载演示店铺（' + r.status + '），请稍后刷新重试。'));
    shops = r.data.items;
    if (shops.length === 0) return unavailable();
    var select = $('shop');
    shops.forEach(function (s, i) {
      var o = document.createElement('option');
      o.value = String(i);
      text(o, s.name);
      select.appendChild(o);
    });
    form.hidden = false;
  }).catch(function () {
    $('loading').hidden = true;
    showError('网络异常，无法加载演示店铺，请稍后刷新重试。');
  });
})();
`;
