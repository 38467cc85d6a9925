import type { Reply } from '../../dialogs/renderReplies';
import { countWords, estimatePhoneLines, PHONE, shownSentences } from '../support/phoneMeasures';
import { useTestApp, type TestApp } from '../support/startTestApp';

/** What a message of the script is, so that each reply is held to its own target. */
type Kind = 'welcome' | 'question' | 'answer' | 'summary' | 'receipt' | 'why';
type Line = [message: string | Record<string, unknown>, kind: Kind];

const CARE = { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:30' }, tue: { from: '08:30', to: '17:30' }, thu: { from: '08:30', to: '17:30' }, fri: { from: '08:30', to: '16:30' } } };

/** A whole enrolment on a card channel, by the cards, through the CAF (the sandbox's LEFEBVRE), with questions asked on the way. */
const CARD_ENROLMENT: Line[] = [
  [{ action: 'start' }, 'welcome'],
  ['pourquoi vous demandez ça ?', 'answer'],
  [{ step: 'parent', givenName: 'Alexis', familyName: 'Lefebvre', email: 'alexis.lefebvre@exemple.fr', phone: '06 12 34 56 78' }, 'question'],
  [{ step: 'child', status: 'expected', expectedDate: '2027-03-15' }, 'question'],
  [CARE, 'question'],
  ['quels sont les horaires de la crèche ?', 'answer'],
  [{ step: 'facilities', choices: ['petits-loups', 'maison-bleue'] }, 'question'],
  ['c’est combien ?', 'answer'],
  [{ step: 'consent', accept: true }, 'question'],
  ['c’est quoi un allocataire ?', 'answer'],
  [{ step: 'identity', allocataire: 'self', birthName: 'LEFEBVRE', givenNames: ['ALEXIS', 'GÉRÔME', 'JEAN-PHILIPPE'], sex: 'F', birthDate: '1982-12-27', birthCountryCog: '99100', birthCommuneCog: '08480', postcode: '75002' }, 'question'],
  ['c’est quoi l’AEEH ?', 'answer'],
  [{ step: 'review', confirm: true }, 'question'],
  ['je ne le trouve pas', 'answer'],
  [{ step: 'tax', accept: false }, 'summary'],
  [{ command: 'why' }, 'why'],
  [{ step: 'summary', submit: true }, 'receipt'],
];

/** The same kind of enrolment typed in free text on a card channel, with declared resources. */
const TEXT_ENROLMENT: Line[] = [
  ['bonjour', 'welcome'],
  ['Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', 'question'],
  ['Léo, né le 3 mars 2026', 'question'],
  ['à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h', 'question'],
  ['1 puis 2', 'question'],
  ['non merci', 'question'],
  ['c’est quoi avant abattements ?', 'answer'],
  ['32 000 €, 2 enfants, aucun AEEH', 'question'],
  ['c’est obligatoire ?', 'answer'],
  ['non', 'summary'],
  ['pourquoi ?', 'why'],
  ['envoyer', 'receipt'],
];

/** The targets of issue 14, per kind of reply (words of the reply's text; the card carries the fields). */
const MAX_WORDS: Record<Kind, number> = { welcome: 70, question: 40, answer: 70, summary: 40, receipt: 40, why: 160 };

interface Row {
  says: string;
  kind: Kind;
  reply: Reply;
  words: number;
  echo: number;
  lines: number;
}

describe('replies a phone can hold, on a card channel', () => {
  const app = useTestApp({ redis: true });
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  const play = async (conversation: string, script: Line[]): Promise<Row[]> => {
    const rows: Row[] = [];
    for (const [message, kind] of script) {
      const replies = await t.say(conversation, message);
      for (const reply of replies) {
        const paragraphs = reply.text.split('\n\n');
        const echo = paragraphs.filter((p) => /^J’ai (noté|corrigé)/.test(p)).reduce((n, p) => n + countWords(p), 0);
        const own = kind === 'welcome' && replies.length > 1 && reply === replies[1] ? 'question' : kind;
        rows.push({ says: typeof message === 'string' ? message : JSON.stringify(message), kind: own, reply, words: countWords(reply.text), echo, lines: estimatePhoneLines(reply) });
      }
    }
    if (process.env.TRANSCRIPT_REPORT) process.stdout.write(`\n## ${conversation}\n\n${rows.map(formatRow).join('\n\n')}\n`);
    return rows;
  };

  test.each([
    ['by cards', CARD_ENROLMENT],
    ['by free text', TEXT_ENROLMENT],
  ] as const)('%s: every reply keeps to its word target, and nothing is said twice in one reply', async (name, script) => {
    const rows = await play(`phone-${name.replace(/\W/g, '')}`, [...script]);
    expect(rows.at(-1)?.reply.step).toBe('submitted');
    const over = rows.filter((r) => r.words - r.echo > MAX_WORDS[r.kind]).map((r) => `${r.kind} « ${r.says} »: ${r.words - r.echo} words`);
    expect(over).toEqual([]);
    const repeated = rows.flatMap((r) => {
      const sentences = shownSentences(r.reply);
      return sentences.filter((s, i) => sentences.indexOf(s) !== i).map((s) => `« ${r.says} »: ${s}`);
    });
    expect(repeated).toEqual([]);
    for (const row of rows.filter((r) => r.kind === 'question')) expect({ says: row.says, card: row.reply.card !== undefined }).toEqual({ says: row.says, card: true });
  });

  test('the welcome keeps the essentials of the data notice: controller, purpose, contact, retention, and where to read it all', async () => {
    const [welcome] = await t.say('phone-welcome', 'bonjour');
    expect(countWords(welcome?.text ?? '')).toBeLessThanOrEqual(70);
    expect(welcome?.text).toMatch(/servent seulement à cette demande/);
    expect(welcome?.text).toContain('Responsable\u202f: Ville de Paris — Direction de la petite enfance');
    expect(welcome?.text).toContain('dpo-petite-enfance@demo.berceau.example');
    expect(welcome?.text).toContain('gardé 30 jours');
    expect(welcome?.text).toMatch(/https:\/\/demo\.berceau\.example\/donnees-personnelles, ou écrivez «\u202fmes données\u202f»/);
    const notice = await t.say('phone-welcome', 'mes données');
    expect(notice.at(-1)?.text).toMatch(/Responsable[\s\S]*Pourquoi[\s\S]*Qui les voit[\s\S]*Combien de temps[\s\S]*Vos droits/);
    expect(notice.at(-1)?.step).toBe('parent');
  });

  test('the summary is grouped, says each facility and the fee once, and fits in about two phone screens', async () => {
    const rows = await play('phone-summary', CARD_ENROLMENT.slice(0, CARD_ENROLMENT.findIndex(([, kind]) => kind === 'summary') + 1));
    const summary = rows.at(-1)?.reply as Reply;
    expect(summary.step).toBe('summary');
    expect(estimatePhoneLines(summary)).toBeLessThanOrEqual(2 * PHONE.linesPerScreen);
    const shown = shownSentences(summary).join('\n');
    expect(shown.match(/Multi-accueil Les Petits Loups/g)).toHaveLength(1);
    expect(shown.match(/de l’heure/g)).toHaveLength(1);
    expect(JSON.stringify(summary.card)).toContain('"command":"why"');
  });
});

function formatRow(row: Row): string {
  const card = row.reply.card ? ` + card (${estimatePhoneLines(row.reply)} phone lines in all)` : '';
  return `> **${row.says}**\n\n[${row.reply.step}] ${row.words} words${row.echo ? ` (${row.echo} of them « J’ai noté »)` : ''}${card}\n\n${row.reply.text.replace(/\u202f/g, ' ')}`;
}
