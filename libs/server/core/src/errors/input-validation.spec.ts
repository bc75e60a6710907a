import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { validationPipe } from './input-validation';

class Volume {
  @IsInt({ message: '册数必须是整数' }) @Min(1, { message: '册数至少为 1' }) copies: number;
}

class Book {
  @IsString() @Length(1, 30, { message: '书名为 1–30 个字' }) title: string;
  @Matches(/^\d{13}$/, { message: 'ISBN 为 13 位数字' }) isbn: string;
  @Length(2, 120, { message: '简介为 2–120 个字', context: { code: 'REGION_MISMATCH' } }) blurb: string;
  @ValidateNested({ each: true }) @Type(() => Volume) volumes: Volume[];
}

const good = () => ({ title: '平凡的世界', isbn: '9787530216781', blurb: '孙少安与孙少平', volumes: [{ copies: 1 }] });

/** The refusal's message and extensions for `value` as a Book (null when it passes). */
async function refusal(value: unknown): Promise<{ message: string; extensions: Record<string, unknown> } | null> {
  try {
    await validationPipe().transform(value, { type: 'body', data: 'input', metatype: Book });
    return null;
  } catch (e) {
    const err = e as { message: string; extensions: Record<string, unknown> };
    return { message: err.message, extensions: err.extensions };
  }
}

describe('the global validation pipe names every wrong field at once', () => {
  it('passes a good input', async () => {
    expect(await refusal(good())).toBeNull();
  });

  it('one wrong field: its message and field, no list', async () => {
    const r = await refusal({ ...good(), isbn: '978' });
    expect(r).toEqual({ message: 'ISBN 为 13 位数字', extensions: { code: 'BAD_USER_INPUT', field: 'isbn' } });
  });

  it('a nested field is named by its path joined with dots', async () => {
    const r = await refusal({ ...good(), volumes: [{ copies: 1 }, { copies: 0 }] });
    expect(r).toEqual({ message: '册数至少为 1', extensions: { code: 'BAD_USER_INPUT', field: 'volumes.1.copies' } });
  });

  it('several wrong fields: the first stays message and field, all of them come in `fields`, one message each', async () => {
    // a number as the title fails both its constraints: the field is named once, with its first message
    const r = await refusal({ title: 7, isbn: '978', blurb: '孙少安与孙少平', volumes: [{ copies: 1.5 }] });
    expect([r?.message, r?.extensions.code, r?.extensions.field]).toEqual(['书名为 1–30 个字', 'BAD_USER_INPUT', 'title']);
    const wrong = [
      ['title', '书名为 1–30 个字'],
      ['isbn', 'ISBN 为 13 位数字'],
      ['volumes.0.copies', '册数必须是整数'],
    ];
    expect(r?.extensions.fields).toEqual(wrong.map(([field, message]) => ({ field, message })));
  });

  it("takes the first problem's own code when its constraint names one", async () => {
    const r = await refusal({ ...good(), blurb: '孙', isbn: '9' });
    expect(r?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isbn' });
    const alone = await refusal({ ...good(), blurb: '孙' });
    expect(alone).toEqual({ message: '简介为 2–120 个字', extensions: { code: 'REGION_MISMATCH', field: 'blurb' } });
  });
});
