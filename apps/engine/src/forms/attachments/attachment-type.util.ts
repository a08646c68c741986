import { ATTACHMENT_TYPES } from './attachment-limits.const';

/** Whether `bytes` may be stored as `contentType` under `filename`: allowed type, matching extension and bytes. */
export function acceptsAttachment(contentType: string, filename: string, bytes: Buffer): boolean {
  const type = ATTACHMENT_TYPES[contentType.split(';')[0].trim().toLowerCase()];
  if (!type) return false;
  const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  if (!type.extensions.includes(extension)) return false;
  if (type.magic === null) return !bytes.subarray(0, 8192).includes(0);
  return type.magic.every((byte, index) => bytes[index] === byte);
}

/** A file name safe to store and to send back in a header: no folders, no control characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters, quotes, and the bidirectional overrides and isolates that make "evil\u202Efdp.exe"
  // read as "evilexe.pdf".
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(-200);
  return clean || 'attachment';
}
