import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { PageDto } from '@yilin/contracts';

import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { checkIdCursor, LIST_PAGE_SCHEMA, type PageQuery, pageLimit } from '@engine/common/pagination/page-query';
import { IdempotencyKey } from '@engine/common/validation/idempotency-key.decorator';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { FundLedger } from './fund-ledger.service';
import type { FundDetailDto, FundDto, LedgerEntryDto, ReservationDto } from './funds.dto';
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
  @ApiOperation({ summary: 'A fund with its balances and the first page of its ledger and of its grants' })
  get(@Param('id') id: string): Promise<FundDetailDto> {
    return this.funds.get(id);
  }

  @Get(':id/ledger')
  @Access(['admin', 'staff'])
  @ApiOperation({ summary: "A page of the fund's ledger, newest first, each entry with the available balance after it" })
  ledgerOf(@Param('id') id: string, @Query(new RequestSchemaPipe(LIST_PAGE_SCHEMA)) query: PageQuery): Promise<PageDto<LedgerEntryDto>> {
    return this.funds.ledger(id, { cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
  }

  @Get(':id/reservations')
  @Access(['admin', 'staff'])
  @ApiOperation({ summary: 'A page of the grants the fund answered, newest first' })
  reservationsOf(@Param('id') id: string, @Query(new RequestSchemaPipe(LIST_PAGE_SCHEMA)) query: PageQuery): Promise<PageDto<ReservationDto>> {
    return this.funds.reservations(id, { cursor: query.cursor && checkIdCursor(query.cursor), limit: pageLimit(query) });
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
