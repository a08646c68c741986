import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import type { AttachmentDto, EventActor } from '@yilin/contracts';
import { type Clock, SYSTEM_ACTOR, ulid, WorkflowRuntime } from '@yilin/runtime';
import { DomainError } from '@engine/common/errors/domain.error';
import { CLOCK, ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { AttachmentEntity } from './attachment.entity';
import { AttachmentContentEntity } from './attachment-content.entity';
import { acceptsAttachment, safeFilename } from './attachment-type.util';
import { ATTACHMENT_TYPES } from './attachment-limits.const';
import type { UploadedFile } from './multipart-upload';

const toDto = (entity: AttachmentEntity): AttachmentDto => ({
  id: entity.id,
  instanceId: entity.instanceId,
  filename: entity.filename,
  contentType: entity.contentType,
  size: entity.size,
  uploadedBy: entity.uploadedBy,
  uploadedAt: entity.uploadedAt.toISOString(),
});

const notFound = (id: string) => new DomainError(HttpStatus.NOT_FOUND, 'ATTACHMENT_NOT_FOUND', `No attachment ${id}`);

/** The instance of a file handed in with a start form, before the instance exists: its uploader's alone. */
const NOT_YET_FILED = '';
const ATTACHMENT_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Every string in `data` that could be an attachment's id, however deep. */
function idsIn(data: unknown, found = new Set<string>()): Set<string> {
  if (typeof data === 'string' && ATTACHMENT_ID.test(data)) found.add(data);
  else if (Array.isArray(data)) data.forEach((item) => idsIn(item, found));
  else if (typeof data === 'object' && data !== null) Object.values(data).forEach((value) => idsIn(value, found));
  return found;
}

/**
 * Files people attach to an instance. Whoever may see the instance (the runtime decides) may attach to it.
 * A file a submission names (a report's evidence) is read by those whose view of the instance shows that
 * field — the same projection as the instance and its history; a file no submission names yet by the one
 * who uploaded it and by staff. To anyone else it does not exist.
 */
@Injectable()
export class AttachmentsService {
  private readonly legacyFolder: string;

  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly db: DatabaseTransactions,
    @Inject(ENGINE_CONFIG) config: EngineConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.legacyFolder = join(config.dataDir, 'attachments');
  }

  /** Throws INSTANCE_NOT_FOUND (404) unless `actor` may see the instance. */
  async assertVisible(instanceId: string, actor: EventActor): Promise<void> {
    await this.runtime.get(instanceId, actor);
  }

  async store(instanceId: string, actor: EventActor, file: UploadedFile): Promise<AttachmentDto> {
    await this.assertVisible(instanceId, actor);
    return this.write(instanceId, actor, file);
  }

  /**
   * A file handed in with a start form (a filing's documents), before there is an instance: only its
   * uploader sees it until the instance that names it starts, which then takes it (`attachTo`).
   */
  stage(actor: EventActor, file: UploadedFile): Promise<AttachmentDto> {
    return this.write(NOT_YET_FILED, actor, file);
  }

  /** Gives the new instance the files its start data names that its starter uploaded for it. */
  async attachTo(instanceId: string, actor: EventActor, data: unknown): Promise<void> {
    const ids = [...idsIn(data)];
    if (!ids.length) return;
    await this.db.run((manager) =>
      manager.update(
        AttachmentEntity,
        { id: In(ids), instanceId: NOT_YET_FILED, uploadedBy: actor.username },
        { instanceId },
      ),
    );
  }

  private async write(instanceId: string, actor: EventActor, file: UploadedFile): Promise<AttachmentDto> {
    const filename = safeFilename(file.filename);
    if (!acceptsAttachment(file.contentType, filename, file.bytes)) {
      throw new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'ATTACHMENT_TYPE_REFUSED',
        `"${filename}" (${file.contentType}) is not a file type attachments may be, or its contents do not match its type`,
        { allowed: Object.entries(ATTACHMENT_TYPES).map(([type, { extensions }]) => ({ type, extensions })) });
    }
    const now = this.clock.now();
    const id = ulid(now.getTime());
    const entity: AttachmentEntity = {
      id,
      instanceId,
      filename,
      contentType: file.contentType.split(';')[0].trim().toLowerCase(),
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      uploadedBy: actor.username,
      uploadedAt: now,
    };
    // The row and its bytes in one transaction: there is never a row without its file, on any process.
    await this.db.run(async (manager) => {
      await manager.insert(AttachmentEntity, partialRow<AttachmentEntity>(entity));
      await manager.insert(AttachmentContentEntity, { attachmentId: id, bytes: file.bytes });
    });
    return toDto(entity);
  }

  async list(instanceId: string, actor: EventActor): Promise<AttachmentDto[]> {
    await this.assertVisible(instanceId, actor);
    const rows = await this.db.exclusive(() =>
      this.db.dataSource.getRepository(AttachmentEntity).find({ where: { instanceId }, order: { id: 'ASC' } }),
    );
    const readable = await this.readableBy(instanceId, actor);
    return rows.filter(readable).map(toDto);
  }

  /** Whether `actor` may read an attachment of the instance: by what their view of it shows. */
  private async readableBy(instanceId: string, actor: EventActor): Promise<(row: AttachmentEntity) => boolean> {
    if (actor.system) return () => true;
    const shownTo = async (reader: EventActor) => {
      const [instance, history] = await Promise.all([this.runtime.get(instanceId, reader), this.runtime.history(instanceId, reader)]);
      return JSON.stringify([instance.view, history]);
    };
    const [everything, mine] = await Promise.all([shownTo(SYSTEM_ACTOR), shownTo(actor)]);
    return (row) => {
      if (mine.includes(`"${row.id}"`)) return true;
      const named = everything.includes(`"${row.id}"`);
      return !named && (row.uploadedBy === actor.username || actor.roles.includes('staff'));
    };
  }

  async open(id: string, actor: EventActor): Promise<{ attachment: AttachmentDto; stream: Readable }> {
    const row = await this.db.exclusive(() => this.db.dataSource.getRepository(AttachmentEntity).findOneBy({ id }));
    if (!row) throw notFound(id);
    if (row.instanceId === NOT_YET_FILED) {
      if (row.uploadedBy !== actor.username) throw notFound(id);
    } else {
      try {
        await this.assertVisible(row.instanceId, actor);
      } catch {
        throw notFound(id);
      }
      if (!(await this.readableBy(row.instanceId, actor))(row)) throw notFound(id);
    }
    const content = await this.db.exclusive(() =>
      this.db.dataSource.getRepository(AttachmentContentEntity).findOneBy({ attachmentId: id }),
    );
    // Files uploaded before attachments moved into the database are still read from the data folder.
    return {
      attachment: toDto(row),
      stream: content ? Readable.from([content.bytes]) : createReadStream(join(this.legacyFolder, row.id)),
    };
  }
}
