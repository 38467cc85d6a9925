/**
 * Caps applied to everything a parent sends, before anything is read, stored or sent to an API (names as API
 * Particulier takes them, e-mail as RFC 5321 allows it). A longer value is refused with a kind word, never cut.
 */
export const LIMITS = {
  name: 100,
  givenNames: 302,
  email: 254,
  phone: 30,
  date: 40,
  time: 10,
  id: 64,
  postcode: 10,
  place: 100,
  spi: 30,
  amount: 20,
  count: 3,
  /** A free-text message. */
  text: 1000,
} as const;
