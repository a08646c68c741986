import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

/**
 * The bytes of an attachment, in the database every API process shares (LONGBLOB on MariaDB), kept apart
 * from the attachment's row so listing attachments never reads them.
 */
@Entity('attachment_contents')
export class AttachmentContentEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'varchar', length: 26 })
  attachmentId!: string;

  @OnMariaDb({ type: 'longblob' })
  @Column({ type: 'blob' })
  bytes!: Buffer;
}
