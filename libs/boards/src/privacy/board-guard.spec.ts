import { Logger } from '@nestjs/common';
import { MetricsService } from '@app/common';
import { BoardGuard } from './board-guard';

describe('BoardGuard', () => {
  it('leaves out the item that looks personal, counts it, and logs where without the value', async () => {
    const metrics = new MetricsService();
    const guard = new BoardGuard(metrics);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const items = [
      { shiftId: 'a', title: '冷库装卸 30 元/时' },
      { shiftId: 'b', title: '找王 １７０５５５５６６６６' },
      { shiftId: 'c', title: '长江路 120 号' },
    ];
    expect(guard.keep('m1', 'shift', items, (s) => s.shiftId).map((s) => s.shiftId)).toEqual([
      'a',
      'c',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line).toContain('board m1: left out shift b: looks like a mobile number at $.title');
    expect(line).not.toMatch(/5555|５５５５/);
    expect(await metrics.registry.getSingleMetricAsString('board_items_dropped_total')).toContain(
      'board_items_dropped_total{part="shift"} 1',
    );
    warn.mockRestore();
  });
});
