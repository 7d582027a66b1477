// What an evidence photo may be, decided from its bytes alone (the declared Content-Type is the client's
// word and is ignored), and the metadata taken out of it before it is stored: a phone photo's EXIF carries
// the GPS position, the time and the device — personal data none of the parties needs to see.
// Pure: no I/O, no native dependency.

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The bytes claim to be an image of an allowed type but their structure is broken. */
export class ImageRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejected';
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ascii = (b: Buffer, at: number, len: number) => b.toString('latin1', at, at + len);

/** The image type by magic bytes, or null. */
export function sniffImageType(b: Buffer): EvidenceType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

/** A name for what was sent instead, so the refusal can say "HEIC" rather than just "no". */
export function describeOther(b: Buffer): string | undefined {
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'image/gif';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && /^(hei|hev|mif1|msf1|avif)/.test(ascii(b, 8, 4))) {
    return ascii(b, 8, 4) === 'avif' ? 'image/avif' : 'image/heic';
  }
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return 'image/bmp';
  if (b.length >= 4 && ascii(b, 0, 4) === '%PDF') return 'application/pdf';
  return undefined;
}

/** The same image without its metadata. Throws ImageRejected when the container structure is broken. */
export function stripMetadata(b: Buffer, type: EvidenceType): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(b);
    case 'image/png':
      return stripPng(b);
    case 'image/webp':
      return stripWebp(b);
    default: {
      const never: never = type;
      return never;
    }
  }
}

const damaged = (what: string) => new ImageRejected(`the image is damaged: ${what}`);

// JPEG: a sequence of marker segments up to SOS, then entropy-coded scan data (in which 0xFF is followed by
// 0x00 or a restart marker), possibly more segments and scans (progressive), then EOI. APP1–APP15 (EXIF, XMP,
// ICC, maker notes, MPF) and COM are dropped; anything after EOI (phones append depth maps and second images,
// each with its own EXIF) is dropped too. The orientation is the one EXIF field kept, or portrait photos sent
// straight from a camera would show sideways; it is written back as a minimal APP1.
function stripJpeg(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 2)];
  let orientation: number | null = null;
  let orientationAt = -1;
  let i = 2;
  for (;;) {
    if (i >= b.length) throw damaged('JPEG ends before its end marker');
    if (b[i] !== 0xff) throw damaged(`JPEG marker expected at byte ${i}`);
    while (b[i + 1] === 0xff) i++; // fill bytes
    const marker = b[i + 1];
    if (marker === undefined) throw damaged('JPEG ends inside a marker');
    if (marker === 0xd9) {
      out.push(b.subarray(i, i + 2));
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(b.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > b.length) throw damaged('JPEG segment header cut short');
    const len = b.readUInt16BE(i + 2);
    const end = i + 2 + len;
    if (len < 2 || end > b.length) throw damaged('JPEG segment runs past the end');
    const isApp1To15 = marker >= 0xe1 && marker <= 0xef;
    if (marker === 0xe1 && orientation === null && ascii(b, i + 4, 6) === 'Exif\0\0') {
      orientation = exifOrientation(b.subarray(i + 10, end));
      orientationAt = out.length;
    }
    // Colour, not people: an ICC profile (APP2) and Adobe's colour-transform flag (APP14) decide how the pixels
    // read (CMYK, Display P3); without them colours come out wrong or inverted.
    const keepsColour =
      (marker === 0xe2 && ascii(b, i + 4, 12) === 'ICC_PROFILE\0') ||
      (marker === 0xee && ascii(b, i + 4, 5) === 'Adobe');
    if ((!isApp1To15 || keepsColour) && marker !== 0xfe) out.push(b.subarray(i, end));
    i = end;
    if (marker === 0xda) {
      // Scan data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      let j = i;
      for (;;) {
        j = b.indexOf(0xff, j);
        if (j < 0 || j + 1 >= b.length) throw damaged('JPEG ends inside image data');
        const next = b[j + 1]!;
        if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        j += 2;
      }
      out.push(b.subarray(i, j));
      i = j;
    }
  }
  if (orientation !== null && orientation !== 1) out.splice(orientationAt, 0, orientationSegment(orientation));
  return Buffer.concat(out);
}

/** The Orientation tag (0x0112) of IFD0 in an EXIF TIFF block, or null when absent or unreadable. */
export function exifOrientation(tiff: Buffer): number | null {
  if (tiff.length < 8) return null;
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > tiff.length) return null;
    if (u16(e) !== 0x0112) continue;
    const value = u16(e + 8);
    return u16(e + 2) === 3 && value >= 1 && value <= 8 ? value : null;
  }
  return null;
}

/** APP1 holding an EXIF block with nothing but the orientation (big-endian TIFF, one IFD0 entry). */
function orientationSegment(orientation: number): Buffer {
  const s = Buffer.alloc(36);
  s.writeUInt16BE(0xffe1, 0);
  s.writeUInt16BE(34, 2); // length: itself (2) + "Exif\0\0" (6) + TIFF header (8) + IFD (2 + 12 + 4)
  s.write('Exif\0\0', 4, 'latin1');
  s.write('MM', 10, 'latin1');
  s.writeUInt16BE(42, 12);
  s.writeUInt32BE(8, 14); // IFD0 right after the header
  s.writeUInt16BE(1, 18); // one entry
  s.writeUInt16BE(0x0112, 20);
  s.writeUInt16BE(3, 22); // SHORT
  s.writeUInt32BE(1, 24);
  s.writeUInt16BE(orientation, 28);
  s.writeUInt32BE(0, 32); // no next IFD
  return s;
}

// PNG: signature, then chunks (length, type, data, CRC) from IHDR to IEND. Text chunks and eXIf hold the
// metadata; each chunk carries its own CRC, so dropping whole chunks leaves the others valid.
const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  let first = true;
  for (;;) {
    if (i + 12 > b.length) throw damaged('PNG ends before IEND');
    const len = b.readUInt32BE(i);
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + len;
    if (end > b.length) throw damaged(`PNG chunk ${type} runs past the end`);
    if (first && type !== 'IHDR') throw damaged('PNG does not start with IHDR');
    first = false;
    if (!PNG_DROP.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
}

// WebP: a RIFF container of chunks (fourcc, little-endian size, data padded to even). EXIF and XMP chunks go,
// their flags in VP8X are cleared, and the RIFF size is written anew.
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function stripWebp(b: Buffer): Buffer {
  const riffEnd = 8 + b.readUInt32LE(4);
  if (riffEnd > b.length) throw damaged('WebP runs past the end');
  const out: Buffer[] = [];
  let i = 12;
  while (i < riffEnd) {
    if (i + 8 > riffEnd) throw damaged('WebP chunk header cut short');
    const fourcc = ascii(b, i, 4);
    const size = b.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (end > riffEnd) throw damaged(`WebP chunk ${fourcc} runs past the end`);
    if (fourcc === 'VP8X') {
      const chunk = Buffer.from(b.subarray(i, end));
      chunk[8] = chunk[8]! & ~(VP8X_EXIF | VP8X_XMP);
      out.push(chunk);
    } else if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      out.push(b.subarray(i, end));
    }
    i = end;
  }
  if (out.length === 0) throw damaged('WebP has no image');
  const body = Buffer.concat(out);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}
