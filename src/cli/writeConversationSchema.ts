import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildConversationSchema } from '../../dialogs/contract/conversationContract';

/** Writes `docs/conversation.schema.json` from the zod schemas of the conversation contract. */
const target = path.join(__dirname, '..', '..', '..', 'docs', 'conversation.schema.json');
writeFileSync(target, `${JSON.stringify(buildConversationSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
