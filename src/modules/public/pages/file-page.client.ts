// The filing page's script, sent inline (no build step). Plain ES2017 for old phone browsers; everything shown
// to the user is set with textContent, never innerHTML — the mediator's reading too. Reads its inputs from
// <script id="boot">.
// Error messages are asked for in Chinese, the page's language, whatever the browser prefers.
// The draft and the Idempotency-Key live in sessionStorage, so a reload or a retry after a network failure
// loses nothing and never files twice. (A template literal: write no dollar-brace and no backslash in it.)
export const FILE_PAGE_SCRIPT = `
(function () {
  'use strict';
  var boot = JSON.parse(document.getElementById('boot').textContent);
  var t = boot.target;
  var $ = function (id) { return document.getElementById(id); };
  var form = $('form');
  var storageKey = 'hejie.file.' + (t.kind === 'store' ? 'store:' + t.storeId
    : t.kind === 'code' ? 'code:' + t.code.replace(/[ -]/g, '') : 'receipt:' + t.receipt);

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function load() {
    try { return JSON.parse(sessionStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }
  function save() {
    try { sessionStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode: no draft */ }
  }
  var state = load() || { key: uuid(), draft: {} };
  save();

  function showError(message) {
    var box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }
  function apiMessage(data, fallback) {
    return (data && data.error && data.error.message) || fallback;
  }
  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function add(parent, tag, value) { var el = document.createElement(tag); text(el, value); parent.appendChild(el); return el; }
  function money(minor, currency) {
    if (typeof minor !== 'number') return '';
    return (currency === 'CNY' || !currency ? '¥' : currency + ' ') + (minor / 100).toFixed(2);
  }
  function when(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso || '') : d.toLocaleString('zh-CN', { hour12: false });
  }

  function readForm() {
    var demands = [];
    Array.prototype.forEach.call(form.querySelectorAll('input[name=demand]:checked'), function (c) { demands.push(c.value); });
    return { description: form.description.value, demands: demands, claim: form.claim.value, phone: form.phone.value };
  }
  function fillForm(d) {
    if (d.description) form.description.value = d.description;
    if (d.claim) form.claim.value = d.claim;
    if (d.phone) form.phone.value = d.phone;
    Array.prototype.forEach.call(form.querySelectorAll('input[name=demand]'), function (c) {
      c.checked = (d.demands || []).indexOf(c.value) >= 0;
    });
  }
  fillForm(state.draft || {});
  form.addEventListener('input', function () { state.draft = readForm(); save(); });

  function showResult(r) {
    form.hidden = true;
    $('purchase-box') && ($('purchase-box').hidden = true);
    var box = $('result');
    box.hidden = false;
    text($('r-number'), r.number);
    text($('r-status'), boot.statusLabels[r.status] || r.status);
    var list = $('r-deadlines');
    list.textContent = '';
    (r.deadlines || []).forEach(function (d) {
      add(list, 'li', ((d.label && d.label.zh) || d.kind) + '：' + when(d.dueAt) + ' 前');
    });
    var link = location.origin + '/c/' + encodeURIComponent(r.id) + '#' + encodeURIComponent(r.accessToken);
    var a = $('r-link');
    a.href = link;
    text(a, link);
    text($('r-token'), r.accessToken);
  }

  $('again').addEventListener('click', function () {
    try { sessionStorage.removeItem(storageKey); } catch (e) { /* nothing to clear */ }
    location.reload();
  });

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    showError('');
    var d = readForm();
    if (d.description.trim().length < 5) return showError('请至少用 5 个字描述发生了什么。');
    if (d.demands.length === 0) return showError('请至少选择一项诉求。');
    var body = { description: d.description.trim(), demands: d.demands };
    if (t.kind === 'store') body.merchant = { storeId: t.storeId };
    else if (t.kind === 'code') body.shortCode = t.code;
    else body.receipt = t.receipt;
    if (d.claim.trim()) {
      var yuan = Number(d.claim);
      if (!(yuan >= 0)) return showError('请填写正确的金额。');
      body.claim = { amountMinor: Math.round(yuan * 100), currency: 'CNY' };
    }
    if (d.phone.trim()) body.phone = d.phone.trim();
    var button = $('submit');
    button.disabled = true;
    fetch('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', 'idempotency-key': state.key },
      body: JSON.stringify(body),
      credentials: 'same-origin'
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (res.ok && data && data.id) {
          state.result = data;
          save();
          showResult(data);
        } else {
          showError(apiMessage(data, '提交失败（' + res.status + '），请稍后重试。'));
        }
      });
    }).catch(function () {
      showError('网络异常，请检查网络后重试；重试不会重复提交。');
    }).then(function () { button.disabled = false; });
  });

  function showPurchase(p) {
    var box = $('purchase-box');
    var dl = $('purchase');
    dl.textContent = '';
    function row(label, value) { if (value) { add(dl, 'dt', label); add(dl, 'dd', value); } }
    row('商户', p.merchant && p.merchant.name);
    row('门店', p.store && p.store.name);
    row('金额', money(p.amountMinor, p.currency));
    row('支付时间', p.paidAt && when(p.paidAt));
    var items = (p.items || []).map(function (i) {
      if (typeof i !== 'object' || !i) return String(i);
      return (i.name || '') + (i.qty ? ' ×' + i.qty : '') + (typeof i.amountMinor === 'number' ? ' ' + money(i.amountMinor, p.currency) : '');
    }).join('；');
    row('商品', items);
    row('凭证', p.verified ? '支付机构已验证' : '');
    box.hidden = false;
    // What the receipt proves wins over what the text suggests in the mediator's reading.
    facts = {};
    if (typeof p.amountMinor === 'number') facts.amountMinor = p.amountMinor;
    if (p.currency) facts.currency = p.currency;
    if (p.paidAt) facts.paidAt = p.paidAt;
  }

  // The AI mediator's reading, live while the consumer types: one request per pause (600 ms), the previous one
  // aborted, and an answer older than the latest request dropped. Any failure shows nothing: it never blocks filing.
  var facts = null;
  var readingBox = $('reading');
  var timer = null;
  var inflight = null;
  var asked = 0;
  function hideReading() { readingBox.hidden = true; readingBox.textContent = ''; }
  function scheduleReading() {
    clearTimeout(timer);
    timer = setTimeout(askMediator, 600);
  }
  function askMediator() {
    var textNow = form.description.value.trim();
    if (inflight) { inflight.abort(); inflight = null; }
    var seq = ++asked;
    if (textNow.length < 10) return hideReading();
    var payload = { text: textNow };
    if (facts) payload.facts = facts;
    inflight = window.AbortController ? new AbortController() : null;
    fetch('/api/v1/mediator/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify(payload),
      signal: inflight ? inflight.signal : undefined
    }).then(function (res) {
      return res.ok ? res.json() : null;
    }).then(function (a) {
      if (seq !== asked) return;
      inflight = null;
      if (a && a.categoryName) showReading(a); else hideReading();
    }).catch(function () {
      if (seq === asked) { inflight = null; hideReading(); }
    });
  }
  function zh(x) { return (x && typeof x.zh === 'string') ? x.zh : ''; }
  function showReading(a) {
    var box = readingBox;
    box.textContent = '';
    add(box, 'h3', 'AI 调解员的初步看法：' + zh(a.categoryName));
    if (zh(a.explanation)) add(box, 'p', zh(a.explanation));
    var articles = (a.articles || []).slice(0, 3);
    if (articles.length) {
      add(box, 'p', '相关法律规定：');
      var ul = add(box, 'ul');
      articles.forEach(function (art) {
        var details = add(add(ul, 'li'), 'details');
        add(details, 'summary', (art.lawTitle || '') + ' ' + (art.no || ''));
        add(details, 'p', art.text);
      });
    }
    if (a.settlement && zh(a.settlement.summary)) add(box, 'p', '建议的和解方案：' + zh(a.settlement.summary));
    if (a.remedy && a.remedy.formula && zh(a.remedy.formula)) add(box, 'p', '依法可以主张：' + zh(a.remedy.formula));
    var missing = (a.missing || []).filter(function (m) { return zh(m.question); });
    if (missing.length) {
      add(box, 'p', '补充这些信息，处理会更快：');
      var qs = add(box, 'ul');
      missing.forEach(function (m) { add(qs, 'li', zh(m.question)); });
    }
    add(box, 'p', '以上由系统自动生成，仅供参考，不影响您提交投诉。').className = 'muted';
    box.hidden = false;
  }
  form.description.addEventListener('input', scheduleReading);

  if (state.result) return showResult(state.result);
  if (t.kind === 'receipt' || t.kind === 'code') {
    var status = $('receipt-status');
    var what = t.kind === 'code' ? '查询码' : '小票';
    fetch('/api/v1/receipts/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify(t.kind === 'code' ? { shortCode: t.code } : { receipt: t.receipt })
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        status.hidden = true;
        if (res.ok && data) {
          showPurchase(data);
          form.hidden = false;
          scheduleReading();
        } else {
          showError(apiMessage(data, '无法核验这张' + what + '（' + res.status + '）。'));
          if ($('retry-code')) $('retry-code').hidden = false;
        }
      });
    }).catch(function () {
      status.hidden = true;
      showError('网络异常，无法核验' + what + '，请稍后刷新重试。');
    });
  } else {
    form.hidden = false;
    scheduleReading();
  }
})();
`;
