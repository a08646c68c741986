import { Global, Module, type OnModuleInit } from '@nestjs/common';

import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { BindingsController } from './bindings/bindings.controller';
import { BindingsService } from './bindings/bindings.service';
import { FormBindings } from './bindings/form-bindings';
import { StepFormsService } from './bindings/step-forms.service';
import { FormsController } from './forms.controller';
import { FormStore } from './registry/form-store';
import { FormUsage } from './registry/form-usage';
import { FormsService } from './registry/forms.service';
import { PublishedForms } from './registry/published-forms';
import { FormSeedService } from './seed/form-seed.service';
import { FormDataValidator } from './validation/form-data-validator';

/**
 * The form registry, the validator the runtime checks event data with, and attachments. Global because
 * the runtime module takes its validator from here.
 */
@Global()
@Module({
  controllers: [FormsController, BindingsController, AttachmentsController],
  providers: [
    FormStore,
    PublishedForms,
    FormBindings,
    FormUsage,
    FormsService,
    BindingsService,
    StepFormsService,
    FormSeedService,
    FormDataValidator,
    AttachmentsService,
  ],
  exports: [PublishedForms, FormDataValidator, FormsService, BindingsService, StepFormsService, FormBindings, AttachmentsService],
})
export class FormsModule implements OnModuleInit {
  constructor(
    private readonly seeds: FormSeedService,
    private readonly published: PublishedForms,
    private readonly bindings: FormBindings,
  ) {}

  /** Before the app serves anything: seed forms published, every published version and binding in memory. */
  async onModuleInit(): Promise<void> {
    await this.seeds.seed();
    await this.published.load();
    await this.bindings.load();
  }
}
