import type restify from 'restify';
import { applyCors } from './applyCors';
import { sendDirectLineError } from './DirectLineRuntime';

const PATHS = [/^\/v3\/directline\//, /^\/api\/webchat\/token$/];

/**
 * A `pre` handler for the Direct Line and token paths only: CORS headers for the commune's origins, preflight
 * answered with 204, and any request from another origin refused with 403.
 */
export function allowCommuneOrigins(origins: Set<string>): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const path = req.getPath();
    if (!PATHS.some((pattern) => pattern.test(path))) return next();
    if (!applyCors(req, res, origins)) {
      sendDirectLineError(res, 403, 'BadArgument', 'Origin not allowed');
      return next(false);
    }
    if (req.method === 'OPTIONS') {
      res.send(204);
      return next(false);
    }
    return next();
  };
}
