import { useEffect, useState } from 'react';

/**
 * A dozen screens do not need a routing library: the hash holds the route, so the built renderer
 * works the same from Electron's file:// and from browser mode's http://.
 */
export type Route =
  | { name: 'inquiries' }
  | { name: 'inquiry-new' }
  | { name: 'inquiry'; id: string }
  | { name: 'inquiry-edit'; id: string }
  | { name: 'settings' }
  | { name: 'sync' }
  | { name: 'calendar' }
  | { name: 'meetings' }
  | { name: 'application'; id: string }
  | { name: 'meeting'; eventId: string }
  | { name: 'protocol'; id: string }
  | { name: 'decisions' }
  | { name: 'letters' }
  | { name: 'today' }
  | { name: 'authorizations' }
  | { name: 'authorization'; id: string }
  | { name: 'contacts' }
  | { name: 'contact-new' }
  | { name: 'contact-duplicates' }
  | { name: 'contact'; id: string }
  | { name: 'contact-edit'; id: string }
  | { name: 'patronage' }
  | { name: 'patronage-new' }
  | { name: 'patronage-item'; id: string }
  | { name: 'patronage-edit'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'sync') return { name: 'sync' };
  if (parts[0] === 'calendar') return { name: 'calendar' };
  if (parts[0] === 'decisions') return { name: 'decisions' };
  if (parts[0] === 'letters') return { name: 'letters' };
  if (parts[0] === 'authorizations' && parts[1])
    return { name: 'authorization', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'authorizations') return { name: 'authorizations' };
  if (parts[0] === 'contacts') return contactRoute(parts.slice(1));
  if (parts[0] === 'patronage') return patronageRoute(parts.slice(1));
  if (parts[0] === 'inquiries' && parts.length === 1) return { name: 'inquiries' };
  if (parts.length === 0 || parts[0] === 'today') return { name: 'today' };
  if (parts[0] === 'protocols' && parts[1]) return { name: 'protocol', id: parts[1] };
  if (parts[0] === 'meetings' && parts[1] === 'applications' && parts[2])
    return { name: 'application', id: parts[2] };
  if (parts[0] === 'meetings' && parts[1] === 'held' && parts[2])
    return { name: 'meeting', eventId: parts[2] };
  if (parts[0] === 'meetings') return { name: 'meetings' };
  if (parts[0] === 'inquiries' && parts[1] === 'new') return { name: 'inquiry-new' };
  if (parts[0] === 'inquiries' && parts[1] && parts[2] === 'edit')
    return { name: 'inquiry-edit', id: parts[1] };
  if (parts[0] === 'inquiries' && parts[1]) return { name: 'inquiry', id: parts[1] };
  return { name: 'inquiries' };
}

function contactRoute(rest: string[]): Route {
  const [first, second] = rest.map((part) => decodeURIComponent(part.split('?')[0] ?? ''));
  if (!first) return { name: 'contacts' };
  if (first === 'new') return { name: 'contact-new' };
  if (first === 'duplicates') return { name: 'contact-duplicates' };
  if (second === 'edit') return { name: 'contact-edit', id: first };
  return { name: 'contact', id: first };
}

function patronageRoute(rest: string[]): Route {
  const [first, second] = rest.map((part) => decodeURIComponent(part));
  if (!first) return { name: 'patronage' };
  if (first === 'new') return { name: 'patronage-new' };
  if (second === 'edit') return { name: 'patronage-edit', id: first };
  return { name: 'patronage-item', id: first };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'inquiries':
      return '#/inquiries';
    case 'inquiry-new':
      return '#/inquiries/new';
    case 'inquiry':
      return `#/inquiries/${route.id}`;
    case 'inquiry-edit':
      return `#/inquiries/${route.id}/edit`;
    case 'settings':
      return '#/settings';
    case 'sync':
      return '#/sync';
    case 'calendar':
      return '#/calendar';
    case 'meetings':
      return '#/meetings';
    case 'application':
      return `#/meetings/applications/${route.id}`;
    case 'meeting':
      return `#/meetings/held/${route.eventId}`;
    case 'protocol':
      return `#/protocols/${route.id}`;
    case 'decisions':
      return '#/decisions';
    case 'letters':
      return '#/letters';
    case 'today':
      return '#/today';
    case 'authorizations':
      return '#/authorizations';
    case 'authorization':
      return `#/authorizations/${encodeURIComponent(route.id)}`;
    case 'contacts':
      return '#/contacts';
    case 'contact-new':
      return '#/contacts/new';
    case 'contact-duplicates':
      return '#/contacts/duplicates';
    case 'contact':
      return `#/contacts/${encodeURIComponent(route.id)}`;
    case 'contact-edit':
      return `#/contacts/${encodeURIComponent(route.id)}/edit`;
    case 'patronage':
      return '#/patronage';
    case 'patronage-new':
      return '#/patronage/new';
    case 'patronage-item':
      return `#/patronage/${encodeURIComponent(route.id)}`;
    case 'patronage-edit':
      return `#/patronage/${encodeURIComponent(route.id)}/edit`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
