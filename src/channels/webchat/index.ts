// Web chat page channel: the page newcomers meet on a commune's or an association's site.
export { createWebChatRouter, DEFAULT_OPTIONS, WebChatError, type WebChatOptions } from './router';
