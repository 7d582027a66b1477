// The 放心消费收款码 of a store: a QR code of its public page URL, as SVG, PNG, or modules to draw (the sign).
import QRCode from 'qrcode';
import type { Config } from '../../config.js';

/** Medium error correction survives a scuffed or partly covered sticker; a 4-module quiet zone as the spec asks. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The store page the code opens: `<PUBLIC_URL>/s/<storeId>`. */
export function storePageUrl(config: Pick<Config, 'publicUrl'>, storeId: string): string {
  return `${config.publicUrl}/s/${storeId}`;
}

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...QR_OPTIONS, type: 'svg' });
}

export function qrPng(text: string, widthPx: number): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png', width: widthPx });
}

/** The dark modules, row by row (no quiet zone), for drawing the code as vector shapes. */
export function qrModules(text: string): { size: number; dark(row: number, col: number): boolean } {
  const m = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel }).modules;
  return { size: m.size, dark: (row, col) => Boolean(m.get(row, col)) };
}
