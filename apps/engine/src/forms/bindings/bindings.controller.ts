import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { BindFormRequest, FormBindingDto, FormSummaryDto, StepFormDto, StepSlotDto } from '@yilin/contracts';
import { Type } from 'typebox';
import { BindFormRequestSchema, FormBindingSchema, FormSummarySchema, SlotQuerySchema, StartFormQuerySchema, StepFormSchema, StepSlotSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';

import { BindingsService } from './bindings.service';
import { StepFormsService } from './step-forms.service';

const DESIGNERS = ['staff', 'admin'] as const;

@ApiTags('forms')
@Controller()
export class BindingsController {
  constructor(
    private readonly bindings: BindingsService,
    private readonly stepForms: StepFormsService,
  ) {}

  @Operation({
    summary: 'Steps where people submit data, with the form bound to each and the fields it must keep',
    response: Type.Array(StepSlotSchema),
  })
  @Get('form-bindings/slots')
  @Access(DESIGNERS)
  slots(): Promise<StepSlotDto[]> {
    return this.bindings.slots();
  }

  @Operation({
    summary: 'Every binding change: who bound which form to which step, when',
    response: Type.Array(FormBindingSchema),
  })
  @Get('form-bindings/history')
  @Access(DESIGNERS)
  history(): Promise<FormBindingDto[]> {
    return this.bindings.history();
  }

  @Operation({
    summary: 'Published forms that keep a step’s contract, for a picker',
    query: SlotQuerySchema, response: Type.Array(FormSummarySchema),
  })
  @Get('form-bindings/candidates')
  @Access(DESIGNERS)
  candidates(@Query() query: { workflow: string; slot: string }): Promise<FormSummaryDto[]> {
    return this.bindings.candidates(query.workflow, query.slot);
  }

  @Operation({
    summary: 'Bind a published form to a step for new instances',
    description: '422 with one problem per field of the step’s contract the form lacks or types otherwise',
    body: BindFormRequestSchema, response: FormBindingSchema,
  })
  @Put('form-bindings')
  @Access(DESIGNERS)
  bind(@CurrentUser() user: SessionUser, @Body() body: BindFormRequest): Promise<FormBindingDto> {
    return this.bindings.bind(body.workflow, body.slot, body.formKey, user.username);
  }

  @Operation({
    summary: 'The form a new instance starts with (a programme’s own application form with programmeId)',
    query: StartFormQuerySchema, response: StepFormSchema,
  })
  @Get('forms/by-workflow/:workflow/start')
  @Access('signed-in')
  startForm(
    @Param('workflow') workflow: string,
    @Query() query: { programmeId?: string },
  ): Promise<StepFormDto> {
    return this.stepForms.startForm(workflow, query.programmeId);
  }

  @Operation({
    summary: 'The form an event of this instance is filled with, at the version the server validates against',
    response: StepFormSchema,
  })
  @Get('instances/:id/forms/:event')
  @Access('signed-in')
  eventForm(@CurrentUser() user: SessionUser, @Param('id') id: string, @Param('event') event: string): Promise<StepFormDto> {
    return this.stepForms.eventForm(id, event, user);
  }
}
