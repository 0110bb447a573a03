import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { AgreementView } from './agreement.view';
import { AgreementsService } from './agreements.service';

class AssignmentParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

const PARTIES =
  'Only the two parties (the worker of the assignment and the employer of its shift); anyone else ' +
  '404 NOT_FOUND, as for an unknown assignment. 409 AGREEMENT_NOT_READY before the employer confirms.';

@ApiTags('agreements')
@Controller('assignments')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get(':id/agreement')
  @Auth('worker', 'employer')
  @ApiOperation({
    summary: 'The written agreement of an assignment 书面协议',
    description:
      `${PARTIES} Produced on the first request once confirmed and frozen from then on: later ` +
      'edits to profiles or the shift do not change it.',
  })
  @ApiOkResponse({ type: AgreementView })
  get(@Param() { id }: AssignmentParams, @CurrentUser() user: AuthUser): Promise<AgreementView> {
    return this.agreements.get(id, user);
  }

  @Post(':id/agreement/accept')
  @HttpCode(200)
  @Auth('worker', 'employer')
  @ApiOperation({
    summary: 'Accept the agreement for my side 确认协议',
    description: `${PARTIES} Idempotent: accepting again keeps the first time.`,
  })
  @ApiOkResponse({ type: AgreementView })
  accept(@Param() { id }: AssignmentParams, @CurrentUser() user: AuthUser): Promise<AgreementView> {
    return this.agreements.accept(id, user);
  }
}
