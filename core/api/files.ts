/** Files across the contract, as base64, so both transports (IPC and HTTP) carry them the same way. */
import { z } from 'zod';

/** A generated document or a kept file going to the renderer (to save or open). */
export const FileOutSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type FileOut = z.infer<typeof FileOutSchema>;

/** A file the person picked; at most ~15 MB. */
export const FileInSchema = z.object({
  fileName: z.string().trim().min(1, 'required').max(255, 'tooLong'),
  base64: z.string().min(1, 'required').max(20_000_000, 'tooLong'),
});
