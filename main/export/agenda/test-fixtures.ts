/** Fixtures and readers for the agenda export tests (not used by production code). */
import JSZip from 'jszip';
import type { Decision, DecisionView } from '../../../core/decisions/schema';
import type { MeetingApplication } from '../../../core/meetings/schema';
import type { Protocol } from '../../../core/protocols/schema';
import type { AgendaEntry } from './types';

export { docxParagraphs, plOffice, uaOffice } from '../test-fixtures';

/** Sunday evening before the week of 2 March 2026, Warsaw. */
export const NOW = '2026-03-01T18:00:00+01:00';

export function entry(patch: Partial<AgendaEntry> = {}): AgendaEntry {
  return {
    calendarName: 'Prezydent Miasta Łodzi',
    start: '2026-03-02T08:00:00.000Z',
    end: '2026-03-02T09:30:00.000Z',
    allDay: false,
    timeZone: 'Europe/Warsaw',
    title: 'Spotkanie z mieszkańcami osiedla Śródmieście',
    type: 'residents_meeting',
    status: 'confirmed',
    location: 'Sala Obrad, ul. Piotrkowska 104',
    participantsInternal: ['Jerzy Wiśniewski'],
    participantsExternal: ['Rada Osiedla Śródmieście'],
    notes: 'Przygotować mapę inwestycji.\nZabrać listę wniosków.',
    private: false,
    ...patch,
  };
}

export function protocol(patch: Partial<Protocol> = {}): Protocol {
  return {
    id: 'pr1',
    meetingId: null,
    eventId: null,
    title: 'Narada w sprawie remontu ul. Żeromskiego',
    date: '2026-03-02',
    place: 'Gabinet Prezydenta, pok. 110',
    chair: 'Hanna Zdanowska',
    attendees: ['Jerzy Wiśniewski – Wydział Gospodarki Komunalnej', 'Małgorzata Żółkiewska'],
    agenda: ['Harmonogram robót', 'Komunikacja z mieszkańcami'],
    minutes:
      'Wykonawca przedstawił harmonogram.\nPrace ruszą 16 marca.\n\nRzeczniczka omówiła plan informowania mieszkańców.',
    status: 'draft',
    version: 1,
    revisionReason: null,
    approvedAt: null,
    approvedBy: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    ...patch,
  };
}

export function decision(patch: Partial<Decision> = {}): Decision {
  return {
    id: 'dc1',
    protocolId: 'pr1',
    ordinal: 1,
    title: 'Przygotować objazdy dla komunikacji miejskiej',
    departmentId: 'd1',
    responsiblePersonId: 'p1',
    dueDate: '2026-03-13',
    status: 'assigned',
    progress: 0,
    doneAt: null,
    cancelReason: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    ...patch,
  };
}

export function decisionView(patch: Partial<DecisionView> = {}): DecisionView {
  return {
    ...decision(),
    viewStatus: 'assigned',
    overdueDays: 0,
    protocolTitle: 'Narada w sprawie remontu ul. Żeromskiego',
    protocolDate: '2026-03-02',
    ...patch,
  };
}

export function application(patch: Partial<MeetingApplication> = {}): MeetingApplication {
  return {
    id: 'a1',
    receivedAt: '2026-02-16T10:20:00+01:00',
    applicantKind: 'organisation',
    applicantName: 'Zofia Łęcka',
    organisation: 'Stowarzyszenie Mieszkańców Księżego Młyna',
    contact: 'ul. Przędzalniana 72\n90-338 Łódź\nzofia.lecka@example.pl',
    topic: 'Zieleń i parkowanie na osiedlu Księży Młyn',
    preferredDates: 'wtorki po południu',
    participantsCount: 3,
    status: 'scheduled',
    declineReason: null,
    eventId: 'e1',
    scheduledStart: '2026-03-30T07:00:00.000Z',
    notes: '',
    createdAt: '2026-02-16T09:20:00.000Z',
    updatedAt: '2026-02-20T09:20:00.000Z',
    ...patch,
  };
}

/** The raw word/document.xml, for what the visible text does not show (strike-through, orientation). */
export async function docxXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}
