import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
const buf = readFileSync(process.argv[2]!);
const zip = new PizZip(buf);
try {
  const doc = new Docxtemplater(zip, {
    paragraphLoop: true, linebreaks: true,
    syntax: { changeDelimiterPrefix: null },
    parser(tag: string, ctx: any) {
      console.log('parser', JSON.stringify(tag), ctx?.tag?.module, ctx?.tag?.raw, Object.keys(ctx ?? {}));
      if (/\(/.test(tag)) throw new Error('forbidden ' + tag);
      return { get: (s: any) => s?.[tag] };
    },
    modules: [{ name: 'Q', matchers: () => [['?', 'loop', { expandTo: 'auto', location: 'start', inverted: false, pdCondition: true }]] } as any],
  });
  console.log('compiled ok');
  doc.render({ jubilee: true });
  console.log(doc.getFullText().slice(0, 500));
} catch (e: any) {
  console.log(e.message, e.properties?.id);
  for (const err of e.properties?.errors ?? []) {
    const { rootError, ...rest } = err.properties; console.log(err.message, JSON.stringify(rest), rootError?.message);
  }
}
