import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { pageSchema } from '@app/credit';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent, Page } from '@app/common';
import {
  ComplaintIdParams,
  ComplaintNoteDto,
  DecideComplaintDto,
  FileComplaintDto,
  ListComplaintsQueryDto,
} from './complaint.dto';
import { ComplaintView } from './complaint.view';
import { ComplaintsService } from './complaints.service';

@ApiTags('complaints')
@ApiExtraModels(ComplaintView)
@Controller()
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Post('complaints')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '投诉 Report unpaid wages or unsafe work against one of your assignments',
    description:
      'The assignment must be yours and confirmed or later; one complaint per assignment and kind ' +
      '(409 COMPLAINT_NOT_ALLOWED otherwise).',
  })
  @ApiCreatedResponse({ type: ComplaintView })
  file(@CurrentUser() user: AuthUser, @Body() dto: FileComplaintDto): Promise<ComplaintView> {
    return this.complaints.file(user, dto);
  }

  @Get('complaints/mine')
  @Auth('worker', 'employer')
  @ApiOperation({
    summary: '我的投诉 A worker: their complaints; an employer: complaints against them',
    description: "Newest first. An employer sees the worker's name masked and never their phone.",
  })
  @ApiOkResponse({ schema: pageSchema(ComplaintView) })
  mine(
    @CurrentUser() user: AuthUser,
    @Query() q: ListComplaintsQueryDto,
  ): Promise<Page<ComplaintView>> {
    return this.complaints.mine(user, q);
  }

  @Get('admin/complaints')
  @Auth('admin')
  @ApiOperation({
    summary: '投诉处理 The complaints queue (open and investigating by default), oldest first',
  })
  @ApiOkResponse({ schema: pageSchema(ComplaintView) })
  queue(@Query() q: ListComplaintsQueryDto): Promise<Page<ComplaintView>> {
    return this.complaints.queue(q);
  }

  @Get('admin/complaints/:id')
  @Auth('admin')
  @ApiOperation({ summary: 'One complaint with its staff notes' })
  @ApiOkResponse({ type: ComplaintView })
  one(@Param() { id }: ComplaintIdParams): Promise<ComplaintView> {
    return this.complaints.staffView(id);
  }

  @Post('admin/complaints/:id/notes')
  @Auth('admin')
  @ApiOperation({
    summary: '添加处理记录 Add a staff note (an open complaint becomes investigating)',
    description: '409 COMPLAINT_DECIDED once decided. Audited.',
  })
  @ApiCreatedResponse({ type: ComplaintView })
  note(
    @CurrentUser() user: AuthUser,
    @Param() { id }: ComplaintIdParams,
    @Body() dto: ComplaintNoteDto,
  ): Promise<ComplaintView> {
    return this.complaints.note(user, id, dto);
  }

  @Post('admin/complaints/:id/decide')
  @Auth('admin')
  @ApiOperation({
    summary: '办结 Decide: upheld (a credit event for the employer) or dismissed',
    description:
      'Upheld unpaid wages → wage_complaint_upheld, unsafe work → unsafe_work_upheld on the ' +
      "employer's ledger. 409 COMPLAINT_DECIDED when already decided. Audited.",
  })
  @ApiCreatedResponse({ type: ComplaintView })
  decide(
    @CurrentUser() user: AuthUser,
    @Param() { id }: ComplaintIdParams,
    @Body() dto: DecideComplaintDto,
  ): Promise<ComplaintView> {
    return this.complaints.decide(user, id, dto);
  }
}
