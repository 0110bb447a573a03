import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorators';
import { GrantedUserDto, GrantRoleDto } from './users.dto';
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
}
