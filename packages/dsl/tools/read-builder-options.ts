import { resolve } from 'node:path';
import ts from 'typescript';

/** One option of a block builder, as its TypeScript declaration says. */
export interface BuilderOption {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly description: string;
}

/** What a block builder takes, read from its declaration. */
export interface BuilderSignature {
  readonly optionsType: string;
  readonly options: readonly BuilderOption[];
}

/**
 * Reads every block builder's options from the package's own source with the TypeScript checker,
 * so that the block reference shows what the code accepts and cannot drift from it. Options of all
 * union members are listed once each; `?: never` members, which only keep modes exclusive, are left
 * out.
 */
export function readBuilderOptions(builderNames: readonly string[]): Map<string, BuilderSignature> {
  const entry = resolve(import.meta.dirname, '../src/blocks/index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    exactOptionalPropertyTypes: false,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));

  const result = new Map<string, BuilderSignature>();
  for (const name of builderNames) {
    const symbol = exports.get(name);
    if (symbol === undefined) continue;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration === undefined) continue;
    const signature = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()[0];
    const parameter = signature?.getParameters()[0];
    if (parameter === undefined) {
      result.set(name, { optionsType: '', options: [] });
      continue;
    }
    const parameterType = checker.getNonNullableType(
      checker.getTypeOfSymbolAtLocation(parameter, declaration),
    );
    const optionsType = checker.typeToString(
      checker.getTypeOfSymbolAtLocation(parameter, declaration),
      undefined,
      ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope,
    );
    const members = parameterType.isUnion() ? parameterType.types : [parameterType];
    const options = new Map<string, BuilderOption>();
    for (const member of members) {
      for (const property of checker.getPropertiesOfType(member)) {
        const propertyType = checker.getNonNullableType(
          checker.getTypeOfSymbolAtLocation(property, declaration),
        );
        if (propertyType.flags & ts.TypeFlags.Never || options.has(property.getName())) continue;
        // Printed from the declared type so that a `null` choice shows; only the `undefined` that
        // optional properties add is left out.
        const declaredType = checker.getTypeOfSymbolAtLocation(property, declaration);
        options.set(property.getName(), {
          name: property.getName(),
          type: checker.typeToString(declaredType).replace(/ \| undefined$/, ''),
          optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
          description: ts.displayPartsToString(property.getDocumentationComment(checker)),
        });
      }
    }
    result.set(name, {
      optionsType: optionsType.replace(/ \| undefined$/, ''),
      options: [...options.values()],
    });
  }
  return result;
}
