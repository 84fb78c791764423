import { describe, expect, it } from 'vitest';
import { applyStationery, numberMarker } from './numbers-in-documents';

describe('documents numbered after rendering', () => {
  it('uses markers that cannot occur in normal text and differ per document', () => {
    expect(numberMarker(0)).not.toBe(numberMarker(1));
    expect(numberMarker(12)).toMatch(/^\u27E6REG12\u27E7$/);
  });

  it('moves the text below and beside the letterhead printed on the paper', () => {
    const xml =
      '<w:sectPr><w:pgMar w:top="1440" w:right="1134" w:bottom="1134" w:left="1418" w:header="708"/></w:sectPr>';
    expect(applyStationery(xml, { enabled: true, topMm: 45, leftMm: 25 })).toBe(
      '<w:sectPr><w:pgMar w:top="2551" w:right="1134" w:bottom="1134" w:left="1417" w:header="708"/></w:sectPr>',
    );
    expect(applyStationery(xml, { enabled: false, topMm: 45, leftMm: 25 })).toBe(xml);
  });
});
