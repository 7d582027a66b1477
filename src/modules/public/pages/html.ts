// The few helpers the server-rendered pages share. Every interpolated value goes through esc() (or, inside a
// <script>, jsonForScript()); the pages also send a nonce-based Content-Security-Policy, so a value that
// slipped through could still not run script. The React app will replace these pages.
import { randomBytes } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export type Page = { html: string; headers: Record<string, string> };

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 -apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#f5f5f5}
header{background:#c8161d;color:#fff;padding:14px 16px}
header .brand{font-size:13px;opacity:.9}
header h1{margin:2px 0 0;font-size:22px;line-height:1.3;word-break:break-word}
main{max-width:560px;margin:0 auto;padding:12px}
section{background:#fff;border-radius:10px;padding:14px 16px;margin:0 0 12px}
h2{font-size:16px;margin:0 0 8px;color:#c8161d}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:4px 12px;font-size:14px}
dt{color:#666}dd{margin:0;word-break:break-all}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain li{padding:6px 0;border-top:1px solid #eee}ul.plain li:first-child{border-top:0}
.muted{color:#666;font-size:13px}
.figures{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.figure{background:#fafafa;border-radius:8px;padding:8px;text-align:center}
.figure b{display:block;font-size:22px;color:#c8161d}
.figure span{font-size:12px;color:#666}
a.button,button{display:block;width:100%;padding:14px;border:0;border-radius:10px;background:#c8161d;color:#fff;
 font-size:18px;text-align:center;text-decoration:none;cursor:pointer}
button[disabled]{opacity:.6}
label{display:block;margin:10px 0 4px;font-size:14px;color:#444}
textarea,select,input[type=text],input[type=tel],input[type=number]{width:100%;padding:10px;border:1px solid #ccc;border-radius:8px;font:inherit}
textarea{min-height:120px}
.checks{display:grid;grid-template-columns:1fr 1fr;gap:4px 8px}
.checks label{margin:0;display:flex;gap:6px;align-items:center;font-size:15px;color:#1f1f1f}
.error{background:#fff1f0;border:1px solid #ffa39e;color:#a8071a;border-radius:8px;padding:10px;margin:8px 0}
.ok{background:#f6ffed;border:1px solid #b7eb8f;border-radius:8px;padding:10px}
.token{font-family:ui-monospace,monospace;word-break:break-all;background:#fafafa;padding:6px;border-radius:6px}
.reading{margin:10px 0 0;background:#f0f5ff;border:1px solid #adc6ff;border-radius:8px;padding:10px;font-size:14px}
.reading h3{margin:0 0 4px;font-size:15px;color:#1d39c4}
.reading p,.reading ul{margin:6px 0}
.reading ul{padding-left:18px}
.reading summary{cursor:pointer}
.reading details p{white-space:pre-line;color:#444;margin:4px 0 0}
footer{max-width:560px;margin:0 auto;padding:4px 16px 24px;font-size:13px;color:#666}
footer a{color:#666}
[hidden]{display:none!important}
`;

/**
 * A whole page: zh-CN, mobile viewport, inline CSS (plus the page's own `css`), an optional footer (trusted
 * HTML, like `body`), and an optional inline script allowed by its nonce.
 */
export function page(opts: {
  title: string;
  heading: string;
  body: string;
  footer?: string;
  css?: string;
  script?: string;
  cache?: string;
}): Page {
  const nonce = randomBytes(16).toString('base64');
  const script = opts.script ? `<script nonce="${nonce}">${opts.script}</script>` : '';
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(opts.title)}</title>
<style>${CSS}${opts.css ?? ''}</style>
</head>
<body>
<header><div class="brand">放心消费 · 和解</div><h1>${esc(opts.heading)}</h1></header>
<main>
${opts.body}
</main>
${opts.footer ? `<footer>${opts.footer}</footer>` : ''}
${script}
</body>
</html>
`;
  return {
    html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': opts.cache ?? 'no-store',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  };
}

/** "87%" from a 0–1 share, "—" when there is nothing to measure. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}
