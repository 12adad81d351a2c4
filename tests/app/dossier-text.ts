/** Every text of a dossier's documents, for searching in tests. */
import type { Dossier } from "../../src/domain/dossier/build-dossier";

export function dossierText(dossier: Dossier | null): string {
  return JSON.stringify(dossier?.documents ?? []);
}
