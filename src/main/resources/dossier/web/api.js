// The JSON API of the same server. With a token, the page is opened as /#token=T (the part
// after # never reaches a server log) and sends it as a bearer header.

const token = new URLSearchParams(location.hash.slice(1)).get('token')
  ?? new URLSearchParams(location.search).get('token');

/** GETs /api/<path> with query parameters (empty ones left out); throws with the API's error. */
export async function api(path, params = {}) {
  const url = new URL('/api/' + path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const response = await fetch(url, {headers: token ? {Authorization: 'Bearer ' + token} : {}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body;
}

/** An id as one path segment. */
export function segment(id) {
  return encodeURIComponent(id);
}
