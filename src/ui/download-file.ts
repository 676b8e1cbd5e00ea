/** Saves text, or a file built in parts, through the browser's own download, from an extension page. */
export function downloadFile(name: string, content: string | Blob, type?: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
