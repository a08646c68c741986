import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';

import { DomainError } from '@engine/common/errors/domain.error';

import { ATTACHMENT_MAX_BYTES } from './attachment-limits.const';

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 4, parts: 6 },
}).single('file');

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Reads the one `file` part of a multipart request into memory, within the attachment limits. */
export function readMultipartFile(request: Request, response: Response): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    upload(request, response, (error: unknown) => {
      if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return reject(new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE',
          `The file is larger than ${megabytes(ATTACHMENT_MAX_BYTES)}, the most an attachment may be`, { maxBytes: ATTACHMENT_MAX_BYTES }));
      }
      if (error) {
        return reject(new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_INVALID', 'Send the file as multipart/form-data in a field named "file"'));
      }
      const file = request.file;
      if (!file) {
        return reject(new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_MISSING', 'Send the file as multipart/form-data in a field named "file"'));
      }
      // Browsers send the name as Latin-1 bytes of its UTF-8 form.
      const filename = Buffer.from(file.originalname, 'latin1').toString('utf8');
      resolve({ filename, contentType: file.mimetype, bytes: file.buffer });
    });
  });
}
