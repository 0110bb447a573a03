import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { PutEmployerProfileDto } from './employer-profile.dto';
import { EmployerProfileView } from './employer-profile.view';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers/me')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Put()
  @Auth('employer')
  @ApiOperation({
    summary: 'Write my employer profile 用工主体资料',
    description:
      'Required before posting a shift. The credit code is optional; when given, its check character is verified.',
  })
  @ApiOkResponse({ type: EmployerProfileView })
  put(
    @CurrentUser() user: AuthUser,
    @Body() dto: PutEmployerProfileDto,
  ): Promise<EmployerProfileView> {
    return this.employers.put(user.id, dto);
  }

  @Get()
  @Auth('employer')
  @ApiOperation({ summary: 'My employer profile, contact phone included (owner only)' })
  @ApiOkResponse({ type: EmployerProfileView })
  get(@CurrentUser() user: AuthUser): Promise<EmployerProfileView> {
    return this.employers.get(user.id);
  }
}
