/** Finds the Vietnamese in a TypeScript file's strings and templates (comments are not looked at). */
import ts from "typescript";
import { VIETNAMESE_LETTERS } from "./vietnamese-letters";

/** Every string literal or template part holding a Vietnamese letter, with its line. */
export function vietnameseLiterals(
  source: string,
  file = "x.ts"
): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (VIETNAMESE_LETTERS.test(node.text)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        hits.push({ line: line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}
