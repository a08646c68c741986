import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A file uploaded to an instance; its bytes are an `AttachmentContentEntity` of the same id. */
@Entity('attachments')
@Index('idx_attachments_instance', ['instanceId', 'id'])
export class AttachmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'datetime', precision: 3 })
  uploadedAt!: Date;
}
