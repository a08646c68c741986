import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Type } from 'typebox';

import type { CreateFundRequest, DonationRequest, PageDto } from '@yilin/contracts';
import {
  CreateFundRequestSchema,
  DonationRequestSchema,
  FundDetailSchema,
  FundSchema,
  LedgerEntrySchema,
  ListPageQuerySchema,
  pageOf,
  ReservationSchema,
} from '@yilin/contracts/schemas';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { checkIdCursor, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { IdempotencyKey } from '@engine/common/validation/idempotency-key.decorator';

import { FundLedger } from './fund-ledger.service';
import type { FundDetailDto, FundDto, LedgerEntryDto, ReservationDto } from './funds.dto';
import { FundsService } from './funds.service';

@ApiTags('funds')
@Controller('funds')
export class FundsController {
  constructor(
    private readonly funds: FundsService,
    private readonly ledger: FundLedger,
  ) {}

  @Operation({ summary: 'Every fund with its balances', response: Type.Array(FundSchema) })
  @Get()
  @Access(['admin', 'staff'])
  list(): Promise<FundDto[]> {
    return this.funds.list();
  }

  @Operation({ summary: 'Open a fund', body: CreateFundRequestSchema, response: FundSchema })
  @Post()
  @Access(['admin'])
  create(@Body() body: CreateFundRequest): Promise<FundDto> {
    return this.funds.create(body);
  }

  @Operation({ summary: 'A fund with its balances and the first page of its ledger and of its grants', response: FundDetailSchema })
  @Get(':id')
  @Access(['admin', 'staff'])
  get(@Param('id') id: string): Promise<FundDetailDto> {
    return this.funds.get(id);
  }

  @Operation({
    summary: "A page of the fund's ledger, newest first, each entry with the available balance after it",
    query: ListPageQuerySchema,
    response: pageOf(LedgerEntrySchema),
  })
  @Get(':id/ledger')
  @Access(['admin', 'staff'])
  ledgerOf(@Param('id') id: string, @Query() query: PageQuery): Promise<PageDto<LedgerEntryDto>> {
    return this.funds.ledger(id, { cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
  }

  @Operation({ summary: 'A page of the grants the fund answered, newest first', query: ListPageQuerySchema, response: pageOf(ReservationSchema) })
  @Get(':id/reservations')
  @Access(['admin', 'staff'])
  reservationsOf(@Param('id') id: string, @Query() query: PageQuery): Promise<PageDto<ReservationDto>> {
    return this.funds.reservations(id, { cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
  }

  @Operation({ summary: 'Record a donation into the fund', body: DonationRequestSchema, response: LedgerEntrySchema })
  @Post(':id/donations')
  @Access(['admin'])
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  donate(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: DonationRequest,
    @IdempotencyKey() key?: string,
  ): Promise<LedgerEntryDto> {
    return this.ledger.donate(id, { amount: body.amount, note: body.note ?? null, actorId: user.id, key });
  }
}
