import { selectIncomeYear } from '../../src/impotParticulier/selectIncomeYear';

describe('selectIncomeYear', () => {
  it.each([
    ['2024-03-10T10:00:00Z', 2022, 'in spring the last taxed income year is N-2'],
    ['2024-07-21T21:59:00Z', 2022, 'the day before the 2024 taxation date (Paris time) it is still N-2'],
    ['2024-07-21T22:00:00Z', 2023, 'from midnight in Paris on 22 July 2024 it is N-1'],
    ['2023-07-16T12:00:00Z', 2021, 'the day before the 2023 taxation date it is N-2'],
    ['2023-07-17T08:00:00Z', 2022, 'on the 2023 taxation date it is N-1'],
    ['2026-07-14T12:00:00Z', 2024, 'before 15 July of a year without a known date it is N-2'],
    ['2026-07-15T12:00:00Z', 2025, 'from 15 July of a year without a known date it is N-1'],
    ['2026-07-14T22:30:00Z', 2025, 'half past midnight on 15 July in Paris counts as 15 July'],
    ['2027-01-02T09:00:00Z', 2025, 'in January the year taxed the summer before is still the last one'],
  ])('at %s asks for %i (%s)', (iso, expected) => {
    expect(selectIncomeYear(new Date(iso))).toBe(expected);
  });
});
