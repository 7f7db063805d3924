// @ts-check
/**
 * A TypeDoc plugin that holds the project's documentation rule: every export
 * has a summary, an `@example` and a `@category`. It warns for each export that lacks one;
 * with `treatWarningsAsErrors` (typedoc.json), `npm run docs` then fails.
 */
import { Application, ReflectionKind } from 'typedoc';

const CHECKED_KINDS =
  ReflectionKind.Function |
  ReflectionKind.Variable |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Enum;

/**
 * The comments that document a reflection: its own, or those of its call signatures.
 *
 * @param {import('typedoc').DeclarationReflection} reflection
 * @returns {import('typedoc').Comment[]}
 */
function commentsOf(reflection) {
  const comments = [];
  if (reflection.comment) comments.push(reflection.comment);
  for (const signature of reflection.signatures ?? []) if (signature.comment) comments.push(signature.comment);
  return comments;
}

/**
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const reflection of project.getReflectionsByKind(CHECKED_KINDS)) {
      const parent = reflection.parent;
      if (!parent || !(parent.kindOf(ReflectionKind.Module) || parent.kindOf(ReflectionKind.Project))) continue;
      const declaration = /** @type {import('typedoc').DeclarationReflection} */ (reflection);
      const comments = commentsOf(declaration);
      const name = declaration.getFriendlyFullName();
      const where = declaration.sources?.[0] ? ` (${declaration.sources[0].fileName}:${declaration.sources[0].line})` : '';
      if (!comments.some((comment) => comment.summary.some((part) => part.text.trim() !== ''))) {
        app.logger.warn(`${name}${where} has no summary in its TSDoc comment`);
      }
      if (!comments.some((comment) => comment.getTag('@example'))) {
        app.logger.warn(`${name}${where} has no @example in its TSDoc comment`);
      }
    }
    // every export has a @category; only references (a symbol documented under another entry) fall into the default one
    const fallback = app.options.getValue('defaultCategory');
    for (const owner of [project, ...project.getReflectionsByKind(ReflectionKind.Module)]) {
      const container = /** @type {import('typedoc').ContainerReflection} */ (owner);
      const categories = [...(container.categories ?? []), ...(container.groups ?? []).flatMap((group) => group.categories ?? [])];
      for (const category of categories.filter((entry) => entry.title === fallback)) {
        for (const child of category.children) {
          if (!child.kindOf(ReflectionKind.Reference)) app.logger.warn(`${child.getFriendlyFullName()} has no @category in its TSDoc comment`);
        }
      }
    }
  });
}
