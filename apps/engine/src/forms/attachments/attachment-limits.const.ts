/**
 * What an attachment may be. Size: the configured ATTACHMENT_MAX_BYTES → 413 above it. Types: the
 * documents and pictures people here send (PDF, JPEG, PNG, WebP, Word, Excel, plain text, CSV) → 415 for
 * anything else, or when the bytes do not look like the declared type.
 */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Allowed content types with the leading bytes their files start with (`null`: text, no NUL bytes). */
export const ATTACHMENT_TYPES: Readonly<Record<string, { extensions: string[]; magic: number[] | null }>> = {
  'application/pdf': { extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  'image/png': { extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  'image/webp': { extensions: ['webp'], magic: [0x52, 0x49, 0x46, 0x46] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], magic: ZIP },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], magic: ZIP },
  'application/msword': { extensions: ['doc'], magic: OLE },
  'application/vnd.ms-excel': { extensions: ['xls'], magic: OLE },
  'text/plain': { extensions: ['txt'], magic: null },
  'text/csv': { extensions: ['csv'], magic: null },
};
