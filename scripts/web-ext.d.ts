/** The part of web-ext's programmatic API that scripts/lint-firefox.ts uses (web-ext ships no types). */
declare module 'web-ext' {
  export interface LintFinding {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  const webExt: {
    cmd: {
      lint(
        params: {
          sourceDir: string;
          output: 'json' | 'text' | 'none';
          warningsAsErrors: boolean;
          selfHosted: boolean;
        },
        options: { shouldExitProgram: boolean },
      ): Promise<{ errors: LintFinding[]; warnings: LintFinding[]; notices: LintFinding[] }>;
    };
  };
  export default webExt;
}
