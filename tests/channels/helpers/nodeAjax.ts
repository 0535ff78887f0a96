// DirectLineJS's `ajax` service for Node (browsers use XMLHttpRequest, which Node lacks), built on fetch.
import { Observable } from 'rxjs/Observable';

/** The request shape DirectLineJS hands to `ajax` (a subset of rxjs's AjaxRequest). */
interface AjaxRequestLike {
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What DirectLineJS reads from a response or an error: status, parsed body, headers. */
export interface AjaxResult {
  status: number;
  response: unknown;
  xhr: { getResponseHeader(name: string): string | null };
}

/** Log of every request made, for assertions on what the client sent. */
export const ajaxLog: { method: string; url: string; status: number }[] = [];

/** `ajax` for `new DirectLine({ ajax })`: same contract as rxjs's Observable.ajax (errors carry `status`). */
export function nodeAjax(request: AjaxRequestLike): Observable<AjaxResult> {
  return new Observable<AjaxResult>((subscriber) => {
    const controller = new AbortController();
    const method = request.method ?? 'GET';
    const url = request.url ?? '';
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    fetch(url, { method, headers: request.headers, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        let parsed: unknown = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = text;
        }
        const result: AjaxResult = { status: res.status, response: parsed, xhr: { getResponseHeader: (n) => res.headers.get(n) } };
        ajaxLog.push({ method, url, status: res.status });
        if (res.status >= 200 && res.status < 300) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) subscriber.error({ status: 0, response: null, xhr: { getResponseHeader: () => null }, err });
      });
    return () => controller.abort();
  });
}
