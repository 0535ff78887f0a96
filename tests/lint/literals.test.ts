// No user-facing literal in src/ or dialogs/: every sentence a person reads is an i18next key in locales/<lang>/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['src', 'dialogs'];
/**
 * The conversation layer: every prose literal here is suspect. Elsewhere in src/ (validation messages for
 * maintainers, HTTP errors for API clients, linguistic data) only literals that reach a chat message are: arguments of
 * `sendActivity`/`MessageFactory` calls and `text`/`title`/`speak` properties.
 */
const CONVERSATION_LAYER = [path.join('src', 'bot'), 'dialogs', path.join('src', 'i18n')];
const MESSAGE_CALLS = new Set(['sendActivity', 'sendActivities', 'updateActivity', 'text', 'suggestedActions', 'attachment', 'list', 'carousel']);
const MESSAGE_PROPERTIES = new Set(['text', 'title', 'speak', 'summary']);

/** Calls whose string arguments are for maintainers, not for the person chatting: logs and thrown errors. */
const LOG_METHODS = new Set(['info', 'warn', 'error', 'debug', 'trace', 'fatal', 'log']);

/** A literal that reads as words for people: two words or more, or letters outside ASCII ("Français"). */
export function looksUserFacing(text: string): boolean {
  const letters = text.replace(/\$\{[^}]*\}/g, ' ');
  if (/(?![\x00-\x7F])\p{L}/u.test(letters)) return true;
  return /\b[A-Za-z][a-z']+[ ,]+[a-z][a-z']*\b/.test(letters);
}

function ts_files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ts_files(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function exempt(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n) || ts.isThrowStatement(n)) return true;
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.SuperKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) return true;
      if (ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text)) return true;
    }
  }
  return false;
}

function reachesMessage(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isPropertyAssignment(n) && MESSAGE_PROPERTIES.has(n.name.getText())) return true;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (MESSAGE_CALLS.has(name) && (name.startsWith('send') || name === 'updateActivity' || callee.getText().startsWith('MessageFactory'))) return true;
    }
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

/** Every user-facing-looking literal of a file, as "file:line: text". */
export function findLiterals(file: string, strict = CONVERSATION_LAYER.some((dir) => path.relative(ROOT, file).startsWith(dir + path.sep))): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}');
    if (text !== undefined && looksUserFacing(text) && !exempt(node) && (strict || reachesMessage(node))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${path.relative(ROOT, file).replace(/^(\.\.\/)+.*\//, '')}:${line}: ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing literals', () => {
  it('recognises prose and leaves keys, ids and markup alone', () => {
    expect(looksUserFacing('Where do you live?')).toBe(true);
    expect(looksUserFacing('Français')).toBe(true);
    expect(looksUserFacing('العربية')).toBe(true);
    expect(looksUserFacing('place.ask')).toBe(false);
    expect(looksUserFacing('bot:actions.help')).toBe(false);
    expect(looksUserFacing('**${}**\n${}')).toBe(false);
    expect(looksUserFacing('cpas-appointment')).toBe(false);
  });

  it('catches a hard-coded reply, in the conversation layer and elsewhere, and ignores logs and errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-literals-'));
    try {
      const file = path.join(dir, 'sample.ts');
      fs.writeFileSync(
        file,
        [
          "logger.warn({}, 'store call failed');",
          "throw new Error('KnowledgeError: entry is empty');",
          "await context.sendActivity('Sorry, something went wrong');",
          "const label = 'Où habitez-vous ?';",
          "await replier.send(context, { text: i18n.t(lang, 'place.ask') });",
        ].join('\n'),
      );
      expect(findLiterals(file, false)).toEqual(['sample.ts:3: Sorry, something went wrong']);
      expect(findLiterals(file, true)).toEqual(['sample.ts:3: Sorry, something went wrong', 'sample.ts:4: Où habitez-vous ?']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds none in src/ and dialogs/', () => {
    const files = SCANNED.flatMap((d) => ts_files(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => findLiterals(f))).toEqual([]);
  });
});
