import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { BindFormRequest, FormBindingDto, FormSummaryDto, StepFormDto, StepSlotDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { BindingsService } from './bindings.service';
import { StepFormsService } from './step-forms.service';

const DESIGNERS = ['staff', 'admin'] as const;
const key = { type: 'string', minLength: 1, maxLength: 100 };

const BIND_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['workflow', 'slot', 'formKey'],
  properties: { workflow: key, slot: key, formKey: key },
};
const SLOT_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['workflow', 'slot'],
  properties: { workflow: key, slot: key },
};
const START_QUERY_SCHEMA = { type: 'object', additionalProperties: false, properties: { programmeId: key } };

@ApiTags('forms')
@ApiBearerAuth()
@Controller()
export class BindingsController {
  constructor(
    private readonly bindings: BindingsService,
    private readonly stepForms: StepFormsService,
  ) {}

  @Get('form-bindings/slots')
  @Access(DESIGNERS)
  @ApiOperation({ summary: 'Steps where people submit data, with the form bound to each and the fields it must keep' })
  slots(): Promise<StepSlotDto[]> {
    return this.bindings.slots();
  }

  @Get('form-bindings/history')
  @Access(DESIGNERS)
  @ApiOperation({ summary: 'Every binding change: who bound which form to which step, when' })
  history(): Promise<FormBindingDto[]> {
    return this.bindings.history();
  }

  @Get('form-bindings/candidates')
  @Access(DESIGNERS)
  @ApiOperation({ summary: 'Published forms that keep a step’s contract, for a picker' })
  candidates(@Query(new RequestSchemaPipe(SLOT_QUERY_SCHEMA)) query: { workflow: string; slot: string }): Promise<FormSummaryDto[]> {
    return this.bindings.candidates(query.workflow, query.slot);
  }

  @Put('form-bindings')
  @Access(DESIGNERS)
  @ApiOperation({
    summary: 'Bind a published form to a step for new instances',
    description: '422 with one problem per field of the step’s contract the form lacks or types otherwise',
  })
  bind(@CurrentUser() user: SessionUser, @Body(new RequestSchemaPipe(BIND_SCHEMA)) body: BindFormRequest): Promise<FormBindingDto> {
    return this.bindings.bind(body.workflow, body.slot, body.formKey, user.username);
  }

  @Get('forms/by-workflow/:workflow/start')
  @Access('signed-in')
  @ApiOperation({ summary: 'The form a new instance starts with (a programme’s own application form with programmeId)' })
  startForm(
    @Param('workflow') workflow: string,
    @Query(new RequestSchemaPipe(START_QUERY_SCHEMA)) query: { programmeId?: string },
  ): Promise<StepFormDto> {
    return this.stepForms.startForm(workflow, query.programmeId);
  }

  @Get('instances/:id/forms/:event')
  @Access('signed-in')
  @ApiOperation({ summary: 'The form an event of this instance is filled with, at the version the server validates against' })
  eventForm(@CurrentUser() user: SessionUser, @Param('id') id: string, @Param('event') event: string): Promise<StepFormDto> {
    return this.stepForms.eventForm(id, event, user);
  }
}
