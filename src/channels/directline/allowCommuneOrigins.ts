import type restify from 'restify';
import { applyCors } from './applyCors';
import type { WebChatOrigins } from '../../http/webchat/createWebChatOrigins';
import { ORIGIN_NOT_ALLOWED, sendDirectLineError } from './DirectLineRuntime';

const PATHS = [/^\/v3\/directline\//, /^\/api\/webchat\/token$/];

/**
 * A `pre` handler for the Direct Line and token paths only: CORS headers for the allowed origins, preflight
 * answered with 204, and any request from another origin refused with 403 (and reported in the log).
 */
export function allowCommuneOrigins(origins: WebChatOrigins): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const path = req.getPath();
    if (!PATHS.some((pattern) => pattern.test(path))) return next();
    if (!applyCors(req, res, origins)) {
      origins.reportRefused(req.headers.origin ?? '', `${req.method ?? '?'} ${path.startsWith('/v3/') ? '/v3/directline' : path}`);
      sendDirectLineError(res, 403, ORIGIN_NOT_ALLOWED, 'Origin not allowed');
      return next(false);
    }
    if (req.method === 'OPTIONS') {
      res.send(204);
      return next(false);
    }
    return next();
  };
}
