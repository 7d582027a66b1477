import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../../lib/errors.js';
import {
  admitPhoto,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_PER_CASE,
  normaliseCaption,
  requireRoom,
} from './evidence.rules.js';
import { exifOrientation, ImageRejected, sniffImageType, stripMetadata } from './image.js';
import {
  exifBlock,
  jpegSegment,
  numberedJpeg,
  PLAIN_JPEG,
  PLAIN_PNG,
  PLAIN_WEBP,
  phoneJpeg,
  phonePng,
  phoneWebp,
  SECRET,
} from './image.samples.js';

const has = (b: Buffer, s: string) => b.includes(Buffer.from(s, 'latin1'));

/** The JPEG's markers in order, up to the first SOS. */
function markers(b: Buffer): number[] {
  const out: number[] = [];
  let i = 2;
  while (i < b.length && b[i] === 0xff) {
    const m = b[i + 1]!;
    out.push(m);
    if (m === 0xda) break;
    i += 2 + b.readUInt16BE(i + 2);
  }
  return out;
}

function refusal(fn: () => unknown): { code: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (err) {
    if (isAppError(err)) return { code: err.code, details: err.details ?? {} };
    throw err;
  }
  assert.fail('expected a refusal');
}

describe('magic bytes decide the type', () => {
  test('JPEG, PNG and WebP are recognised by their first bytes', () => {
    assert.equal(sniffImageType(PLAIN_JPEG), 'image/jpeg');
    assert.equal(sniffImageType(PLAIN_PNG), 'image/png');
    assert.equal(sniffImageType(PLAIN_WEBP), 'image/webp');
  });
  test('anything else is not an evidence type, whatever it claims to be', () => {
    for (const b of [
      Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('%PDF-1.7'),
      Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'),
      Buffer.from('RIFF\x00\x00\x00\x00WAVE', 'latin1'),
      Buffer.from([0xff, 0xd8]),
      Buffer.alloc(0),
    ]) {
      assert.equal(sniffImageType(b), null, b.toString('latin1'));
    }
  });
  test('a refused photo says what it was when that is known (HEIC from an iPhone)', () => {
    const r = refusal(() => admitPhoto(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1')));
    assert.equal(r.code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.equal(r.details.rule, 'evidence_type');
    assert.equal(r.details.detected, 'image/heic');
  });
});

describe('JPEG metadata is stripped', () => {
  test('the colour profile (ICC) and Adobe colour flag stay: they are about colours, not people', () => {
    const afterApp0 = 2 + 2 + PLAIN_JPEG.readUInt16BE(4);
    const icc = jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01Display P3 profile bytes', 'latin1'));
    const adobe = jpegSegment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x02', 'latin1'));
    const other = jpegSegment(0xe2, Buffer.from(`MPF\0${SECRET}`, 'latin1'));
    const photo = Buffer.concat([PLAIN_JPEG.subarray(0, afterApp0), icc, adobe, other, PLAIN_JPEG.subarray(afterApp0)]);
    const out = stripMetadata(photo, 'image/jpeg');
    assert.ok(has(out, 'Display P3 profile bytes') && has(out, 'Adobe'));
    assert.ok(!has(out, SECRET), 'any other APP2 goes');
  });

  test('EXIF, XMP, comments and what follows EOI go; image segments stay byte for byte', () => {
    const phone = phoneJpeg({ orientation: null });
    assert.ok(has(phone, SECRET));
    const out = stripMetadata(phone, 'image/jpeg');
    assert.ok(!has(out, SECRET), 'no GPS, no comment, no XMP');
    assert.deepEqual(
      markers(out),
      [0xe0, 0xe2, 0xdb, 0xdb, 0xc0, 0xc4, 0xc4, 0xc4, 0xc4, 0xda],
      "the sample's ICC profile stays",
    );
    assert.deepEqual(out.subarray(-2), Buffer.from([0xff, 0xd9]), 'ends at EOI');
    // The plain image stripped the same way gives the same bytes: only metadata was taken out.
    assert.deepEqual(out, stripMetadata(PLAIN_JPEG, 'image/jpeg'));
  });

  test('the orientation survives as a minimal EXIF block, so a portrait photo stays upright', () => {
    const out = stripMetadata(phoneJpeg({ orientation: 6 }), 'image/jpeg');
    assert.ok(!has(out, SECRET));
    assert.equal(out[2], 0xff);
    assert.equal(out.indexOf(Buffer.from('Exif\0\0', 'latin1')) > 0, true);
    const at = out.indexOf(Buffer.from('Exif\0\0', 'latin1'));
    assert.equal(exifOrientation(out.subarray(at + 6, at + 6 + 26)), 6);
    assert.equal(out.readUInt16BE(at - 2), 34, 'segment length');
    // Orientation 1 (upright) needs no block at all.
    assert.ok(!has(stripMetadata(phoneJpeg({ orientation: 1 }), 'image/jpeg'), 'Exif'));
  });

  test('reads the orientation from either byte order, and ignores nonsense', () => {
    assert.equal(exifOrientation(exifBlock(8)), 8);
    assert.equal(exifOrientation(exifBlock(null)), null);
    assert.equal(exifOrientation(Buffer.from('MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x03\0\0', 'latin1')), 3);
    assert.equal(exifOrientation(Buffer.from('garbage!')), null);
    assert.equal(exifOrientation(Buffer.from('II*\0\xff\xff\0\0', 'latin1')), null);
  });

  test('a truncated or garbled JPEG is refused as damaged, not stored', () => {
    assert.throws(() => stripMetadata(PLAIN_JPEG.subarray(0, 40), 'image/jpeg'), ImageRejected);
    assert.throws(() => stripMetadata(PLAIN_JPEG.subarray(0, PLAIN_JPEG.length - 2), 'image/jpeg'), ImageRejected);
    const garbled = Buffer.from(PLAIN_JPEG);
    garbled[20] = 0x00;
    garbled[2] = 0x12;
    assert.throws(() => stripMetadata(garbled, 'image/jpeg'), ImageRejected);
    const r = refusal(() => admitPhoto(PLAIN_JPEG.subarray(0, 100)));
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.equal(r.details.rule, 'evidence_damaged');
  });
});

describe('PNG and WebP metadata is stripped', () => {
  test('PNG loses its text and eXIf chunks and keeps the image chunks', () => {
    const out = stripMetadata(phonePng(), 'image/png');
    assert.ok(!has(out, SECRET));
    assert.deepEqual(out, PLAIN_PNG);
  });
  test('WebP loses EXIF and XMP, its VP8X flags are cleared and the RIFF size is right', () => {
    const out = stripMetadata(phoneWebp(), 'image/webp');
    assert.ok(!has(out, SECRET));
    assert.equal(out.readUInt32LE(4), out.length - 8);
    assert.equal(out[20]! & 0x0c, 0);
    assert.deepEqual(out, PLAIN_WEBP);
  });
  test('a PNG cut short is damaged', () => {
    assert.throws(() => stripMetadata(PLAIN_PNG.subarray(0, 30), 'image/png'), ImageRejected);
  });
});

describe('limits', () => {
  test('a photo is admitted stripped, with its digest and size', () => {
    const a = admitPhoto(phoneJpeg());
    assert.equal(a.contentType, 'image/jpeg');
    assert.equal(a.sizeBytes, a.bytes.length);
    assert.match(a.sha256, /^[0-9a-f]{64}$/);
    // The same photo with other metadata is the same photo.
    assert.equal(admitPhoto(phoneJpeg({ orientation: 6 })).sha256, a.sha256);
    assert.notEqual(admitPhoto(numberedJpeg(1)).sha256, admitPhoto(numberedJpeg(2)).sha256);
  });
  test('empty and oversized bodies are refused before anything is parsed', () => {
    assert.equal(refusal(() => admitPhoto(Buffer.alloc(0))).details.rule, 'evidence_empty');
    const big = Buffer.concat([PLAIN_JPEG, Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    const r = refusal(() => admitPhoto(big));
    assert.equal(r.code, 'BODY_TOO_LARGE');
    assert.equal(r.details.rule, 'evidence_too_large');
  });
  test(`at most ${MAX_EVIDENCE_PER_CASE} photos per case`, () => {
    requireRoom(MAX_EVIDENCE_PER_CASE - 1);
    const r = refusal(() => requireRoom(MAX_EVIDENCE_PER_CASE));
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.deepEqual(r.details, { rule: 'evidence_limit', max: MAX_EVIDENCE_PER_CASE });
  });
  test('captions are trimmed, control characters removed, and empty means none', () => {
    assert.equal(normaliseCaption('  收据\n背面 '), '收据 背面');
    assert.equal(normaliseCaption('   '), null);
    assert.equal(normaliseCaption(undefined), null);
  });
});
