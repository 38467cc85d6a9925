/**
 * Given names common in France (folded), used only to decide the order of two unmarked words (« Dupont Marie »):
 * never to accept or refuse a name. Compiled from general knowledge of the most frequent given names.
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(
 ('marie jeanne francoise monique catherine nathalie isabelle sylvie anne martine christine sophie sandrine valerie celine stephanie ' +
 'julie aurelie emilie camille laura sarah lea manon chloe ines emma jade louise alice lina rose anna mila ambre julia lou zoe ' +
 'charlotte lucie clara juliette elise eva romane jeanne agathe adele victoire margaux pauline marion audrey elodie melanie caroline ' +
 'virginie laetitia karine helene claire florence patricia nadia fatima amina aicha yasmine leila sonia myriam samia nora salma ' +
 'jean pierre philippe alain nicolas christophe patrick daniel eric frederic stephane olivier thierry ' +
 'sebastien julien alexandre antoine maxime kevin romain guillaume jerome benoit mathieu matthieu pascal ' +
 'gabriel leo raphael louis arthur jules adam lucas hugo noah paul nathan ethan tom theo sacha liam gabin mael timeo mohamed ' +
 'mohammed ahmed ali karim youssef omar yanis rayan ilyes samir mehdi bilal hamza adrien baptiste quentin florian clement damien ' +
 'fabien cedric yannick gregory jeremy anthony loic arnaud emmanuel xavier yves ' +
 'noe rose lena nina axel enzo mathis victor elias ismael aaron joseph samuel benjamin oscar felix ' +
 'jade eden alba iris mia ava luna lola clemence mathilde oceane justine marine morgane amelie alexandra cecile delphine jessica ' +
 'vanessa nadege coralie estelle agnes beatrice brigitte chantal danielle josiane odile odette simone suzanne yvette ' +
 'fanny gaelle gwenaelle maelle nolwenn solene solenn tiphaine anais oriane ophelie sabrina severine veronique elsa eloise ' +
 'jean-pierre jean-paul jean-marc jean-luc jean-claude marie-claire marie-christine anne-sophie anne-marie marie-laure').split(' '),
);
