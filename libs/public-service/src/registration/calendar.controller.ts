import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser, CurrentUser } from '@app/accounts';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CalendarDayParams, CalendarQueryDto, PutCalendarDayDto } from './registration.dto';
import { CalendarDayView, CalendarYearView } from './registration.view';
import { WorkingCalendarService } from './working-calendar.service';

@ApiTags('working-day calendar')
@Controller('admin/calendar')
export class CalendarController {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({
    summary: '工作日历 The holidays and make-up working days of a year',
    description: 'Only the exceptions: every other Monday–Friday is a working day.',
  })
  @ApiOkResponse({ type: CalendarYearView })
  year(@Query() { year }: CalendarQueryDto): Promise<CalendarYearView> {
    return this.calendar.year(year);
  }

  @Put(':date')
  @Auth('admin')
  @ApiOperation({
    summary: '设置放假或调休上班日 Set a day as a holiday or a make-up working day',
    description: 'New due dates follow at once; due dates already given stay as promised.',
  })
  @ApiOkResponse({ type: CalendarDayView })
  put(
    @Param() { date }: CalendarDayParams,
    @Body() dto: PutCalendarDayDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CalendarDayView> {
    return this.calendar.put(date, dto.kind, dto.name, user.id);
  }

  @Delete(':date')
  @Auth('admin')
  @HttpCode(204)
  @ApiOperation({ summary: '恢复为普通日 Make a day ordinary again (Mon–Fri work, weekends off)' })
  @ApiNoContentResponse()
  async remove(@Param() { date }: CalendarDayParams): Promise<void> {
    if (!(await this.calendar.remove(date))) throw new AppException(ErrorCode.NOT_FOUND);
  }
}
