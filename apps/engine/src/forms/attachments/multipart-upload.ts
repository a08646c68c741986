import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';

import { DomainError } from '@engine/common/errors/domain.error';

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type MultipartFileReader = (request: Request, response: Response) => Promise<UploadedFile>;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Reads the one `file` part of a multipart request into memory, refusing files over `maxBytes`. */
export function multipartFileReader(maxBytes: number): MultipartFileReader {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 6 },
  }).single('file');
  return (request, response) => new Promise((resolve, reject) => {
    upload(request, response, (error: unknown) => {
      if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return reject(new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE',
          `The file is larger than ${megabytes(maxBytes)}, the most an attachment may be`, { maxBytes }));
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
