/**
 * The official documents' wording (Vietnamese only, by law: see document-texts.vi.ts). Builders
 * read `DOCUMENT_TEXTS.<document>.<key>`; a string is the text, a function words its params.
 */
import { DOCUMENT_TEXTS_VI } from "./document-texts.vi";

/** The shape of the document catalogue: its keys and each wording's params. */
export type DocumentTexts = typeof DOCUMENT_TEXTS_VI;

/** The documents' wording. */
export const DOCUMENT_TEXTS: DocumentTexts = DOCUMENT_TEXTS_VI;
