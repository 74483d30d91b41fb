/**
 * The counting reader's door (see read-core.ts): the loader imports it, so that the chunk of the
 * reader's core keeps its short export names and needs no namespace object at run time.
 */
export { countFeedAsync, parseFeedText } from './read-core.js';
