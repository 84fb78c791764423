// Letter template engine (issue 5): Word templates → letters, diplomas, obituaries. See README.md.
export { inspectTemplate, renderTemplate, renderMany } from './engine';
export { combineDocuments } from './combine';
export { ImageDataError } from './image-module';
export { TemplateError } from './types';
export type {
  RenderData,
  TemplateImage,
  TemplateInspection,
  TemplateIssue,
  TemplateIssueCode,
} from './types';
