import { Controller, Get } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ErrorCode } from '@app/contracts';
import { AppException } from '../errors/app.exception';
import { IdParam, IdParamPipe } from './id-param.pipe';

const thingNotFound = () =>
  new AppException(ErrorCode.NOT_FOUND, { message: { zh: '不存在', en: 'No such thing' } });

describe('IdParamPipe', () => {
  const pipe = new IdParamPipe(thingNotFound);

  it('passes a uuid through unchanged', () => {
    const id = '0b4f5c3e-8f1a-4d2b-9c7e-2a6d1e5f3b90';
    expect(pipe.transform(id)).toBe(id);
    expect(pipe.transform(id.toUpperCase())).toBe(id.toUpperCase());
  });

  it.each([
    ['text', 'abc'],
    ['empty', ''],
    ['a uuid with a tail', '0b4f5c3e-8f1a-4d2b-9c7e-2a6d1e5f3b90x'],
    ['a uuid without dashes', '0b4f5c3e8f1a4d2b9c7e2a6d1e5f3b90'],
    ['an injection', "1' OR '1'='1"],
    ['a null byte', '0b4f5c3e-8f1a-4d2b-9c7e-2a6d1e5f3b9\u0000'],
    ['no value', undefined],
  ])("answers the route's own not-found for %s", (_label, value) => {
    let thrown: unknown;
    try {
      pipe.transform(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppException);
    expect((thrown as AppException).code).toBe(ErrorCode.NOT_FOUND);
    expect((thrown as AppException).options).toEqual(thingNotFound().options);
  });
});

describe('@IdParam', () => {
  @Controller()
  class ThingsController {
    @Get('things/:id')
    one(@IdParam('thingId', thingNotFound) id: string): string {
      return id;
    }
  }

  it('reads the named path parameter through the pipe', () => {
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, ThingsController, 'one') as Record<
      string,
      { index: number; data: string; pipes: unknown[] }
    >;
    const [key, arg] = Object.entries(args)[0]!;
    expect(key.startsWith(`${RouteParamtypes.PARAM}:`)).toBe(true);
    expect(arg.data).toBe('thingId');
    expect(arg.pipes).toHaveLength(1);
    expect(arg.pipes[0]).toBeInstanceOf(IdParamPipe);
  });
});
