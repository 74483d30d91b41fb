/** NIS code → English name, where English has its own (the rest is written as in Dutch, or in French for Brussels). */
export const ENGLISH_MUNICIPALITIES: Readonly<Record<string, string>> = {
  '11002': 'Antwerp',
  '21004': 'Brussels',
  '31005': 'Bruges',
  '33011': 'Ypres',
  '35013': 'Ostend',
  '44021': 'Ghent',
};
