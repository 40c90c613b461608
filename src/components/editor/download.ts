/** Hands the browser a file to save, as a link to it clicked (the one way a page can). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download on a later task: the address must live until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
