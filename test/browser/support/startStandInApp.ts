import { createHttpServer, close, listen } from '../../../src/http/createHttpServer';
import { silentLogger } from '../../../src/log/createLogger';
import { registerDirectLine } from '../../../src/channels/directline/registerDirectLine';
import { createMemoryTranscriptStore } from '../../../src/channels/directline/createMemoryTranscriptStore';
import { registerWebChatPage } from '../../../src/http/webchat/registerWebChatPage';
import { communeSchema } from '../../../src/commune/communeSchema';
import { createStandInEnrolmentBot } from './createStandInEnrolmentBot';
import communeFile from '../../../config/commune.example.json';

/** A running Berceau (or stand-in) the browser can open. */
export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The page and the Direct Line with the stand-in enrolment bot, on 127.0.0.1:0 (the port is known before the
 * routes are registered, so that the public URL and the allowed origin are the page's own).
 */
export async function startStandInApp(options: { allowedOrigins?: string[] } = {}): Promise<RunningApp> {
  const parsed = communeSchema.parse(communeFile);
  const commune = { ...parsed, webchat: { allowedOrigins: [...parsed.webchat.allowedOrigins, ...(options.allowedOrigins ?? [])] } };
  const server = createHttpServer({ logger: silentLogger });
  const port = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const store = createMemoryTranscriptStore({ ttlSeconds: commune.draftTtlDays * 86_400 });
  const directLine = registerDirectLine(server, {
    bot: createStandInEnrolmentBot(),
    store,
    tokens: { secret: 'stand-in-secret-stand-in-secret-0123456789' },
    allowedOrigins: commune.webchat.allowedOrigins,
    publicUrl: baseUrl,
    logger: silentLogger,
  });
  registerWebChatPage(server, { commune, publicUrl: baseUrl });
  return {
    baseUrl,
    async stop() {
      await directLine.close();
      await store.close();
      await close(server);
    },
  };
}
