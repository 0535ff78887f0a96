// Desk room: the commune's "primo-arrivants" desk page and its API, on the same core as the chat.
export { createDeskRouter, DEFAULT_OPTIONS, PHRASE_IDS, parseAnswerRequest, type DeskAnswerReply, type DeskAnswerRequest, type DeskDeps, type DeskOptions } from './router';
export { deskAccessGuard, networkMatcher, cidrProblem, DEFAULT_DESK_NETWORKS, DESK_ACCESS, type DeskAccess, type DeskAccount } from './access';
export type { DeskEngine, DeskFinding } from './engine';
export type { DeskService, DeskSide, DeskSource } from './render';
