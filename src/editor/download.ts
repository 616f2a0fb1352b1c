// Hands a file the page made to the browser as a download (an exported pack, the tour's "Save map image"): a
// Blob behind an object URL, clicked through a hidden link. No network: the file never leaves the device except
// where the teacher puts it.

/** Triggers the download of `blob` under `filename`. */
export function downloadBlob(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started from the object URL; release it once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Triggers the download of a .zip (from packZip) under `filename`. */
export function downloadZip(doc: Document, bytes: Uint8Array, filename: string): void {
  // A copy typed on a plain ArrayBuffer, which is what a Blob takes (fflate's array may be typed more widely).
  downloadBlob(doc, new Blob([new Uint8Array(bytes)], { type: 'application/zip' }), filename);
}
