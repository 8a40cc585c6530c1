// Photos are made smaller on the phone before they are kept or sent: at most MAX_SIDE pixels
// a side, JPEG. A weak network then carries a few hundred kB instead of several MB.
export const MAX_SIDE = 1600;
const QUALITY = 0.8;

export async function downscale(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width; canvas.height = height;
  canvas.getContext("2d").drawImage(bitmap, 0, 0, width, height);
  bitmap.close && bitmap.close();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY));
  return { blob, width, height, filename: (file.name || "photo").replace(/\.\w+$/, "") + ".jpg" };
}
