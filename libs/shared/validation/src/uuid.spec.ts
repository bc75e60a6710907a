import { isUuid, uuidIn } from './uuid';

describe('isUuid', () => {
  it('accepts uuids in either case and nothing else', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(isUuid("0f8fad5b-d9cb-469f-a165-70867728950e' OR 1=1")).toBe(false);
    expect(isUuid(null)).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});

describe('uuidIn', () => {
  it('finds the id inside a pasted product link, in either case, and nothing in text without one', () => {
    expect(uuidIn('https://yigou.example/product/0f8fad5b-d9cb-469f-a165-70867728950e?from=share')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(uuidIn(' 0F8FAD5B-D9CB-469F-A165-70867728950E ')).toBe('0F8FAD5B-D9CB-469F-A165-70867728950E');
    expect(uuidIn('/product/0f8fad5b-d9cb-469f-a165')).toBeNull();
    expect(uuidIn('')).toBeNull();
  });
});
