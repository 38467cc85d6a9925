import { buildWebChatAssets } from '../../src/http/webchat/buildWebChatAssets';

/** Jest global setup: the page's built scripts, as `npm run build` makes them (skipped when they are current). */
export default async function buildWebChatOnce(): Promise<void> {
  await buildWebChatAssets();
}
