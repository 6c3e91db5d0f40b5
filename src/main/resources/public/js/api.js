// The server's JSON API and the chat stream (server-sent events over a POST, which EventSource cannot send).

/** kind: "network" (no answer from the server), "http" (a 4xx/5xx with the server's message), "stream" (broken mid-answer). */
export class ApiError extends Error {
  constructor(kind, message = '', status = 0) {
    super(message || kind);
    this.kind = kind;
    this.status = status;
  }
}

const TOKEN_KEY = 'mqa-access-token';

/** The access token this browser was given, for deployments that set AUTH_TOKEN. */
function tokenHeader() {
  const token = localStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function request(path, init = {}, askedForToken = false) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...tokenHeader(), ...(init.headers ?? {}) } });
  } catch (e) {
    throw new ApiError('network', e.message);
  }
  if (response.status === 401 && !askedForToken) {
    // the server needs an access token: ask once, keep it in this browser, try again
    const token = window.prompt('此服务需要访问令牌，请输入管理员提供的令牌：');
    if (token && token.trim()) {
      localStorage.setItem(TOKEN_KEY, token.trim());
      return request(path, init, true);
    }
  }
  if (!response.ok) throw await httpError(response);
  return response;
}

async function httpError(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body.error ?? '';
    // the id leads an operator to the log line of this request
    if (body.requestId && response.status >= 500) detail += `（请求编号 ${body.requestId}）`;
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  return new ApiError('http', detail, response.status);
}

export async function getJson(path) {
  return (await request(path)).json();
}

export async function postJson(path, body) {
  const response = await request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

/** Starts a chat turn; resolves once the server has accepted it (input mistakes reject here, before any event). */
export async function openChatStream(message, conversationId) {
  const body = conversationId ? { message, conversationId } : { message };
  return request('/api/chat/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
}

/** The stream's events as {event, data}, in order, data parsed from JSON. */
export async function* sseEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new ApiError('network', e.message);
    }
    buffer += decoder.decode(chunk.value ?? new Uint8Array(), { stream: !chunk.done }).replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = parseFrame(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (frame) yield frame;
    }
    if (chunk.done) {
      const last = parseFrame(buffer);
      if (last) yield last;
      return;
    }
  }
}

function parseFrame(text) {
  let event = 'message';
  const data = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  try {
    return { event, data: JSON.parse(data.join('\n')) };
  } catch {
    throw new ApiError('stream', `unreadable ${event} event`);
  }
}
