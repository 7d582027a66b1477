// Sample images for the evidence tests (unit and integration), built byte by byte around three tiny real
// images that Chromium encoded (8×6 px). Not used by the product: tests import it to get photos carrying the
// metadata a phone writes — an EXIF block with a GPS position, comments, a second image after EOI.
import { crc32 } from 'node:zlib';

const b64 = (s: string) => Buffer.from(s, 'base64');

/** Chromium's JPEG: SOI, APP0 (JFIF), APP2 (ICC profile), DQT, SOF0, DHT, SOS, scan data, EOI. */
export const PLAIN_JPEG = b64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAaEAACAwEBAAAAAAAAAAAAAAAAEgEEEQID/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAZEQEBAAMBAAAAAAAAAAAAAAABAwACEUH/2gAMAwEAAhEDEQA/AJtm36WleOYXcWAAEgBwy4jGcNCczmp5n//Z',
);
export const PLAIN_PNG = b64(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAYAAAD+Bd/7AAAAL0lEQVR4AYSMwQkAAAgCpZUcqpnaqZ3qK34U7iHoFZenLHlKISQPpgHFhdngD+8PAAD//yOqnygAAAAGSURBVAMA3nsVlZ+do6oAAAAASUVORK5CYII=',
);
/** Chromium's WebP: VP8X with an ICCP chunk, then VP8. */
export const PLAIN_WEBP = b64(
  'UklGRiwCAABXRUJQVlA4WAoAAAAgAAAABwAABQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggPgAAAPABAJ0BKggABgACQDglsAJ0ugACuiwmwADLQzZVZczVf840ZiZZFi//k26+o/vH0/+H2QwZ/5aH/q0P27AA',
);

/** A marker that must not survive stripping: it stands for the GPS position in the samples' metadata. */
export const SECRET = 'GPS 30.2741N 120.1551E';

/**
 * A little-endian EXIF TIFF block, as phones write it: IFD0 with Orientation and a text tag holding SECRET.
 */
export function exifBlock(orientation: number | null): Buffer {
  const text = Buffer.from(`${SECRET}\0`, 'latin1');
  const entries = orientation === null ? 1 : 2;
  const ifdSize = 2 + entries * 12 + 4;
  const b = Buffer.alloc(8 + ifdSize + text.length);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(entries, 8);
  let e = 10;
  if (orientation !== null) {
    b.writeUInt16LE(0x0112, e);
    b.writeUInt16LE(3, e + 2);
    b.writeUInt32LE(1, e + 4);
    b.writeUInt16LE(orientation, e + 8);
    e += 12;
  }
  b.writeUInt16LE(0x010e, e); // ImageDescription, ASCII, stored after the IFD
  b.writeUInt16LE(2, e + 2);
  b.writeUInt32LE(text.length, e + 4);
  b.writeUInt32LE(8 + ifdSize, e + 8);
  text.copy(b, 8 + ifdSize);
  return b;
}

export function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** PLAIN_JPEG with what a phone adds: EXIF (APP1), XMP (APP1), a comment, and a second image after EOI. */
export function phoneJpeg(opts: { orientation: number | null } = { orientation: 6 }): Buffer {
  const exif = jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifBlock(opts.orientation)]));
  const xmp = jpegSegment(
    0xe1,
    Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${SECRET}</x:xmpmeta>`, 'latin1'),
  );
  const comment = jpegSegment(0xfe, Buffer.from(SECRET, 'latin1'));
  const afterApp0 = 2 + 2 + PLAIN_JPEG.readUInt16BE(4);
  return Buffer.concat([
    PLAIN_JPEG.subarray(0, afterApp0),
    exif,
    xmp,
    comment,
    PLAIN_JPEG.subarray(afterApp0),
    // Phones append a depth map or a second image after EOI, with its own EXIF.
    PLAIN_JPEG.subarray(0, 2),
    exif,
    Buffer.from(SECRET, 'latin1'),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** PLAIN_PNG with a tEXt chunk and an eXIf chunk before IDAT. */
export function phonePng(): Buffer {
  const afterIhdr = 8 + 12 + PLAIN_PNG.readUInt32BE(8);
  return Buffer.concat([
    PLAIN_PNG.subarray(0, afterIhdr),
    pngChunk('tEXt', Buffer.from(`Comment\0${SECRET}`, 'latin1')),
    pngChunk('eXIf', exifBlock(null)),
    PLAIN_PNG.subarray(afterIhdr),
  ]);
}

/** PLAIN_WEBP with EXIF and XMP chunks and their VP8X flags set. */
export function phoneWebp(): Buffer {
  const chunk = (fourcc: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(fourcc, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.concat([
    PLAIN_WEBP.subarray(12),
    chunk('EXIF', exifBlock(null)),
    chunk('XMP ', Buffer.from(`<x:xmpmeta>${SECRET}</x:xmpmeta>`, 'latin1')),
  ]);
  body[8] = body[8]! | 0x08 | 0x04; // VP8X flags: EXIF and XMP present
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

/** A distinct valid JPEG for each n (its JFIF pixel density differs; APP0 is kept), to fill a case up. */
export function numberedJpeg(n: number): Buffer {
  const b = Buffer.from(PLAIN_JPEG);
  b.writeUInt16BE(1 + (n % 65535), 14);
  return b;
}
