import { strings } from '../i18n/index.ts';

/**
 * The still picture as a PNG for slides: the SVG drawn onto a canvas at `scale` times its
 * size (2 by default, sharp on a projector or a high-density screen).
 */
export async function pictureAsPng(url: string, { scale = 2 } = {}): Promise<Blob> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(strings.errors.cannotDrawPicture);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(strings.errors.pictureFailed))),
      'image/png',
    ),
  );
}

/** Hands a file to the reader as a download. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
