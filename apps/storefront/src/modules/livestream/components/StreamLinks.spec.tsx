import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { LiveSessionFieldsFragment } from '../../../generated/graphql';
import { UPDATE_LIVE_SESSION_LINKS } from '../graphql/live.documents';
import { renderWithProviders } from '../../../test/render';
import { messageUnder } from '../../../test/refusals';
import type { LiveRoom } from '../hooks/useLiveRoom';
import { StreamLinks } from './StreamLinks';

const session: LiveSessionFieldsFragment = {
  __typename: 'LiveSession',
  id: 'live-1',
  title: '汾西县玉露香梨专场',
  hostName: '张县长',
  hostTitle: null,
  kind: 'sales',
  countyCode: '141034',
  countyName: '汾西县',
  status: 'scheduled',
  startsAt: '2026-12-20T11:30:00.000Z',
  startedAt: null,
  endedAt: null,
  coverUrl: null,
  streamUrl: null,
  externalRoomUrl: 'https://live.douyin.com/1',
  replayUrl: null,
  seq: 0,
  orderCount: 0,
  placedCount: 0,
  itemCount: 0,
  salesFen: '0',
  likeCount: 0,
  viewerCount: 0,
  canManage: true,
  currentOfferId: null,
};
const room = { ...session, offers: [], recentOrders: [], recentComments: [] } as unknown as LiveRoom;
const input = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

describe('StreamLinks', () => {
  it('starts from the session’s links and refuses an address that is not http(s) under its own input, sending nothing', () => {
    const onSaved = vi.fn();
    renderWithProviders(<StreamLinks room={room} onSaved={onSaved} />, { mocks: [] });
    expect(input('streamUrl').value).toBe('');
    expect(input('externalRoomUrl').value).toBe('https://live.douyin.com/1');
    fireEvent.change(input('streamUrl'), { target: { value: 'rtmp://live.example.cn/app/fenxi' } });
    fireEvent.change(input('externalRoomUrl'), { target: { value: 'live.douyin.com/2' } });
    fireEvent.submit(screen.getByTestId('stream-links'));
    expect(messageUnder(input('streamUrl'))).toBe('请输入以 http:// 或 https:// 开头的地址');
    expect(messageUnder(input('externalRoomUrl'))).toBe('请输入以 http:// 或 https:// 开头的地址');
    fireEvent.change(input('externalRoomUrl'), { target: { value: 'https://live.douyin.com/2' } });
    fireEvent.submit(screen.getByTestId('stream-links'));
    expect(messageUnder(input('streamUrl'))).toBe('请输入以 http:// 或 https:// 开头的地址');
    expect(messageUnder(input('externalRoomUrl'))).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves both links, an emptied one as null', async () => {
    const onSaved = vi.fn();
    const stream = 'https://cdn.example.cn/fenxi.m3u8';
    const saved = { ...session, streamUrl: stream, externalRoomUrl: null };
    renderWithProviders(<StreamLinks room={room} onSaved={onSaved} />, {
      mocks: [
        {
          request: { query: UPDATE_LIVE_SESSION_LINKS, variables: { id: 'live-1', input: { streamUrl: stream, externalRoomUrl: null } } },
          result: { data: { __typename: 'Mutation' as const, updateLiveSession: saved } },
        },
      ],
    });
    fireEvent.change(input('streamUrl'), { target: { value: `  ${stream} ` } });
    fireEvent.change(input('externalRoomUrl'), { target: { value: '   ' } });
    fireEvent.submit(screen.getByTestId('stream-links'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });
});
