// `npm run trials:check` end to end: the runner (test/tools/trials-check.mjs) spawned by Node on the
// fixtures of test/fixtures/ctgov (README there), its output and exit code per case.

import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = process.cwd()
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'test/tools/trials-check.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, out: result.stdout, err: result.stderr }
}
const fixture = (name: string) => `test/fixtures/ctgov/${name}`

describe('npm run trials:check', { timeout: 60_000 }, () => {
  it('exits 0 on records that agree with the app (a single study and a studies page)', () => {
    const { code, out } = run(fixture('no-difference'))
    expect(out).toContain('NCT07071727 SCOPES II (scopes2): no difference')
    expect(out).toContain('NCT04425967 SCOPES (scopes): no difference')
    expect(out).toContain('NCT07173972 PROSARC-2 (prosarc2): no difference')
    expect(out).toContain('primary completion date: not recorded in the app; registry 2031-11-01 (ESTIMATED) (not counted as a difference)')
    expect(out.trim().split('\n').at(-1)).toBe('Summary: 3 study records in 2 files; 3 known trials, 0 differences; 0 unknown trials; 0 unreadable files or entries.')
    expect(code).toBe(0)
  })

  it('exits 1 on a status change and names both statuses', () => {
    const { code, out } = run(fixture('status-change'))
    expect(out).toContain('NCT04031677 STRASS-2 (strass2): 1 difference')
    expect(out).toContain('    overall status: app RECRUITING, registry ACTIVE_NOT_RECRUITING')
    expect(out).toContain('1 known trial, 1 difference (STRASS-2)')
    expect(code).toBe(1)
  })

  it('exits 1 on a date change and names both dates', () => {
    const { code, out } = run(fixture('date-change/NCT07071727.json'))
    expect(out).toContain('    completion date: app 2033-11-01, registry 2034-05-01 (ESTIMATED)')
    expect(code).toBe(1)
  })

  it('lists a trial the app does not know, and exits 0', () => {
    const { code, out } = run(fixture('unknown-trial'))
    expect(out).toContain('NCT00000000: not a trial the app knows')
    expect(out).toContain('1 unknown trial;')
    expect(code).toBe(0)
  })

  it('gives a malformed file and a non-study one line each, checks the others, and exits 2', () => {
    const { code, out } = run(fixture('malformed'))
    const lines = out.split('\n')
    expect(lines.filter((l) => l.includes('unreadable:'))).toEqual([
      '  unreadable: test/fixtures/ctgov/malformed/not-a-study.json: not a ClinicalTrials.gov study record (no protocolSection.identificationModule.nctId)',
      expect.stringMatching(/^ {2}unreadable: test\/fixtures\/ctgov\/malformed\/truncated\.json: malformed JSON \(.+\)$/),
    ])
    expect(out).toContain('NCT07071727 SCOPES II (scopes2): no difference')
    expect(code).toBe(2)
  })

  it('exits 1 when one of several paths holds a difference, and explains its use without arguments', () => {
    expect(run(fixture('no-difference'), fixture('date-change')).code).toBe(1)
    const bare = run()
    expect(bare.code).toBe(2)
    expect(bare.err).toContain('usage: npm run trials:check -- <study.json | folder of .json files>')
    const missing = run('test/fixtures/ctgov/none-such')
    expect(missing.out).toContain('unreadable: test/fixtures/ctgov/none-such: no such file or folder')
    expect(missing.code).toBe(2)
  })
})
