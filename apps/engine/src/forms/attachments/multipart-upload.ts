import { HttpStatus } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

import { DomainError } from '@engine/common/errors/domain.error';

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type MultipartFileReader = (request: FastifyRequest) => Promise<UploadedFile>;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const FILE_FIELD = 'file';
const sendAsMultipart = () =>
  new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_INVALID', 'Send the file as multipart/form-data in a field named "file"');

/** Reads the one `file` part of a multipart request into memory, refusing files over `maxBytes`. */
export function multipartFileReader(maxBytes: number): MultipartFileReader {
  const limits = { fileSize: maxBytes, files: 1, fields: 4, parts: 6 };
  return async (request) => {
    if (!request.isMultipart()) throw sendAsMultipart();
    const files = request.files({ limits });
    const part = await nextFile(files);
    if (!part || part.fieldname !== FILE_FIELD) {
      throw new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_MISSING', 'Send the file as multipart/form-data in a field named "file"');
    }
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE',
          `The file is larger than ${megabytes(maxBytes)}, the most an attachment may be`, { maxBytes });
      }
      throw sendAsMultipart();
    }
    // One file per request: a second one is refused, not silently dropped.
    if (await nextFile(files)) {
      throw new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_INVALID', 'Send one file per request');
    }
    return { filename: part.filename, contentType: part.mimetype, bytes };
  };
}

async function nextFile(files: AsyncIterator<MultipartFile>): Promise<MultipartFile | null> {
  try {
    const next = await files.next();
    return next.done ? null : next.value;
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') {
      throw new DomainError(HttpStatus.BAD_REQUEST, 'ATTACHMENT_INVALID', 'Send one file per request');
    }
    throw sendAsMultipart();
  }
}
