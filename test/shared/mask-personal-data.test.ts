import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/shared/mask-personal-data.js';

describe('maskPersonalData', () => {
  it.each([
    ['身份证110101199003071234', '身份证110101********1234'],
    ['ID 11010119900307123X ok', 'ID 110101********123X ok'],
    ['id 11010119900307123x', 'id 110101********123x'],
    ['电话13812345678', '电话138****5678'],
    ['call 138-1234-5678 or 139 8765 4321', 'call 138****5678 or 139****4321'],
    ['+8613812345678', '+86138****5678'],
    ['全角１３８１２３４５６７８', '全角１３８****５６７８'],
    ['王大山 110101199003071234，电话 15900001111。', '王大山 110101********1234，电话 159****1111。'],
  ])('%s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('leaves amounts, dates and other numbers alone', () => {
    const text = '3月5日送了300元，订单号 12345678901234567890，座机 010-12345678，12812345678';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = maskPersonalData('13812345678 110101199003071234');
    expect(maskPersonalData(once)).toBe(once);
  });
});
