/**
 * The DESCRIPTION we write: the notes, then — for people reading the event in Outlook, Google or on a
 * phone, where our X-PRESSDESK-PARTICIPANTS-* properties are invisible — a tail listing the
 * participants. ATTENDEE is not used: it needs a calendar address (mailto:), we keep only names, and
 * made-up addresses would make other programs send invitations.
 *
 * The tail starts with the "-- " line (the usual signature separator), so the import can cut it off
 * again and a round trip leaves the notes exactly as they were. It is cut only when the event carries
 * our participant properties, i.e. when we wrote the tail ourselves.
 */

export interface ParticipantLabels {
  internal: string;
  external: string;
}

export const DEFAULT_PARTICIPANT_LABELS: ParticipantLabels = {
  internal: 'Participants (internal)',
  external: 'Participants (external)',
};

const SEPARATOR = '-- \n';

/** Notes plus the participants tail ('' when there is nothing to say). */
export function composeDescription(
  notes: string,
  internal: readonly string[],
  external: readonly string[],
  labels: ParticipantLabels,
): string {
  const tail: string[] = [];
  if (internal.length > 0) tail.push(`${labels.internal}: ${internal.join(', ')}`);
  if (external.length > 0) tail.push(`${labels.external}: ${external.join(', ')}`);
  if (tail.length === 0) return notes;
  const block = SEPARATOR + tail.join('\n');
  return notes === '' ? block : `${notes}\n\n${block}`;
}

/** The notes without the tail composeDescription added. */
export function stripParticipantsTail(description: string): string {
  // The last separator is ours: notes of their own may contain one, or even start with one.
  const at = description.lastIndexOf(`\n\n${SEPARATOR}`);
  if (at !== -1) return description.slice(0, at);
  return description.startsWith(SEPARATOR) ? '' : description;
}
