// Every call goes to the gateway's /api with the session cookie. A session that expired answers 499 (because of
// X-Requested-With: JavaScript) or 401: the page reloads, which goes through Keycloak's login again.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** The service is missing or broken, as opposed to a refusal of this request. */
  get unavailable() {
    return this.status === 0 || this.status === 404 || this.status >= 500;
  }
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

const RELOAD_KEY = 'coachline.session-reload';

// The ETag of each resource as last read; a PUT or PATCH of it sends If-Match, so a change made meanwhile
// (in another tab, by another device) answers 412 instead of being overwritten (docs/api-conventions.md).
const etags = new Map();

// The session's CSRF token, put in the page by the gateway; every write sends it back (see docs/security.md).
const CSRF_TOKEN = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') || '';

function csrfRefused(status, problem) {
  return status === 403 && problem && typeof problem.type === 'string' && problem.type.endsWith('/csrf');
}

function sessionExpired() {
  const last = Number(sessionStorage.getItem(RELOAD_KEY) || 0);
  if (Date.now() - last > 15000) {
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
    location.reload();
  }
}

export async function api(path, { method = 'GET', body, contentType, raw = false } = {}) {
  const headers = { 'X-Requested-With': 'JavaScript', Accept: 'application/json, application/problem+json' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = CSRF_TOKEN;
  const init = { method, headers, credentials: 'same-origin', redirect: 'manual' };
  if ((method === 'PUT' || method === 'PATCH') && etags.has(path)) headers['If-Match'] = etags.get(path);
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob) {
      init.body = body;
      headers['Content-Type'] = contentType || 'text/plain';
    } else {
      init.body = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: String(e.message || e) });
  }
  if (res.status === 499 || res.status === 401 || res.type === 'opaqueredirect') {
    sessionExpired();
    throw new ApiError(401, { title: 'Session expired', detail: 'Your session expired; logging in again.' });
  }
  if (!res.ok) {
    let problem;
    try {
      problem = await res.json();
    } catch {
      problem = { status: res.status, title: res.statusText };
    }
    // a page older than its session (the gateway's key changed, a new login in another tab): reload for a fresh token
    if (csrfRefused(res.status, problem)) sessionExpired();
    throw new ApiError(res.status, problem);
  }
  if (res.headers.get('etag')) etags.set(path, res.headers.get('etag'));
  if (raw) return res;
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') || '';
  return type.includes('json') ? res.json() : res.text();
}

/** Upload with progress (fetch cannot report upload progress): resolves to the parsed answer or rejects with ApiError. */
export function upload(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('X-Requested-With', 'JavaScript');
    xhr.setRequestHeader('X-CSRF-Token', CSRF_TOKEN);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((100 * e.loaded) / e.total));
    };
    xhr.onload = () => {
      let json = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status === 499 || xhr.status === 401) {
        sessionExpired();
        reject(new ApiError(401, { title: 'Session expired' }));
      } else if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(json);
      } else {
        if (csrfRefused(xhr.status, json)) sessionExpired();
        reject(new ApiError(xhr.status, json || { title: xhr.statusText }));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error' }));
    xhr.send(file);
  });
}
