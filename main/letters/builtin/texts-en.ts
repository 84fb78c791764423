// English samples (British usage): a birthday letter and a diploma, for partner cities and guests.
import type { LanguagePack } from './model';

export const EN: LanguagePack = {
  language: 'en',
  reference: 'Ref.: {regNo}',
  subjectLabel: 'Re:',
  salutationEnd: ',',
  closing: 'Yours sincerely',
  letters: {
    congratulations_birthday: {
      name: 'Birthday congratulations',
      body: [
        'Please accept my warmest congratulations and best wishes on your birthday{?years}, which marks {years} remarkable years of life{/years}.',
        'This special day is a fitting occasion to thank you for your years of work, your kindness and the warmth you have shared with your family and with our whole community. Your experience and wisdom are a treasure and an example to younger generations.',
        'I wish you good health, peace of mind and much joy, and many more happy years surrounded by your loved ones.',
      ],
    },
  },
  diploma: {
    name: 'Diploma',
    title: 'DIPLOMA',
    to: 'awarded to',
    yearsLine: 'celebrating {years} years',
  },
};
