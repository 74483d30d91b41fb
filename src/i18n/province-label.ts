import { msg } from '@lit/localize';
import { withLocale, type Lang } from './locale.js';

/** A province id in the element's language (apart from labels.ts: the counter never names one). */
export function provinceLabel(id: string, lang: Lang): string {
  return withLocale(lang, () => {
    switch (id) {
      case 'antwerpen':
        return msg('Antwerpen', { id: 'province.antwerpen' });
      case 'limburg':
        return msg('Limburg', { id: 'province.limburg' });
      case 'oost-vlaanderen':
        return msg('Oost-Vlaanderen', { id: 'province.oost-vlaanderen' });
      case 'west-vlaanderen':
        return msg('West-Vlaanderen', { id: 'province.west-vlaanderen' });
      case 'vlaams-brabant':
        return msg('Vlaams-Brabant', { id: 'province.vlaams-brabant' });
      case 'brussel':
        return msg('Brussel', { id: 'province.brussel' });
      default:
        return id;
    }
  });
}
