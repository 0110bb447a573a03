import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser, CurrentUser } from '@app/accounts';
import { PresenceDto, PresenceView } from './presence.dto';
import { PresenceService } from './presence.service';

@ApiTags('workers')
@Controller('workers/me/presence')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Post()
  @HttpCode(200)
  @Auth('worker')
  @ApiOperation({
    summary: 'Go online or offline for 即时快招 offers',
    description:
      'Online needs `location` (400 naming it otherwise) and a worker profile (409 PROFILE_REQUIRED). ' +
      'Each call is a heartbeat: without another one before `expiresAt` the worker drops out of ' +
      'matching. Offline takes effect at once.',
  })
  @ApiOkResponse({ type: PresenceView })
  set(@CurrentUser() user: AuthUser, @Body() dto: PresenceDto): Promise<PresenceView> {
    return this.presence.set(user.id, dto);
  }
}
