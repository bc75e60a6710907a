import { S3ImageStore } from './s3-image-store';

const base = { bucket: 'yigou-media', region: 'cn-north-1', accessKeyId: 'AK', secretAccessKey: 'SK', publicUrl: null };

describe('S3ImageStore object urls', () => {
  it('path style puts the bucket in the path, virtual-hosted style in the host name', () => {
    expect(new S3ImageStore({ ...base, endpoint: 'http://127.0.0.1:9000', forcePathStyle: true }).objectUrl('ab/x.png').toString()).toBe(
      'http://127.0.0.1:9000/yigou-media/ab/x.png',
    );
    expect(
      new S3ImageStore({ ...base, endpoint: 'https://s3.cn-north-1.amazonaws.com.cn', forcePathStyle: false })
        .objectUrl('ab/x.thumb.webp')
        .toString(),
    ).toBe('https://yigou-media.s3.cn-north-1.amazonaws.com.cn/ab/x.thumb.webp');
  });

  it('public urls only when S3_PUBLIC_URL is set', () => {
    expect(new S3ImageStore({ ...base, endpoint: 'http://h', forcePathStyle: true }).publicUrl('ab/x.png')).toBeNull();
    expect(
      new S3ImageStore({ ...base, endpoint: 'http://h', forcePathStyle: true, publicUrl: 'https://img.example.cn' }).publicUrl('ab/x.png'),
    ).toBe('https://img.example.cn/ab/x.png');
  });
});
