import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { OtpService } from '../otp/otp.service';
import { LoginDto, OtpSentDto, RefreshTokenDto, RequestOtpDto, SessionDto } from './auth.dto';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly otp: OtpService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('otp')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a 6-digit SMS login code 发送验证码',
    description:
      'Rate-limited per phone, per client IP and overall (429 RATE_LIMITED, with Retry-After). ' +
      'A code the SMS gateway did not take answers 503 SMS_UNAVAILABLE and is not kept. ' +
      'The code is never returned. ' +
      'Requesting a new code replaces the previous one.',
  })
  @ApiAcceptedResponse({ type: OtpSentDto })
  requestCode(@Body() body: RequestOtpDto, @Ip() ip: string): Promise<OtpSentDto> {
    return this.otp.send(body.phone, ip);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with phone + code as a role 登录',
    description:
      'worker and employer are added on first login; operator and admin must be granted ' +
      '(403 ROLE_NOT_GRANTED). Errors: 401 INVALID_CODE, 401 CODE_EXPIRED, 429 TOO_MANY_ATTEMPTS.',
  })
  @ApiOkResponse({ type: SessionDto })
  login(@Body() body: LoginDto): Promise<SessionDto> {
    return this.sessions.login(body);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair 刷新登录',
    description:
      'Each refresh token works once. Presenting one that was already exchanged ends the ' +
      'whole session (401 INVALID_REFRESH_TOKEN), since someone else must hold it.',
  })
  @ApiOkResponse({ type: SessionDto })
  refresh(@Body() body: RefreshTokenDto): Promise<SessionDto> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session the refresh token belongs to 退出登录' })
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.sessions.logout(body.refreshToken);
  }
}
