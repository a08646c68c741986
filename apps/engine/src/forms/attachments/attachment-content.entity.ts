import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The bytes of an attachment, in the database every API process shares (LONGBLOB on MariaDB), kept apart
 * from the attachment's row so listing attachments never reads them.
 */
@Entity('attachment_contents')
export class AttachmentContentEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'varchar', length: 26 })
  attachmentId!: string;

  @Column({ type: 'blob' })
  bytes!: Buffer;
}
