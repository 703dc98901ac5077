/** Story clustering: wire copies and streaming event stories (see engine.ts). */
export { StoryClusterer, type Assignment, type ClustererCounts } from './engine.js';
export { extractFeatures, type ArticleFeatures, type ClusterArticle } from './features.js';
export { DEFAULT_CLUSTER_OPTIONS, resolveOptions, type ClusterOptions } from './options.js';
export { CLUSTER_STATE_FORMAT, CLUSTER_STATE_VERSION, restoreState, saveState, type ClusterState } from './state.js';
