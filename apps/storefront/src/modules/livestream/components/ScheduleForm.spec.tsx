import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { SCHEDULE_LIVE_SESSION } from '../graphql/live.documents';
import { renderWithProviders } from '../../../test/render';
import { FENXI_NAME as region } from '../../../test/regions';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { ScheduleForm } from './ScheduleForm';

const input = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

describe('ScheduleForm', () => {
  it('shows each refused field’s message under its own input at once, and a refused field without one below the form', async () => {
    renderWithProviders(<ScheduleForm defaultCounty="141034" />, {
      mocks: [
        region,
        refusedFields(
          SCHEDULE_LIVE_SESSION,
          ['countyCode', '县级行政区划代码为 6 位数字'],
          ['streamUrl', '直播流地址不正确'],
          ['externalRoomUrl', '外部直播间链接不正确'],
        ),
      ],
    });
    fireEvent.change(input('title'), { target: { value: '汾西县玉露香梨专场' } });
    fireEvent.change(input('hostName'), { target: { value: '张县长' } });
    fireEvent.change(input('startsAt'), { target: { value: '2026-12-20T19:30' } });
    fireEvent.change(input('streamUrl'), { target: { value: 'rtmp://live.example.cn/app/fenxi' } });
    fireEvent.change(input('externalRoomUrl'), { target: { value: 'ftp://room.example.cn/1' } });
    fireEvent.submit(screen.getByTestId('schedule-form'));
    expect((await screen.findByTestId('schedule-error')).textContent).toBe('县级行政区划代码为 6 位数字');
    expect(messageUnder(input('streamUrl'))).toBe('直播流地址不正确');
    expect(messageUnder(input('externalRoomUrl'))).toBe('外部直播间链接不正确');
    expect(input('streamUrl').getAttribute('aria-invalid')).toBe('true');
    expect(input('title').getAttribute('aria-invalid')).toBeNull();
    // the refusal describes the input, it is not part of its name (as it was while inside the <label>)
    expect(screen.getByRole('textbox', { name: '或：外部直播间链接' })).toBe(input('externalRoomUrl'));
    expect(screen.getByRole('textbox', { name: 'HLS 直播流地址 (.m3u8)' })).toBe(input('streamUrl'));
  });
});
