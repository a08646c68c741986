import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { IdempotencyKey } from '@engine/common/validation/idempotency-key.decorator';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { FundLedger } from './fund-ledger.service';
import type { FundDetailDto, FundDto, LedgerEntryDto } from './funds.dto';
import { CREATE_FUND_SCHEMA, DONATION_SCHEMA } from './funds.schemas';
import { type CreateFundRequest, FundsService } from './funds.service';

@ApiTags('funds')
@ApiBearerAuth()
@Controller('funds')
export class FundsController {
  constructor(
    private readonly funds: FundsService,
    private readonly ledger: FundLedger,
  ) {}

  @Get()
  @Access(['admin', 'staff'])
  list(): Promise<FundDto[]> {
    return this.funds.list();
  }

  @Post()
  @Access(['admin'])
  create(@Body(new RequestSchemaPipe(CREATE_FUND_SCHEMA)) body: CreateFundRequest): Promise<FundDto> {
    return this.funds.create(body);
  }

  @Get(':id')
  @Access(['admin', 'staff'])
  get(@Param('id') id: string): Promise<FundDetailDto> {
    return this.funds.get(id);
  }

  @Post(':id/donations')
  @Access(['admin'])
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  donate(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body(new RequestSchemaPipe(DONATION_SCHEMA)) body: { amount: number; note?: string },
    @IdempotencyKey() key?: string,
  ): Promise<LedgerEntryDto> {
    return this.ledger.donate(id, { amount: body.amount, note: body.note ?? null, actorId: user.id, key });
  }
}
