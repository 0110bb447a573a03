import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { shanghaiDate } from '@app/listings';
import { AssessPolicyDto } from './policy-helper.dto';
import { PolicyAssessmentView, PolicyQuestionsView } from './policy-helper.view';
import { assess, POLICY_DISCLAIMER } from './policy-engine';
import { POLICY_QUESTIONS } from './policy-questions';
import { POLICY_RULES } from './policy-rules';

@ApiTags('policy helper')
@Controller('policy-helper')
export class PolicyHelperController {
  constructor(private readonly clock: Clock) {}

  @Get('questions')
  @ApiOperation({ summary: '政策计算器问题 The questions the policy helper asks' })
  @ApiOkResponse({ type: PolicyQuestionsView })
  questions(): PolicyQuestionsView {
    return { questions: [...POLICY_QUESTIONS], disclaimer: POLICY_DISCLAIMER };
  }

  @Post('assess')
  @HttpCode(200)
  @ApiOperation({
    summary: '可能享受的补贴 Which subsidies the answers point to (clauses 四, 十二, 十三)',
    description:
      'Advice only, not a decision (the answer says so). Each subsidy comes with its amount, duration, ' +
      'conditions and the clause quoted verbatim. Nothing is stored. Bad answers: 400.',
  })
  @ApiOkResponse({ type: PolicyAssessmentView })
  assess(@Body() dto: AssessPolicyDto): PolicyAssessmentView {
    const today = shanghaiDate(this.clock.now());
    if (dto.leftSchoolOn && dto.leftSchoolOn > today) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'leftSchoolOn', {
        zh: '离校日期不能晚于今天',
        en: 'leftSchoolOn cannot be in the future',
      });
    }
    return assess(dto, today, POLICY_RULES);
  }
}
