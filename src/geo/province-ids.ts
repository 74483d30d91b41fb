/** The provinces of Flanders, and the Brussels-Capital Region, as feed v1 names them. */
export const PROVINCE_IDS = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'west-vlaanderen',
  'vlaams-brabant',
  'brussel',
] as const;
export type ProvinceId = (typeof PROVINCE_IDS)[number];
