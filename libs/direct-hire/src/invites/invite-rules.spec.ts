import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { inviteRefusal } from './invite-rules';

describe('inviteRefusal', () => {
  it('lets an eligible worker be invited, online or not', () => {
    expect(inviteRefusal([])).toBeNull();
    expect(inviteRefusal(['offline'])).toBeNull();
  });

  it('names every reason under workerId, in Chinese and English', () => {
    const error = inviteRefusal(['offline', 'trade_missing', 'too_far']) as AppException;
    expect(error.code).toBe(ErrorCode.WORKER_NOT_ELIGIBLE);
    expect(error.options.details).toEqual([
      {
        field: 'workerId',
        message: { zh: '资料中没有该岗位的工种', en: "does not list the shift's trade" },
      },
      {
        field: 'workerId',
        message: {
          zh: '工作地点超出其可接受的距离',
          en: 'the site is beyond their travel distance',
        },
      },
    ]);
  });

  it('says ALREADY_OFFERED when the worker holds an offer for the shift, whatever else', () => {
    expect(inviteRefusal(['already_offered', 'busy'])!.code).toBe(ErrorCode.ALREADY_OFFERED);
  });
});
