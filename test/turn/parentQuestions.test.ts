import { stepOf, textOf, useTestApp, type TestApp } from '../support/startTestApp';

/** How to reach each step by free text, on 27 November 2026 in the demo commune (declared resources, no CAF). */
const PATH: Record<string, string[]> = {
  parent: ['bonjour'],
  child: ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678'],
  care: ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027'],
  facilities: ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, du lundi au jeudi de 8h30 à 17h'],
};
PATH.consent = [...(PATH.facilities as string[]), '1 puis 2'];
PATH.identity = [...PATH.consent, 'oui'];
PATH.resources = [...PATH.consent, 'non'];
PATH.tax = [...PATH.resources, '32 000 €, 2 enfants, aucun AEEH'];
PATH.summary = [...PATH.tax, 'non'];

/** The one-line question each step re-asks after an answer. */
const LINE: Record<string, RegExp> = {
  parent: /Quels sont vos prénom, nom, e-mail et téléphone \?$/,
  child: /Quels sont le prénom et la date de naissance de votre enfant, ou la date prévue \?$/,
  care: /À partir de quand, quels jours et à quelles heures \?$/,
  facilities: /Quels établissements choisissez-vous, de 1 à 3, par ordre de préférence \?$/,
  consent: /Êtes-vous d’accord pour que la commune interroge la CAF \? \(oui \/ non\)$/,
  identity: /Quelle est l’identité de l’allocataire .* et votre code postal \?$/,
  resources: /Quels sont vos ressources annuelles, votre nombre d’enfants à charge et d’enfants qui reçoivent l’AEEH \?$/,
  tax: /Quel est votre numéro fiscal \(13 chiffres\) \? Sinon, répondez « non »\.$/,
  summary: /Écrivez « envoyer » pour transmettre votre demande, ou « modifier » suivi de la partie à corriger\.$/,
};

/** [step, what the parent asks, what the answer must say]: the questions of issue 14, where parents ask them. */
const QUESTIONS: Array<[string, string, RegExp]> = [
  ['parent', 'pourquoi vous demandez ça ?', /vous écrit ou vous appelle au sujet de votre demande/],
  ['parent', 'c’est obligatoire ?', /Les quatre sont nécessaires/],
  ['parent', 'combien de temps vous gardez mes données ?', /gardées 30 jours après votre dernier message/],
  ['parent', 'qui va voir mes informations ?', /Seuls les agents de Ville de Paris/],
  ['parent', 'c’est combien ?', /pour 1 enfant à charge, de 0,50\s€ à 5,26\s€ de l’heure/],
  ['child', 'pourquoi vous voulez sa date de naissance ?', /10 semaines après la naissance/],
  ['child', 'le prénom est obligatoire ?', /le prénom est facultatif/],
  ['care', 'c’est quoi la différence ?', /Régulier : les mêmes jours[\s\S]*Occasionnel/],
  ['care', 'quels sont les horaires de la crèche ?', /Multi-accueil Les Petits Loups : lun\.–ven\. 7 h 30 – 19 h/],
  ['care', 'c’est quoi les semaines de fermeture ?', /ne sont pas facturées[\s\S]*5 semaines par an/],
  ['care', 'c’est combien ?', /de 0,50\s€ à 5,26\s€ de l’heure/],
  ['facilities', 'quels sont les horaires de la Maison Bleue ?', /^Crèche collective La Maison Bleue : du lundi au vendredi de 8 h à 18 h 30\.$/m],
  ['facilities', 'où se trouve la crèche familiale ?', /Crèche familiale de Belleville : 5 rue Julien Lacroix, 75020 Paris/],
  ['facilities', 'c’est quoi la différence ?', /Crèche collective :[\s\S]*crèche familiale :[\s\S]*micro-crèche : 12 enfants au plus/],
  ['facilities', 'c’est combien ?', /soit de \d+,\d+\s€ à \d+,\d+\s€ par mois pour vos horaires/],
  ['consent', 'c’est quoi l’AEEH ?', /allocation d’éducation de l’enfant handicapé[\s\S]*le tarif baisse d’une tranche/],
  ['consent', 'c’est obligatoire ?', /C’est facultatif : si vous refusez, vous indiquez vos ressources/],
  ['consent', 'pourquoi ?', /calculé sur les chiffres de la CAF : pas de justificatif/],
  ['consent', 'c’est quoi la différence ?', /Accepter :[\s\S]*Refuser :/],
  ['identity', 'c’est quoi un allocataire ?', /la personne au nom de qui le dossier CAF \(ou MSA\) est ouvert/],
  ['identity', 'je ne trouve pas mon numéro allocataire', /Pas besoin de votre numéro d’allocataire/],
  ['identity', 'je ne le trouve pas', /acte de naissance ou le livret de famille/],
  ['identity', 'c’est quoi la différence entre nom de naissance et nom d’usage ?', /nom d’usage est celui que vous utilisez/],
  ['resources', 'c’est quoi l’AEEH ?', /même un autre que celui inscrit/],
  ['resources', 'c’est quoi avant abattements ?', /avant les déductions des impôts \(les 10 % ou les frais réels\)/],
  ['resources', 'je ne le trouve pas', /Sur votre avis d’impôt reçu en 2026 \(revenus 2025\)/],
  ['resources', 'c’est quoi le taux d’effort ?', /la part de vos ressources mensuelles payée pour une heure/],
  ['resources', 'c’est combien ?', /pour 1 enfant à charge, de 0,50\s€ à 5,26\s€ de l’heure/],
  ['resources', 'pourquoi vous voulez mes revenus ?', /dépend de vos ressources[\s\S]*appliquerait le tarif maximal/],
  ['tax', 'c’est quoi le numéro fiscal ?', /13 chiffres : il est en haut de la première page de votre avis d’impôt \(cadre « Vos références »\)/],
  ['tax', 'je ne le trouve pas', /cadre « Vos références »/],
  ['tax', 'c’est quoi la DGFiP ?', /ce sont les impôts/],
  ['tax', 'c’est obligatoire ?', /C’est facultatif : répondez « non »/],
  ['tax', 'c’est combien ?', /D’après vos réponses : 1,38\s€ de l’heure, soit 183,77\s€ par mois \(133,17 h\), une estimation à justifier/],
  ['summary', 'c’est quoi le taux d’effort ?', /taux d’effort/],
  ['summary', 'est-ce que je peux visiter la crèche ?', /Chaque crèche propose une visite/],
];

describe('questions parents ask at each step', () => {
  const app = useTestApp({ redis: true });
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  test.each(QUESTIONS.map((q, i) => [i, ...q] as const))('#%i at %s, « %s » gets its answer, then the question in one line; nothing is recorded', async (i, step, asks, answer) => {
    const conversation = `ask-${i}`;
    for (const line of PATH[step] as string[]) await t.say(conversation, line);
    const before = await t.app.sessions.load(`test:${conversation}`);
    const replies = await t.say(conversation, asks);
    expect(stepOf(replies)).toBe(step);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.recorded).toBeUndefined();
    expect(replies[0]?.card).toBeUndefined();
    const [said, line, ...rest] = textOf(replies).split('\n\n');
    expect({ said, rest }).toEqual({ said: expect.stringMatching(answer), rest: [] });
    expect(line).toMatch(LINE[step] as RegExp);
    const after = await t.app.sessions.load(`test:${conversation}`);
    const contextOf = (l: typeof before) => (l.status === 'found' ? (l.envelope.snapshot as { context: unknown }).context : undefined);
    expect(contextOf(after)).toEqual(contextOf(before));
  });

  test('an unknown question gets an honest answer with the commune’s contact, and the question is asked again', async () => {
    for (const line of PATH.care as string[]) await t.say('unknown', line);
    const replies = await t.say('unknown', 'est-ce que les pompiers peuvent garder mon enfant ?');
    expect(textOf(replies)).toMatch(/^Je ne sais pas répondre à cela\. Vous pouvez joindre le service petite enfance de la commune, au 01 42 76 00 00 ou à petite-enfance@demo\.berceau\.example \(lundi, mardi, jeudi et vendredi de 8 h 30 à 17 h ; mercredi de 8 h 30 à 12 h 30\)\./);
    expect(textOf(replies)).toMatch(LINE.care as RegExp);
  });

  test('the commune’s own entries answer their keywords, at any step', async () => {
    await t.say('commune', 'bonjour');
    const replies = await t.say('commune', 'quand se réunit la commission ?');
    expect(textOf(replies)).toMatch(/^La commission d’attribution des places se réunit en avril et en novembre/);
  });

  test('after submission, questions are still answered', async () => {
    for (const line of PATH.summary as string[]) await t.say('after', line);
    await t.say('after', 'envoyer');
    expect(textOf(await t.say('after', 'c’est quoi la suite ?'))).toMatch(/la commune l’étudie ensuite et vous écrit par e-mail/);
    expect(textOf(await t.say('after', 'quand se réunit la commission ?'))).toMatch(/se réunit en avril et en novembre/);
  });
});
