import type { InquiryTransition } from '../../core/inquiries/schema';
import type { AppContext } from '../services/context';
import { createInquiry, transitionInquiry } from '../services/inquiry-service';
import { seedAgenda } from './agenda-seed';
import { seedDirectory } from './directory-seed';
import { seedLetters } from './letters-seed';
import { DEMO_OFFICE, DEMO_INQUIRIES } from './data';

const DAY = 86_400_000;

/**
 * Fills an EMPTY data directory with a realistic office: settings, people, PL and UA inquiries in every
 * state (some overdue), a month of the mayor's agenda with meetings, protocols and decisions, and
 * registered letters with a sample recipient list, the contact directory, interview authorizations and
 * honorary patronage. Everything goes through the services, so it is audited like real work.
 */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  if (
    ctx.inquiries.list({ sort: 'dueAt', dir: 'asc', due: 'all', limit: 1, offset: 0 }, ctx.clock()).total > 0
  )
    return false;
  const current = ctx.settings.get();
  ctx.settings.set({
    ...current,
    office: { ...DEMO_OFFICE, language: current.office.language === 'en' ? 'en' : DEMO_OFFICE.language },
  });
  const now = ctx.clock().getTime();
  for (const demo of DEMO_INQUIRIES) {
    const receivedAt = new Date(now - demo.daysAgo * DAY).toISOString();
    const created = createInquiry(ctx, { ...demo.fields, receivedAt });
    for (const step of demo.steps) {
      const at = new Date(now - step.daysAgo * DAY).toISOString();
      transitionInquiry(ctx, { ...step.build(at), id: created.id } as InquiryTransition);
    }
  }
  seedAgenda(ctx);
  await seedLetters(ctx);
  seedDirectory(ctx);
  return true;
}
