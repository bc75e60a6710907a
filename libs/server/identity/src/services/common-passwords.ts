import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords common among Chinese users that the zxcvbn list (drawn mostly from English-language leaks) ranks
 * low or lacks: the tops of the published analyses of the CSDN (2011) and 12306 (2014) leaks, and the usual
 * 520 / 1314 ("I love you for life") and 8 / 6 (lucky numbers) patterns.
 */
const CHINESE_COMMON = [
  'dearbook',
  'xiazhili',
  '147258369',
  '789456123',
  '31415926',
  '12344321',
  '123654789',
  '110110110',
  '123321123',
  '123456aa',
  '123456abc',
  '123456qq',
  'qq123456',
  'qq5201314',
  'woaini1314',
  'woaini520',
  'woaini123',
  'woaini',
  'aini1314',
  '5201314',
  '52013145201314',
  '520520520',
  '1314520',
  '13145200',
  '7758521',
  '7758258',
  'wodemima',
  'woshishui',
  'caonima',
  'zhangwei',
  'wangwei',
  'zhang123',
  'wang123456',
  'li123456',
  'liu123456',
  'chen123456',
  'baidu123',
  'taobao123',
  'admin888',
  'admin123',
  '88889999',
  '168168168',
  '66668888',
  '88888888',
  '66666666',
  '99999999',
  '77777777',
  '55555555',
  '33333333',
  '44444444',
  '12301230',
  'asd123456',
  'qwe123456',
  'zxc123456',
  'abc123456',
  'a123456789',
  'a12345678',
  'aa123456',
  'iloveyou1314',
  'yigou123',
  'yigou888',
];

let list: Set<string> | null = null;

/** The zxcvbn-ts common password list (about 49,000, from @zxcvbn-ts/language-common) and the Chinese additions, lower case. */
export function commonPasswords(): Set<string> {
  list ??= new Set([...dictionary['passwords-common'], ...CHINESE_COMMON].map((p) => p.toLowerCase()));
  return list;
}
