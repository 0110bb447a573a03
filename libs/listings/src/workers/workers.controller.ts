import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { PutWorkerProfileDto } from './worker-profile.dto';
import { WorkerProfileView } from './worker-profile.view';
import { WorkersService } from './workers.service';

@ApiTags('workers')
@Controller('workers/me')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Put()
  @Auth('worker')
  @ApiOperation({
    summary: 'Write my worker profile 零工资料',
    description:
      'Replaces the whole profile. Trades are checked against GET /trades (400 UNKNOWN_TRADE naming ' +
      '`trades[i].code`), certificates against GET /certificates (400 UNKNOWN_CERTIFICATE naming ' +
      '`certificates[i]`); homeLocation inside the service area and homeDistrict; availability ' +
      'slots must be HH:mm with from < to on one day.',
  })
  @ApiOkResponse({ type: WorkerProfileView })
  put(@CurrentUser() user: AuthUser, @Body() dto: PutWorkerProfileDto): Promise<WorkerProfileView> {
    return this.workers.put(user.id, dto);
  }

  @Get()
  @Auth('worker')
  @ApiOperation({ summary: 'My worker profile, exact home location included (owner only)' })
  @ApiOkResponse({ type: WorkerProfileView })
  get(@CurrentUser() user: AuthUser): Promise<WorkerProfileView> {
    return this.workers.get(user.id);
  }
}
