import type { DataSource } from 'typeorm';
import { RequestContext } from '@yigou/server/core';
import type { CatalogService } from '@yigou/server/catalog';
import type { ImageStore } from '@yigou/server/media';
import type { NotificationService } from '@yigou/server/notifications';
import type { OrderService } from '../../services/order.service';
import { invoiceIssuerConfig, invoiceIssuerFromEnv, issuerSignature } from './invoice-issuer';
import { InvoiceService } from './invoice.service';

describe('the 数电票 platform is optional', () => {
  it('is configured only with its url, app key and secret together', () => {
    expect(invoiceIssuerFromEnv({})).toBeNull();
    expect(invoiceIssuerFromEnv({ INVOICE_ISSUER_URL: 'https://fapiao.example.cn', INVOICE_ISSUER_APP_KEY: 'k' })).toBeNull();
    expect(
      invoiceIssuerConfig({
        INVOICE_ISSUER_URL: 'https://fapiao.example.cn/',
        INVOICE_ISSUER_APP_KEY: 'k',
        INVOICE_ISSUER_APP_SECRET: 's',
      }),
    ).toEqual({
      url: 'https://fapiao.example.cn',
      appKey: 'k',
      appSecret: 's',
      timeoutMs: 15_000,
    });
    expect(() =>
      invoiceIssuerConfig({ INVOICE_ISSUER_URL: 'ftp://x', INVOICE_ISSUER_APP_KEY: 'k', INVOICE_ISSUER_APP_SECRET: 's' }),
    ).toThrow('INVOICE_ISSUER_URL');
  });

  it('without it, issuing through the platform is refused as unavailable before anything is read', async () => {
    const untouched = new Proxy(
      {},
      {
        get: () => {
          throw new Error('must not be used');
        },
      },
    );
    const service = new InvoiceService(
      untouched as DataSource,
      untouched as OrderService,
      untouched as CatalogService,
      untouched as NotificationService,
      untouched as ImageStore,
      null,
    );
    expect(service.providerAvailable).toBe(false);
    const ctx = new RequestContext(
      { id: 'u', displayName: 's', unitId: null, grants: [{ role: 'supplier_staff', supplierId: 's' }] },
      '127.0.0.1',
    );
    await expect(service.issueThroughProvider(ctx, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      message: '数电票开票平台未配置，请上传发票文件',
      extensions: { code: 'INVOICE_ISSUER_UNAVAILABLE' },
    });
  });

  it('signs timestamp, nonce and body with HMAC-SHA256 (base64)', () => {
    // echo -n $'1733300000\nn-1\n{}' | openssl dgst -sha256 -hmac secret -binary | base64
    expect(issuerSignature('secret', '1733300000', 'n-1', '{}')).toBe('XkBD2TRGWwvedwAHDXf0dDBw2pMN8t5z1RVSxeO1eWY=');
  });
});
