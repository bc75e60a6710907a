import { passwordProblem } from './password';

describe('passwordProblem', () => {
  it.each([
    '12345678',
    'password',
    'Password',
    'qwertyuiop',
    '11111111',
    'password123!',
    'woaini1314',
    '88888888',
    'a123456789',
    '1qaz2wsx',
  ])('refuses the common password %s', (password) => expect(passwordProblem(password)).toMatch(/太常见|同一个字符/));

  it('refuses short passwords, one repeated character and the account itself', () => {
    expect(passwordProblem('abc123')).toBe('密码至少 8 位');
    expect(passwordProblem('zzzzzzzzzz')).toBe('密码不能由同一个字符重复组成');
    expect(passwordProblem('13912345678', '13912345678')).toBe('密码不能包含手机号、邮箱或用户名');
    expect(passwordProblem('x13912345678!', '13912345678')).toBe('密码不能包含手机号、邮箱或用户名');
    expect(passwordProblem('wang.xiaowen', 'wang.xiaowen@example.com')).toBe('密码不能包含手机号、邮箱或用户名');
  });

  it.each(['strong-pass-1', 'correct-horse-9', 'pear-harvest', 'yigou-demo', '汾西玉露香梨2026', 'another-pass'])(
    'accepts %s',
    (password) => expect(passwordProblem(password, 'someone@example.com')).toBeNull(),
  );
});
