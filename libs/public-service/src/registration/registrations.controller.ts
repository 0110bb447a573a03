import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { REGISTRATION_COMMITMENT } from './registration-commitment';
import {
  ListRegistrationsQueryDto,
  RegistrationBodyDto,
  RegistrationParams,
  ReturnRegistrationDto,
} from './registration.dto';
import { CommitmentTextView, RegistrationListView, RegistrationView } from './registration.view';
import { RegistrationsService } from './registrations.service';

const DUE =
  'The answer is due within REGISTRATION_DUE_WORKING_DAYS (7) working days of the submission day, ' +
  'counted on the working-day calendar (weekends, statutory holidays, make-up working days 调休).';

@ApiTags('flexible-employment registration')
@Controller()
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get('registration-commitment')
  @ApiOperation({
    summary: '灵活就业登记承诺书 The commitment text a worker signs (current version)',
  })
  @ApiOkResponse({ type: CommitmentTextView })
  commitment(): CommitmentTextView {
    return { ...REGISTRATION_COMMITMENT };
  }

  @Post('registrations')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '提交灵活就业登记 Submit a flexible-employment registration (clause 六)',
    description:
      `Personal information and the signed commitment (承诺制), no proofs. Gives a number ` +
      `(LG-2026-000123) and a due date. ${DUE} One per worker: 409 REGISTRATION_EXISTS ` +
      '(change it with PUT /registrations/me). An outdated commitment version: 400 naming commitment.version.',
  })
  @ApiCreatedResponse({ type: RegistrationView })
  submit(
    @CurrentUser() user: AuthUser,
    @Body() dto: RegistrationBodyDto,
  ): Promise<RegistrationView> {
    return this.registrations.submit(user, dto);
  }

  @Get('registrations/me')
  @Auth('worker')
  @ApiOperation({
    summary:
      '我的灵活就业登记 My registration: status, number, due date, reason if returned, history',
    description: '404 when the worker has not registered.',
  })
  @ApiOkResponse({ type: RegistrationView })
  mine(@CurrentUser() user: AuthUser): Promise<RegistrationView> {
    return this.registrations.mine(user);
  }

  @Put('registrations/me')
  @Auth('worker')
  @ApiOperation({
    summary: '修改或重新提交登记 Change my registration, or resubmit a returned one',
    description:
      'The whole form again, with the commitment signed again. Pending: recorded as changed, the due ' +
      'date stays. Returned: resubmitted with a new due date. Accepted: a change of information ' +
      `(办理修改手续), reviewed again with a new due date. ${DUE}`,
  })
  @ApiOkResponse({ type: RegistrationView })
  edit(@CurrentUser() user: AuthUser, @Body() dto: RegistrationBodyDto): Promise<RegistrationView> {
    return this.registrations.edit(user, dto);
  }

  @Get('admin/registrations')
  @Auth('admin')
  @ApiOperation({
    summary: '灵活就业登记审核列表 Registrations for staff, oldest first',
    description:
      'Filter by status and overdue=true (pending past the due date, with daysOverdue). ID numbers ' +
      'and phones are masked here; the detail shows them whole.',
  })
  @ApiOkResponse({ type: RegistrationListView })
  list(@Query() query: ListRegistrationsQueryDto): Promise<RegistrationListView> {
    return this.registrations.list(query);
  }

  @Get('admin/registrations/:id')
  @Auth('admin')
  @ApiOperation({ summary: '登记详情 One registration with its history (ID number whole)' })
  @ApiOkResponse({ type: RegistrationView })
  detail(@Param() { id }: RegistrationParams): Promise<RegistrationView> {
    return this.registrations.detail(id, false);
  }

  @Post('admin/registrations/:id/accept')
  @Auth('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '受理（办结）登记 Accept a pending registration',
    description: '409 REGISTRATION_NOT_PENDING when it was already answered (or returned).',
  })
  @ApiOkResponse({ type: RegistrationView })
  accept(
    @Param() { id }: RegistrationParams,
    @CurrentUser() user: AuthUser,
  ): Promise<RegistrationView> {
    return this.registrations.accept(id, user);
  }

  @Post('admin/registrations/:id/return')
  @Auth('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '退回登记 Return a pending registration with a reason',
    description:
      'The worker corrects it and resubmits (a new due date). 409 REGISTRATION_NOT_PENDING.',
  })
  @ApiOkResponse({ type: RegistrationView })
  returnIt(
    @Param() { id }: RegistrationParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: ReturnRegistrationDto,
  ): Promise<RegistrationView> {
    return this.registrations.return(id, user, dto.reason);
  }
}
