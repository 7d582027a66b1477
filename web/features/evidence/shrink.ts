// Photos are shrunk in the browser before they are sent: a phone's 4000 px, 4 MB picture becomes a ~1600 px
// JPEG of a few hundred KB, quick on a weak connection. Drawing onto a canvas also leaves every piece of
// metadata behind (the server strips it again, for clients that skip this).
export const MAX_SIDE_PX = 1600;
const QUALITY = 0.82;

async function decode(file: Blob): Promise<{ image: CanvasImageSource; width: number; height: number; done(): void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      // 'from-image' turns the photo upright by its EXIF orientation before the EXIF is dropped.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, done: () => bitmap.close() };
    } catch {
      // fall back to <img> (older Safari)
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, done: () => URL.revokeObjectURL(url) };
  } catch (err) {
    URL.revokeObjectURL(url);
    throw err;
  }
}

/** The photo as a JPEG no larger than MAX_SIDE_PX on its longer side. Rejects when the browser cannot read it. */
export async function shrinkPhoto(file: Blob, maxSide = MAX_SIDE_PX): Promise<Blob> {
  const src = await decode(file);
  try {
    const scale = Math.min(1, maxSide / Math.max(src.width, src.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(src.width * scale));
    canvas.height = Math.max(1, Math.round(src.height * scale));
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    // JPEG has no transparency: a PNG screenshot's clear pixels become white rather than black.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(src.image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    if (!blob) throw new Error('the browser could not encode the photo');
    return blob;
  } finally {
    src.done();
  }
}
