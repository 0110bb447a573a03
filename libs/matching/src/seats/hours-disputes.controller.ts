import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam, Idempotent } from '@app/common';
import { DisputeHoursDto } from './assignment.dto';
import { assignmentNotFound } from './assignment-lock';
import { AssignmentView } from './assignment.view';
import { HoursDisputesService } from './hours-disputes.service';

/** The employer disputes the hours recorded at check-out; the worker settles it. */
@ApiTags('assignments')
@Controller('assignments/:id')
export class HoursDisputesController {
  constructor(private readonly disputes: HoursDisputesService) {}

  @Post('dispute-hours')
  @HttpCode(200)
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '工时异议 Dispute the recorded hours',
    description:
      "The shift's employer, a completed assignment, within HOURS_DISPUTE_HOURS of the check-out, " +
      'once, and not after the worker confirmed the work record (409 HOURS_DISPUTE_NOT_ALLOWED). ' +
      "Records both figures; the worker accepts the employer's figure or keeps the recorded one.",
  })
  @ApiOkResponse({ type: AssignmentView })
  dispute(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
    @Body() dto: DisputeHoursDto,
  ): Promise<AssignmentView> {
    return this.disputes.dispute(user.id, id, dto);
  }

  @Post('hours-dispute/accept')
  @HttpCode(200)
  @Auth('worker')
  @ApiOperation({
    summary: "接受雇主工时 Accept the employer's hours",
    description:
      "The assignment's worker; an open dispute only (409 ILLEGAL_TRANSITION). The assignment takes " +
      "the employer's hours and pay; 0 hours voids the completed credit.",
  })
  @ApiOkResponse({ type: AssignmentView })
  accept(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.disputes.accept(user.id, id);
  }

  @Post('hours-dispute/reject')
  @HttpCode(200)
  @Auth('worker')
  @ApiOperation({
    summary: '不接受 Keep the recorded hours',
    description:
      'The recorded figures stand; unpaid, they are a wage complaint (POST /complaints, unpaid_wages).',
  })
  @ApiOkResponse({ type: AssignmentView })
  reject(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.disputes.reject(user.id, id);
  }
}
