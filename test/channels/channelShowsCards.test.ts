import { channelShowsCards } from '../../src/channels/channelShowsCards';
import { toActivity } from '../../src/channels/toActivity';

describe('whether a channel shows Adaptive Cards', () => {
  test.each([
    ['webchat', true],
    ['directline', true],
    ['msteams', true],
    ['emulator', true],
    ['sms', false],
    ['email', false],
    ['slack', false],
    ['telegram', false],
    [undefined, false],
  ] as const)('%s → %s', (channelId, cards) => {
    expect(channelShowsCards({ channelId })).toBe(cards);
  });

  test('a client on a card channel that cannot show them says so with channelData.cards = false', () => {
    expect(channelShowsCards({ channelId: 'webchat', channelData: { cards: false } })).toBe(false);
    expect(channelShowsCards({ channelId: 'webchat', channelData: { cards: 'no' } })).toBe(true);
  });

  test('a reply awaiting a confirmation says so in channelData', () => {
    expect(toActivity({ text: 'Effacer ?', step: 'child', confirming: 'erase' }).channelData).toEqual({ step: 'child', confirming: 'erase' });
  });
});
