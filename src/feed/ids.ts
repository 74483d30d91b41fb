/**
 * The fixed id lists of feed v1, without the validator: widgets that need them (the directory's
 * province filter) must not pull the validator into their first download.
 */
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const BUILTIN_TYPE_IDS = [
  'network',
  'federation',
  'association',
  'organisation',
  'expert',
  'employer',
  'education',
  'movement',
  'changemaker',
  'academic',
  'enterprise',
  'influencer',
] as const;
export { PROVINCE_IDS, type ProvinceId } from '../geo/province-ids.js';
export type BuiltinTypeId = (typeof BUILTIN_TYPE_IDS)[number];
