/** Where a due item's link opens, as the renderer's hash route (used by the Today screen and notifications). */
export function hashOfLink(link: { route: string; id?: string | undefined }): string {
  const id = link.id ? encodeURIComponent(link.id) : null;
  if (link.route === 'inquiry' && id) return `#/inquiries/${id}`;
  if (link.route === 'authorization' && id) return `#/authorizations/${id}`;
  if (link.route === 'patronage' && id) return `#/patronage/${id}`;
  if (link.route === 'decisions') return '#/decisions';
  return `#/${link.route}`;
}
