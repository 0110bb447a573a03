import { emptyForm, formOf, toRegistrationBody } from './registration-form';

describe('registration form → request', () => {
  it('trims, upper-cases the ID check character, and leaves out an empty start date', () => {
    const body = toRegistrationBody(
      {
        ...emptyForm('13912345678'),
        name: ' 王小明 ',
        idNumber: '11010519491231002x',
        district: '中山区',
        address: ' 人民路 1 号 ',
        employmentForm: 'platform',
        trade: 'loader',
        signed: true,
      },
      '2026-11-v1',
    );
    expect(body).toEqual({
      name: '王小明',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      district: '中山区',
      address: '人民路 1 号',
      employmentForm: 'platform',
      trades: ['loader'],
      workDescription: '',
      commitment: { version: '2026-11-v1', signed: true },
    });
  });

  it('fills a correction from the saved registration but asks for the commitment again', () => {
    const form = formOf({
      name: '王小明',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      district: '中山区',
      address: '人民路 1 号',
      employmentForm: 'platform',
      trades: [],
      workDescription: '',
      startedOn: '2026-01-05',
    } as never);
    expect(form).toMatchObject({ trade: '', startedOn: '2026-01-05', signed: false });
  });
});
