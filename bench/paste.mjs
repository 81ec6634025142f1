// Paste cost: a megabyte pasted into each field (ours and the peers) with a real
// Ctrl+V from the clipboard, main-thread time per paste measured by the same
// probe as typing.
//
// Chromium's own `clipboardData.getData('text/plain')` of a megabyte takes tens
// to hundreds of milliseconds on a busy machine, whoever calls it. It is timed
// apart (the page's `DataTransfer#getData` is wrapped with a timer) and taken out,
// so that "kit" is what the field does with the text once it has it.
import { TYPING_SUBJECTS } from './typing.mjs'

/** The texts pasted, 1 MiB each: the shapes that once made a text function quadratic or slow. */
export const PASTE_TEXTS = {
  newlines: () => `${'\n'.repeat(2 ** 20 - 1)}x`,
  spaces: () => `${' '.repeat(2 ** 20 - 6)}482913`,
  digits: () => '4'.repeat(2 ** 20),
  arabicDigits: () => '٤'.repeat(2 ** 20 / 2),
  smsRepeated: () => 'Your code is 482913. '.repeat(Math.floor(2 ** 20 / 21)),
}

/** Every field of the typing run, on the same pages: the floor, ours and the peers of each kind. */
export const PASTE_SUBJECTS = TYPING_SUBJECTS

function timeGetData() {
  const native = DataTransfer.prototype.getData
  window.__getDataMs = 0
  DataTransfer.prototype.getData = function getData(...args) {
    const start = performance.now()
    try {
      return native.apply(this, args)
    } finally {
      window.__getDataMs += performance.now() - start
    }
  }
}

async function pasteRound(page, text) {
  await page.evaluate(() => window.__bench.reset())
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.evaluate(() => {
    window.__getDataMs = 0
    window.__probe.startRound()
  })
  await page.keyboard.press('ControlOrMeta+V')
  const round = await page.evaluate(() => window.__probe.endRound(60))
  const clipboardMs = await page.evaluate(() => window.__getDataMs)
  // What the field kept, so a field that drops the paste is told from one that handles it fast.
  const kept = await page.evaluate(() => window.__bench.allValues().length)
  const totalMs = round.busyMs.reduce((sum, value) => sum + value, 0)
  return { totalMs, clipboardMs, kitMs: Math.max(0, totalMs - clipboardMs), kept }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Pastes every text into every subject, `warmup + rounds` times, and returns
 * per text the median and worst main-thread milliseconds per paste: all of it,
 * the browser's clipboard read, and the rest ("kit").
 */
export async function runPaste({ context, origin, rounds, warmup, log }) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  const results = {}
  for (const subject of PASTE_SUBJECTS) {
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    await page.goto(`${origin}/prod/${subject.page}.html`)
    await page.waitForFunction(() => typeof window.__bench?.reset === 'function')
    await page.evaluate(timeGetData)
    await page.bringToFront()
    const byText = {}
    for (const [name, make] of Object.entries(PASTE_TEXTS)) {
      const text = make()
      const samples = []
      for (let round = -warmup; round < rounds; round++) {
        const result = await pasteRound(page, text)
        if (round >= 0) samples.push(result)
      }
      const kit = samples.map((s) => s.kitMs)
      byText[name] = {
        totalMs: median(samples.map((s) => s.totalMs)),
        clipboardMs: median(samples.map((s) => s.clipboardMs)),
        kitMs: median(kit),
        kitMaxMs: Math.max(...kit),
        keptChars: median(samples.map((s) => s.kept)),
        rounds: samples.length,
      }
    }
    await page.close()
    results[subject.id] = { label: subject.label, kind: subject.kind, ours: Boolean(subject.ours), floor: Boolean(subject.floor), byText }
    log?.(`  paste: ${subject.label} done`)
  }
  return results
}
