import { buildAgreementContent, estimatePayFen } from './agreement-content';

const source = {
  employer_name: '大连海鲜加工有限公司',
  employer_kind: 'business' as const,
  contact_name: '王经理',
  employer_phone: '13912345678',
  worker_name: '张三丰',
  worker_phone: '13800138000',
  title: '冷库装卸',
  trade_code: 'loader',
  trade_name_zh: '装卸工',
  trade_name_en: 'Loader',
  description: '卸两车冻品，联系 13700001111',
  starts_at: new Date('2030-03-11T02:00:00Z'),
  ends_at: new Date('2030-03-11T06:30:00Z'),
  pay_unit: 'hour' as const,
  pay_fen: 3000,
  address: '大连市中山区人民路 1 号',
  district: '中山区',
};

describe('agreement content', () => {
  it('estimates the pay of the whole shift by its unit', () => {
    expect(estimatePayFen('hour', 3000, 4.5)).toBe(13500);
    expect(estimatePayFen('day', 20000, 8)).toBe(20000);
    expect(estimatePayFen('piece', 50, 8)).toBeNull();
  });

  it('freezes parties with masked phones, the work, time, pay, place and the terms version', () => {
    const c = buildAgreementContent(source, { version: 'v9', zh: '条款', en: 'terms' }, (d) =>
      d.toISOString(),
    );
    expect(c.parties.employer).toEqual({
      name: '大连海鲜加工有限公司',
      kind: 'business',
      contactName: '王经理',
      phone: '139****5678',
    });
    expect(c.parties.worker).toEqual({ name: '张三丰', phone: '138****8000' });
    expect(c.work.description).not.toContain('13700001111');
    expect(c.time.hours).toBe(4.5);
    expect(c.pay).toEqual({ unit: 'hour', amountFen: 3000, estimateFen: 13500 });
    expect(c.terms.version).toBe('v9');
  });
});
