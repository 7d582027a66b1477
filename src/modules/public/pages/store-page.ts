// GET /s/:storeId — what a consumer sees after scanning the store's 放心消费收款码.
import type { PublicStoreView } from '../public.contracts.js';
import { esc, type Page, page, percent } from './html.js';

export function storePage(s: PublicStoreView): Page {
  const m = s.merchant;
  const commitments =
    s.commitments.length === 0
      ? '<p class="muted">该商户尚未签署放心消费承诺。</p>'
      : `<ul class="plain">${s.commitments
          .map(
            (c) =>
              `<li><b>${esc(c.title.zh)}</b><br>${esc(c.text)}${
                c.kind === 'offline_no_reason_return' && c.windowDays
                  ? `<div class="muted">退货期限 ${esc(c.windowDays)} 天${
                      c.exclusions.length ? `；不适用：${esc(c.exclusions.join('、'))}` : ''
                    }</div>`
                  : ''
              }</li>`,
          )
          .join('')}</ul>`;
  const f = s.figures;
  const hours = f.medianHoursToFirstResponse === null ? '—' : `${esc(f.medianHoursToFirstResponse)} 小时`;
  const body = `
<section>
  <dl>
    <dt>经营者</dt><dd>${esc(m.legalName)}</dd>
    ${m.tradeName && m.tradeName !== m.legalName ? `<dt>字号</dt><dd>${esc(m.tradeName)}</dd>` : ''}
    <dt>统一社会信用代码</dt><dd>${esc(m.creditCode)}</dd>
    <dt>行业</dt><dd>${esc(m.industryName)}</dd>
    <dt>所在地区</dt><dd>${esc(s.region.name)}${s.district ? ` ${esc(s.district.name)}` : ''}</dd>
    ${s.store.address ? `<dt>地址</dt><dd>${esc(s.store.address)}</dd>` : ''}
  </dl>
</section>
<section>
  <h2>本店承诺</h2>
  ${commitments}
</section>
<section>
  <h2>近一年投诉处理</h2>
  <div class="figures">
    <div class="figure"><b>${esc(f.casesFiled)}</b><span>投诉件数</span></div>
    <div class="figure"><b>${percent(f.answeredInTimeShare)}</b><span>按时响应</span></div>
    <div class="figure"><b>${percent(f.settledShare)}</b><span>协商和解</span></div>
    <div class="figure"><b>${hours}</b><span>首次响应（中位数）</span></div>
  </div>
  <p class="muted">统计该经营者所有门店在过去 365 天内收到的投诉。</p>
</section>
<a class="button" href="/file?store=${esc(encodeURIComponent(s.store.id))}">我要投诉 / File a complaint</a>
<p class="muted">投诉直达商家，商家须在 24 小时内回应、7 日内解决；协商不成可申请调解。</p>
`;
  return page({ title: `${s.store.name} — 放心消费`, heading: s.store.name, body, cache: 'public, max-age=60' });
}

export function notFoundPage(message: string): Page {
  return page({
    title: '未找到 — 放心消费',
    heading: '未找到',
    body: `<section><p>${esc(message)}</p></section>`,
  });
}
