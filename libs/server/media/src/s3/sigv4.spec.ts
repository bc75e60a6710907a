import { EMPTY_SHA256, sha256Hex, signV4, verifyV4 } from './sigv4';

// Test vectors published by AWS:
// - "Signature Version 4 test suite" (docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html,
//   aws-sig-v4-test-suite): get-vanilla, get-vanilla-query-order-key-case and post-vanilla, signed with
//   AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1, service "service", 20150830T123600Z.
// - Amazon S3 API Reference, "Signature Calculations for the Authorization Header: Transferring Payload
//   in a Single Chunk", Example: GET Object (docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
const SUITE = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'service',
};
const SUITE_AT = new Date('2015-08-30T12:36:00Z');

describe('AWS Signature V4', () => {
  it('get-vanilla: the suite canonical request, string to sign and authorization', () => {
    const s = signV4({ method: 'GET', url: new URL('https://example.amazonaws.com/'), payloadHash: EMPTY_SHA256 }, SUITE, SUITE_AT);
    expect(s.canonicalRequest).toBe(
      `GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY_SHA256}`,
    );
    expect(s.stringToSign).toBe(
      'AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63',
    );
    expect(s.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
    expect(s.headers).toEqual({ 'x-amz-date': '20150830T123600Z', authorization: s.authorization });
  });

  it('get-vanilla-query-order-key-case: sorts the query parameters', () => {
    const s = signV4(
      { method: 'GET', url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'), payloadHash: EMPTY_SHA256 },
      SUITE,
      SUITE_AT,
    );
    expect(s.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('post-vanilla', () => {
    const s = signV4({ method: 'POST', url: new URL('https://example.amazonaws.com/'), payloadHash: EMPTY_SHA256 }, SUITE, SUITE_AT);
    expect(s.signature).toBe('5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b');
  });

  it("S3's documented GET Object example (range header, x-amz-content-sha256)", () => {
    const s = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256 },
        payloadHash: EMPTY_SHA256,
      },
      {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
        service: 's3',
      },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(s.stringToSign.split('\n')[3]).toBe('7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(s.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  describe('verifyV4 (what the S3 stand-in checks)', () => {
    const creds = { accessKeyId: 'AKTEST', secretAccessKey: 'secret-1', region: 'cn-north-1', service: 's3' };
    const body = Buffer.from('bytes');
    const url = new URL('http://127.0.0.1:9000/bucket/aa/x.png');
    const signed = () =>
      signV4(
        {
          method: 'PUT',
          url,
          headers: { 'content-type': 'image/png', 'x-amz-content-sha256': sha256Hex(body) },
          payloadHash: sha256Hex(body),
        },
        creds,
        new Date(),
      );
    const received = (headers: Record<string, string>) => ({
      method: 'PUT',
      url: new URL('http://x/bucket/aa/x.png'),
      headers: { host: url.host, ...headers },
    });

    it('accepts a request signed with the same secret', () => {
      expect(verifyV4(received(signed().headers), 'secret-1', 'AKTEST')).toEqual({ ok: true });
    });
    it('refuses another secret, a changed signed header, a changed path, another key id and no signature', () => {
      const h = signed().headers;
      expect(verifyV4(received(h), 'secret-2', 'AKTEST')).toMatchObject({ ok: false, reason: 'signature does not match' });
      expect(verifyV4(received({ ...h, 'content-type': 'text/html' }), 'secret-1', 'AKTEST')).toMatchObject({ ok: false });
      expect(verifyV4({ ...received(h), url: new URL('http://x/bucket/aa/y.png') }, 'secret-1', 'AKTEST')).toMatchObject({ ok: false });
      expect(verifyV4(received(h), 'secret-1', 'OTHER')).toMatchObject({ ok: false, reason: 'unknown access key' });
      expect(verifyV4(received({}), 'secret-1', 'AKTEST')).toMatchObject({ ok: false });
    });
  });
});
