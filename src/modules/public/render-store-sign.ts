// The printable A6 sign of a store: headline, store and merchant, the QR code of the store page, and the
// merchant's commitments in force, in Chinese. Vector throughout (the QR code is drawn, not embedded as an
// image) so it prints sharp at any size.
import PDFDocument from 'pdfkit';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { commitmentLine, getMerchant, getStoreById, listCommitments } from '../merchants/index.js';
import { getRegionById } from '../regions/index.js';
import { inKindOrder } from './get-public-store.js';
import { loadSignFont } from './sign-font.js';
import { qrModules, storePageUrl } from './store-qr.js';

export type SignFacts = {
  storeName: string;
  merchantName: string;
  creditCode: string;
  regionName: string;
  url: string;
  /** One line per commitment in force, e.g. "线下无理由退货：7天内，除定制商品、食品外". */
  commitments: string[];
};

export async function renderStoreSign(deps: AppDeps, opts: { storeId: string }): Promise<Buffer> {
  const db = deps.database.db;
  const store = await getStoreById(db, opts.storeId);
  if (!store) throw new AppError('NOT_FOUND', { storeId: opts.storeId });
  const [merchant, region, commitments] = await Promise.all([
    getMerchant(db, store.regionId, store.merchantId),
    getRegionById(db, store.regionId),
    listCommitments(deps, { merchantId: store.merchantId, inForce: true }),
  ]);
  if (!merchant) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: store.merchantId });
  return drawSign(
    {
      storeName: store.name,
      merchantName: merchant.legalName,
      creditCode: merchant.creditCode,
      regionName: region?.name ?? '',
      url: storePageUrl(deps.config, store.id),
      commitments: inKindOrder(commitments).map(commitmentLine),
    },
    await loadSignFont(),
  );
}

// A6 in PostScript points (105 × 148 mm).
const W = 297.64;
const H = 419.53;
const MARGIN = 18;
const RED = '#c8161d';
const INK = '#1f1f1f';
const GREY = '#666666';

export function drawSign(f: SignFacts, font: Buffer): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A6',
    margin: 0,
    info: { Title: `放心消费 扫码投诉 — ${f.storeName}`, Author: f.merchantName, Subject: f.url },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('zh', font);
  doc.font('zh');
  const inner = W - 2 * MARGIN;
  const centred = { width: inner, align: 'center' as const };

  // Headline band.
  doc.rect(0, 0, W, 58).fill(RED);
  doc
    .fillColor('#ffffff')
    .fontSize(24)
    .text('放心消费 扫码投诉', MARGIN, 13, { ...centred, lineBreak: false });
  doc.fontSize(8).text('消费纠纷 一键和解', MARGIN, 42, { ...centred, lineBreak: false });

  // Who: the store as the sign names it, and the legal merchant behind it.
  let y = 70;
  doc.fillColor(INK).fontSize(15);
  const nameOpts = { ...centred, height: 40, ellipsis: true };
  doc.text(f.storeName, MARGIN, y, nameOpts);
  y += Math.min(doc.heightOfString(f.storeName, nameOpts), 40) + 3;
  doc.fillColor(GREY).fontSize(7.5);
  const merchantOpts = { ...centred, height: 20, ellipsis: true };
  doc.text(f.merchantName, MARGIN, y, merchantOpts);
  y += Math.min(doc.heightOfString(f.merchantName, merchantOpts), 20) + 1;
  doc.text(`统一社会信用代码 ${f.creditCode}`, MARGIN, y, { ...centred, lineBreak: false });
  y += 14;

  // The QR code, with a quiet zone of white around it.
  const qr = qrModules(f.url);
  const side = 150;
  const cell = side / qr.size;
  const qx = (W - side) / 2;
  // One rectangle per horizontal run of dark modules, a hair taller than a module: abutting shapes would
  // otherwise show anti-aliasing seams on screen.
  for (let r = 0; r < qr.size; r++) {
    for (let c = 0; c < qr.size; c++) {
      if (!qr.dark(r, c)) continue;
      const start = c;
      while (c + 1 < qr.size && qr.dark(r, c + 1)) c++;
      doc.rect(qx + start * cell, y + r * cell, (c - start + 1) * cell, cell + 0.05);
    }
  }
  doc.fill(INK);
  y += side + 6;
  doc
    .fillColor(INK)
    .fontSize(8.5)
    .text('扫码查看本店承诺、在线投诉，无需注册', MARGIN, y, { ...centred, lineBreak: false });
  y += 16;

  // Commitments in force.
  if (f.commitments.length > 0) {
    doc
      .moveTo(MARGIN, y)
      .lineTo(W - MARGIN, y)
      .lineWidth(0.5)
      .strokeColor(RED)
      .stroke();
    y += 6;
    doc.fillColor(RED).fontSize(9.5).text('本店承诺', MARGIN, y, { lineBreak: false });
    y += 14;
    doc.fillColor(INK).fontSize(8.5);
    const footerTop = H - 30;
    for (const line of f.commitments) {
      const lineOpts = { width: inner, height: Math.max(0, Math.min(30, footerTop - y)), ellipsis: true };
      if (lineOpts.height < 9) break;
      doc.text(line, MARGIN, y, lineOpts);
      y += Math.min(doc.heightOfString(line, lineOpts), lineOpts.height) + 3;
    }
  }

  // Footer: where the complaint goes.
  doc.fillColor(GREY).fontSize(6.5);
  doc.text(`${f.regionName}放心消费　和解平台`, MARGIN, H - 26, { ...centred, lineBreak: false });
  doc.fontSize(6).text(f.url, MARGIN, H - 16, { ...centred, lineBreak: false });
  doc.end();
  return done;
}
