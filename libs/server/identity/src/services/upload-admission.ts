import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { QueryRateLimiter, UPLOAD_LIMITS, UploadGate, UploadKind } from '@yigou/server/core';
import { AuthService } from './auth.service';

/**
 * The UploadGate every FileUpload route asks before reading the file: the caller must be signed in (else 401
 * UNAUTHENTICATED with nothing read), and the upload is charged to the user's upload budget by the size the request
 * declares (a request without Content-Length is charged the kind's whole limit). The handler still checks the role
 * and scope for its kind of file; this only decides whether the bytes are worth reading.
 */
@Injectable()
export class UploadAdmission extends UploadGate {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: QueryRateLimiter,
  ) {
    super();
  }

  async admit(req: FastifyRequest, kind: UploadKind): Promise<void> {
    const user = (await this.auth.restContext(req)).requireUser();
    const declared = Number(req.headers['content-length']);
    await this.limiter.chargeUpload(user.id, Number.isFinite(declared) && declared > 0 ? declared : UPLOAD_LIMITS[kind].bytes);
  }
}
