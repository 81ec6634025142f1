// The app's sources typecheck against the installed kit under strict and
// exactOptionalPropertyTypes, with the `bundler` and `node16` resolutions:
// the whole app with no MSW installed, and the file that uses the MSW entry
// with MSW installed. Besides the app's own files, the kit's .d.ts files are
// checked too, as skipLibCheck: false would (a declaration importing a missing
// `msw` fails); the other packages' declarations are left to their authors,
// which keeps this fast.
import { join } from 'node:path'
import { createRequire } from 'node:module'
import ts from 'typescript'
import { describe, inject, it } from 'vitest'
import './consumer.js'

const apps = inject('consumerApps')

const RESOLUTIONS: Record<'bundler' | 'node16', ts.CompilerOptions> = {
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
}

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => '/',
  getNewLine: () => '\n',
}

/** The compiler's diagnostics for a project of the app (empty when it compiles). */
function typecheck(dir: string, project: string, resolution: keyof typeof RESOLUTIONS): string[] {
  const problems: ts.Diagnostic[] = []
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, project), RESOLUTIONS[resolution], {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic),
  })
  if (!config) return problems.map((diagnostic) => ts.formatDiagnostic(diagnostic, formatHost))
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences ?? [] })
  const checked = program.getSourceFiles().filter((file) => !file.fileName.includes('/node_modules/') || file.fileName.includes('/node_modules/verify-phone-kit/'))
  problems.push(...config.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics())
  for (const file of checked) problems.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file))
  return problems.map((diagnostic) => ts.formatDiagnostic(diagnostic, formatHost).replace(dir, '<app>').trim())
}

const canResolve = (dir: string, id: string) => {
  try {
    createRequire(join(dir, 'package.json')).resolve(id)
    return true
  } catch {
    return false
  }
}

describe('the packed kit in an app, typechecked with strict and exactOptionalPropertyTypes', () => {
  it('installs MSW only where the app chose it', ({ expect }) => {
    expect([canResolve(apps.withoutMsw, 'msw'), canResolve(apps.withMsw, 'msw')]).toEqual([false, true])
  })

  it.for(['bundler', 'node16'] as const)('compiles with no MSW installed, using verify-phone-kit/testing, under %s resolution', (resolution, { expect }) => {
    expect(typecheck(apps.withoutMsw, 'tsconfig.json', resolution)).toEqual([])
  })

  it.for(['bundler', 'node16'] as const)('compiles with MSW installed, the file using verify-phone-kit/testing/msw, under %s resolution', (resolution, { expect }) => {
    expect(typecheck(apps.withMsw, 'tsconfig.msw.json', resolution)).toEqual([])
  })

  it('reports a declaration of the kit that imports a package the app lacks (the MSW entry without MSW)', ({ expect }) => {
    const problems = typecheck(apps.withoutMsw, 'tsconfig.msw.json', 'bundler')
    expect(problems.some((problem) => problem.includes('node_modules/verify-phone-kit/') && problem.includes("Cannot find module 'msw'"))).toBe(true)
  })
})
