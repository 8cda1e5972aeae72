/** The one renderer for every document the platform produces (GB/T 9704-2012), and its PDF conversion. */
export { renderDocumentDocx } from './render-document.js';
export { renderProcessingSlipDocx } from './render-processing-slip.js';
export { docxToPdf, findSoffice, isPdfAvailable } from './pdf.js';
