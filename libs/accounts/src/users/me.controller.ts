import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { MeDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Auth()
  @ApiOperation({ summary: 'The signed-in account 当前账号' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() auth: AuthUser): Promise<MeDto> {
    const user = await this.users.findById(auth.id);
    // A token can outlive its account (deleted by an admin): it no longer signs anyone in.
    if (!user) throw new AppException(ErrorCode.UNAUTHENTICATED);
    return {
      id: user.id,
      phone: user.phone,
      roles: user.roles,
      role: auth.role,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
