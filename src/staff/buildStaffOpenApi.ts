import { LIFECYCLE_REASONS, REQUEST_STATUSES } from '../../machines/lifecycleTypes';
import { LIST_SORTS, PROOF_STATUSES } from '../enrolments/requestRecordTypes';

const error = { $ref: '#/components/schemas/Error' };
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: 'Erreur', content: { 'application/json': { schema: error } } }]));
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const reference = { name: 'reference', in: 'path', required: true, schema: { type: 'string', pattern: '^CRE-\\d{4}-\\d{6}$' } };
const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description });
const listParameters = [
  query('search', { type: 'string', maxLength: 80 }, 'Référence (ou son début) ou début du nom de famille, accents ignorés'),
  query('status', { type: 'string' }, `Statuts séparés par des virgules : ${REQUEST_STATUSES.join(', ')}`),
  query('facility', { type: 'string' }, 'Identifiant d’un établissement souhaité (fichier de la commune)'),
  query('ageGroup', { type: 'string' }, 'Tranche d’âge à la date d’entrée (fichier de la commune)'),
  query('filedFrom', { type: 'string', format: 'date' }, 'Déposées à partir de ce jour (heure de Paris)'),
  query('filedTo', { type: 'string', format: 'date' }, 'Déposées jusqu’à ce jour inclus'),
  query('renewalDue', { type: 'boolean' }, 'Renouvellement dû dans les 30 jours ou dépassé'),
  query('feeBasis', { type: 'string', enum: ['caf', 'declared'] }, 'Tarif sur données CAF ou sur ressources déclarées'),
  query('sort', { type: 'string', enum: [...LIST_SORTS], default: '-submitted' }, 'Tri ; « - » pour l’ordre décroissant'),
  query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page'),
  query('pageSize', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'Demandes par page'),
];
const writeParams = (extra: object[] = []) => [reference, ...extra, { name: 'X-CSRF-Token', in: 'header', required: false, schema: { type: 'string' }, description: 'Requis avec le cookie de session (GET /api/staff/me le donne) ; inutile avec un jeton Bearer' }];

/** The OpenAPI 3.1 description of `/api/staff/…`, served at `/api/staff/openapi.json`. */
export function buildStaffOpenApi(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Berceau — API des agents', version: '1.0.0', description: 'Instruction des demandes de pré-inscription en crèche. Authentification : session de l’espace agents ou jeton OIDC du fournisseur d’identité de la commune (Bearer, audience STAFF_API_AUDIENCE). Rôle « agent » : lire et instruire ; « responsable » : aussi commissions et exports.' },
    servers: [{ url: publicUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, session: { type: 'apiKey', in: 'cookie', name: 'berceau_agent' } },
      schemas: {
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string', enum: ['unauthenticated', 'forbidden', 'not_found', 'invalid_request', 'not_allowed', 'csrf', 'internal'] }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'string' } } } },
        Status: { type: 'string', enum: [...REQUEST_STATUSES] },
        RequestSummary: { type: 'object', properties: { reference: { type: 'string' }, submittedAt: { type: 'string', format: 'date-time' }, status: { $ref: '#/components/schemas/Status' }, familyName: { type: 'string' }, givenName: { type: 'string' }, childExpected: { type: 'boolean' }, startDate: { type: ['string', 'null'], format: 'date' }, ageGroup: { type: ['string', 'null'] }, wishedFacilities: { type: 'array', items: { type: 'string' } }, feeBasis: { type: ['string', 'null'], enum: ['caf', 'declared', null] }, renewalDueOn: { type: ['string', 'null'], format: 'date' } } },
        RequestRecord: { type: 'object', description: 'Le dossier complet : la demande telle que déposée, le cycle de vie, l’historique, les pièces, les notes.', properties: { reference: { type: 'string' }, status: { $ref: '#/components/schemas/Status' }, request: { type: 'object' }, lifecycle: { type: 'object' }, history: { type: 'array', items: { type: 'object' } }, proofs: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, status: { type: 'string', enum: [...PROOF_STATUSES] } } } }, notes: { type: 'array', items: { type: 'object' } } } },
        Transition: { type: 'object', required: ['event'], properties: { event: { type: 'string', enum: ['acknowledge', 'requestProofs', 'markComplete', 'confirmBirth', 'addToWaitingList', 'renew', 'presentToCommission', 'proposePlace', 'notRetain', 'acceptOffer', 'refuseOffer', 'returnToList', 'admit', 'withdraw', 'archive'] }, reason: { type: 'string', enum: [...LIFECYCLE_REASONS] }, birthDate: { type: 'string', format: 'date' }, commissionDate: { type: 'string', format: 'date' }, facilityId: { type: 'string' }, startDate: { type: 'string', format: 'date' }, replyBy: { type: 'string', format: 'date' } } },
      },
    },
    paths: {
      '/api/staff/me': { get: { summary: 'Qui suis-je (rôle, jeton CSRF de la session)', responses: { 200: json({ type: 'object' }), ...errors(401) } } },
      '/api/staff/requests': { get: { summary: 'Liste filtrée, triée, paginée des demandes de la commune', parameters: listParameters, responses: { 200: json({ type: 'object', properties: { total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, items: { type: 'array', items: { $ref: '#/components/schemas/RequestSummary' } } } }), ...errors(400, 401) } } },
      '/api/staff/exports/requests.csv': { get: { summary: 'Export CSV de la liste filtrée (responsable ; UTF-8 avec BOM, « ; », dates JJ/MM/AAAA)', parameters: listParameters.filter((p) => p.name !== 'page' && p.name !== 'pageSize'), responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors(400, 401, 403) } } },
      '/api/staff/requests/{reference}': { get: { summary: 'Dossier d’une demande et actions permises au rôle (audité)', parameters: [reference], responses: { 200: json({ allOf: [{ $ref: '#/components/schemas/RequestRecord' }, { type: 'object', properties: { allowedEvents: { type: 'array', items: { type: 'string' } } } }] }), ...errors(401, 404) } } },
      '/api/staff/requests/{reference}/export': { get: { summary: 'Dossier complet pour une demande d’accès RGPD (art. 15 ; responsable)', parameters: [reference], responses: { 200: json({ $ref: '#/components/schemas/RequestRecord' }), ...errors(401, 403, 404) } } },
      '/api/staff/requests/{reference}/transitions': { post: { summary: 'Faire avancer la demande dans son cycle de vie', parameters: writeParams(), requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Transition' } } } }, responses: { 200: json({ type: 'object', properties: { reference: { type: 'string' }, from: { $ref: '#/components/schemas/Status' }, status: { $ref: '#/components/schemas/Status' } } }), ...errors(400, 401, 403, 404, 409) } } },
      '/api/staff/requests/{reference}/proofs/{type}': { put: { summary: 'État d’une pièce justificative', parameters: writeParams([{ name: 'type', in: 'path', required: true, schema: { type: 'string' } }]), requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: [...PROOF_STATUSES] } } } } } }, responses: { 200: json({ type: 'object' }), ...errors(400, 401, 403, 404) } } },
      '/api/staff/requests/{reference}/notes': { post: { summary: 'Ajouter une note structurée (type du fichier de la commune, 280 caractères au plus)', parameters: writeParams(), requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['type', 'text'], properties: { type: { type: 'string' }, text: { type: 'string', maxLength: 280 } } } } } }, responses: { 201: json({ type: 'object' }, 'Créée'), ...errors(400, 401, 403, 404) } } },
    },
  };
}
