// What Handlebars itself would only find while rendering, and then word as its own internals ("Cannot read
// properties of undefined (reading 'call')"): a call of a helper that does not exist, and a name that
// reaches into JavaScript's objects (constructor, toString). Found in the template's syntax tree, before
// it runs, at the line and column where it is written.
import type Handlebars from 'handlebars';
import { say } from '../i18n.js';

export interface CallProblem {
  line: number;
  column: number;
  detail: string;
}

type Node = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/**
 * The first misused name in `ast`, or undefined. `helpers` are the names registered for the templates;
 * `Visitor` is Handlebars' walker of its syntax tree (on the library, not on an environment it creates).
 */
export function misusedName(Visitor: typeof Handlebars.Visitor, ast: hbs.AST.Program, helpers: Set<string>): CallProblem | undefined {
  let found: CallProblem | undefined;
  const at = (node: { loc: hbs.AST.SourceLocation }, detail: string) => {
    found ??= { line: node.loc.start.line, column: node.loc.start.column, detail };
  };
  const known = [...helpers].sort().join(', ');
  const call = (node: Node) => {
    const path = node.path;
    if (path.type !== 'PathExpression') return;
    const { original, parts } = path as hbs.AST.PathExpression;
    const isCall = node.params.length > 0 || node.hash !== undefined || node.type === 'SubExpression';
    if (isCall && !(parts.length === 1 && helpers.has(original))) {
      at(node, say(
        `"${original}" không phải một hàm (helper) của mẫu; các hàm có: ${known}`,
        `"${original}" is not a template helper; the helpers are: ${known}`,
      ));
    }
  };
  const visitor = new Visitor();
  const base = Visitor.prototype;
  Object.assign(visitor, {
    MustacheStatement(this: Handlebars.Visitor, node: hbs.AST.MustacheStatement) {
      call(node);
      return base.MustacheStatement.call(this, node);
    },
    BlockStatement(this: Handlebars.Visitor, node: hbs.AST.BlockStatement) {
      call(node);
      return base.BlockStatement.call(this, node);
    },
    SubExpression(this: Handlebars.Visitor, node: hbs.AST.SubExpression) {
      call(node);
      return base.SubExpression.call(this, node);
    },
    PathExpression(node: hbs.AST.PathExpression) {
      const inherited = node.parts.find((part) => part in Object.prototype);
      if (inherited) {
        at(node, say(
          `"${inherited}" là tên có sẵn của JavaScript, không phải một trường của kế hoạch; đổi tên khác`,
          `"${inherited}" is a name JavaScript objects already have, not a field of the plan; use another name`,
        ));
      }
    },
  });
  visitor.accept(ast);
  return found;
}
