import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser, CurrentUser } from '@app/accounts';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import {
  CalendarDayParams,
  CalendarQueryDto,
  CalendarYearParams,
  PutCalendarDayDto,
} from './registration.dto';
import { CalendarDayView, CalendarStatusView, CalendarYearView } from './registration.view';
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

  @Get('status')
  @Auth('admin')
  @ApiOperation({
    summary: '日历年度状态 Loaded years, and the warning about next year',
    description:
      'warn is true from 1 December (Asia/Shanghai) while next year is missing or unconfirmed.',
  })
  @ApiOkResponse({ type: CalendarStatusView })
  status(): Promise<CalendarStatusView> {
    return this.calendar.status();
  }

  @Post('years/:year')
  @Auth('admin')
  @ApiOperation({
    summary: '载入年度法定节假日 Load a year with its statutory holidays (provisional)',
    description:
      'Computed by the rule of 国务院令第793号; make-up days are added by hand, then the year is confirmed. ' +
      'Applications waiting for this year get their due date.',
  })
  @ApiOkResponse({ type: CalendarYearView })
  load(
    @Param() { year }: CalendarYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<CalendarYearView> {
    return this.calendar.load(Number(year), user.id);
  }

  @Post('years/:year/confirm')
  @Auth('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '确认年度安排 Confirm a year: the State Council arrangement is entered',
    description: 'Due dates counted in this year are no longer provisional.',
  })
  @ApiOkResponse({ type: CalendarYearView })
  confirm(
    @Param() { year }: CalendarYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<CalendarYearView> {
    return this.calendar.confirm(Number(year), user.id);
  }

  @Put(':date')
  @Auth('admin')
  @ApiOperation({
    summary: '设置放假或调休上班日 Set a day as a holiday or a make-up working day',
    description:
      'The year must be loaded. New due dates follow at once; due dates already given stay as promised.',
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
  async remove(@Param() { date }: CalendarDayParams, @CurrentUser() user: AuthUser): Promise<void> {
    if (!(await this.calendar.remove(date, user.id))) throw new AppException(ErrorCode.NOT_FOUND);
  }
}
