import { StandInSmsSender } from './stand-in-sms.sender';

describe('stand-in SMS sender', () => {
  it('keeps the codes per phone for the dev/test inbox and can be told to fail', async () => {
    const s = new StandInSmsSender();
    await s.send({ phone: '13800000001', code: '111111', purpose: 'login', validMinutes: 5 });
    await s.send({ phone: '13800000001', code: '222222', purpose: 'reset_password', validMinutes: 5 });
    expect(s.lastCode('13800000001')).toBe('222222');
    expect(s.messagesTo('13800000001').map((m) => m.purpose)).toEqual(['login', 'reset_password']);
    expect(s.lastCode('13800000002')).toBeNull();
    s.failNext = 1;
    await expect(s.send({ phone: '13800000002', code: '333333', purpose: 'login', validMinutes: 5 })).rejects.toThrow();
    expect(s.lastCode('13800000002')).toBeNull();
  });
});
