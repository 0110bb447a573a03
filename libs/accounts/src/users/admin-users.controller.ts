import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import {
  AccountStatusDto,
  GrantedUserDto,
  GrantRoleDto,
  ReinstateUserDto,
  SuspendUserDto,
  UserIdParams,
  UserRoleParams,
} from './users.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post('roles')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    summary: 'Grant a role to a phone number 授予身份 (admin)',
    description:
      'Creates the account when the phone has none yet. Granting a held role changes nothing.',
  })
  @ApiOkResponse({ type: GrantedUserDto })
  async grant(@Body() body: GrantRoleDto): Promise<GrantedUserDto> {
    const user = await this.users.grantRole(body.phone, body.role);
    return { ...user, createdAt: user.createdAt.toISOString() };
  }

  @Delete(':id/roles/:role')
  @Auth('admin')
  @ApiOperation({
    summary: 'Take a role away 撤销身份 (admin)',
    description:
      'The sessions signed in as that role end at once (401 SESSION_ENDED, sockets get ' +
      'session.ended); the account keeps its other roles. 404 for no such account.',
  })
  @ApiOkResponse({ type: AccountStatusDto })
  revokeRole(
    @CurrentUser() admin: AuthUser,
    @Param() { id, role }: UserRoleParams,
  ): Promise<AccountStatusDto> {
    return this.users.revokeRole(admin, id, role);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    summary: 'Suspend an account 停用账号 (admin)',
    description:
      'Every session ends at once: tokens answer 403 ACCOUNT_SUSPENDED, refresh and login ' +
      'are refused, open sockets get session.ended {reason:"suspended"} and are disconnected.',
  })
  @ApiOkResponse({ type: AccountStatusDto })
  suspend(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: UserIdParams,
    @Body() body: SuspendUserDto,
  ): Promise<AccountStatusDto> {
    return this.users.setStatus(admin, id, 'suspended', body.reason);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    summary: 'Reinstate a suspended account 恢复账号 (admin)',
    description: 'The person signs in again (their old sessions stay ended).',
  })
  @ApiOkResponse({ type: AccountStatusDto })
  reinstate(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: UserIdParams,
    @Body() body: ReinstateUserDto,
  ): Promise<AccountStatusDto> {
    return this.users.setStatus(admin, id, 'active', body.reason ?? null);
  }
}
