/** A file the person picked → what the contract's FileIn carries (name and base64). */
export function readAsBase64(file: File): Promise<{ fileName: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve({ fileName: file.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** A new id for a job the services report progress of (letters.produce's jobId). */
export function newJobId(): string {
  return crypto.randomUUID();
}
