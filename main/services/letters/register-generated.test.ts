import { afterEach, describe, expect, it } from 'vitest';
import { sampleInquiry, tempApp } from '../../testing/temp-app';
import { api, type App } from '../agenda/test-helpers';

describe('inquiry answers in the register of outgoing correspondence', () => {
  let app: App;
  afterEach(() => app.close());

  it('registers a sent answer once, with the document it was sent as', async () => {
    app = tempApp({ now: '2025-12-15T12:00:00Z' });
    const inquiry = await api(app, 'inquiries.create', sampleInquiry);
    await api(app, 'inquiries.transition', { id: inquiry.id, action: 'start' });
    expect((await api(app, 'letters.list', {})).total).toBe(0);
    await api(app, 'inquiries.transition', {
      id: inquiry.id,
      action: 'answer',
      text: 'Koszt: 1 mln zł.',
      sentAt: '2025-12-15T12:00:00+01:00',
      channel: 'email',
    });
    await api(app, 'inquiries.answerDocx', { id: inquiry.id });
    const register = await api(app, 'letters.list', {});
    expect(register.items).toEqual([
      expect.objectContaining({
        regNo: 'BP.0121.1.2025',
        kind: 'inquiry_answer',
        date: '2025-12-15',
        recipientName: 'Zofia Łęcka, Dziennik Łódzki',
        subject: `${inquiry.regNo}: ${inquiry.subject}`,
      }),
    ]);
    expect(register.items[0]?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
