// Requests: repeated user actions against the in-memory Transmit; each action must reach it once.

const PHONE_DIGITS = '2133734253'
const CODE_FIELD = 'input[autocomplete="one-time-code"]'
const SUBMIT = 'form button[type="submit"]'

async function open(context, origin, query) {
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  await page.goto(`${origin}/prod/requests.html?${query}`)
  await page.waitForFunction(() => typeof window.__requests?.counts === 'function')
  return page
}

/** Types the number into the phone step and clicks Send once, then waits for the code step. */
async function reachCodeStep(page) {
  await page.click('input[type="tel"]')
  await page.keyboard.type(PHONE_DIGITS)
  await page.click(SUBMIT)
  await page.waitForSelector(CODE_FIELD)
}

/** Waits long enough for every answer of the mock (latency 150 ms) to come back. */
async function counts(page) {
  await page.evaluate(() => window.__probe.sleep(400))
  return page.evaluate(() => window.__requests.counts())
}

const SCENARIOS = [
  {
    id: 'doubleClickSend',
    label: 'double-click Send (mock answers in 150 ms)',
    query: 'latency=150',
    expect: { send: 1, validate: 0 },
    async act(page) {
      await page.click('input[type="tel"]')
      await page.keyboard.type(PHONE_DIGITS)
      await page.dblclick(SUBMIT)
      await page.waitForSelector(CODE_FIELD)
    },
  },
  {
    id: 'doubleClickSendInstant',
    label: 'double-click Send (mock answers at once)',
    query: 'latency=0',
    expect: { send: 1, validate: 0 },
    async act(page) {
      await page.click('input[type="tel"]')
      await page.keyboard.type(PHONE_DIGITS)
      await page.dblclick(SUBMIT)
      await page.waitForSelector(CODE_FIELD)
    },
  },
  {
    id: 'doubleAutofillOneTask',
    label: 'double autofill of the code, one task (autoSubmit)',
    query: 'latency=150&autoSubmit=1',
    expect: { send: 1, validate: 1 },
    async act(page) {
      await reachCodeStep(page)
      const code = await page.evaluate(() => window.__requests.code())
      await page.evaluate((value) => window.__requests.autofill([value, value], false), code)
    },
  },
  {
    id: 'doubleAutofillTwoTasks',
    label: 'double autofill of the code, two tasks (autoSubmit)',
    query: 'latency=150&autoSubmit=1',
    expect: { send: 1, validate: 1 },
    async act(page) {
      await reachCodeStep(page)
      const code = await page.evaluate(() => window.__requests.code())
      await page.evaluate((value) => window.__requests.autofill([value, value], true), code)
    },
  },
  {
    id: 'doubleInsertText',
    label: 'whole code inserted twice by the browser (Input.insertText, autoSubmit)',
    query: 'latency=150&autoSubmit=1',
    expect: { send: 1, validate: 1 },
    async act(page) {
      await reachCodeStep(page)
      const code = await page.evaluate(() => window.__requests.code())
      await page.focus(CODE_FIELD)
      await page.keyboard.insertText(code)
      await page.keyboard.insertText(code)
    },
  },
  {
    id: 'doubleSetCode',
    label: 'two setCode calls with the whole code (useVerifyPhone, autoSubmit)',
    query: 'latency=150&autoSubmit=1&hook=1',
    expect: { send: 1, validate: 1 },
    async act(page) {
      await page.evaluate(() => window.__requests.sendCode('+12133734253'))
      await page.waitForFunction(() => window.__requests.status() === 'awaitingCode')
      const code = await page.evaluate(() => window.__requests.code())
      await page.evaluate((value) => window.__requests.setCodes([value, value]), code)
    },
  },
  {
    id: 'doubleClickVerify',
    label: 'double-click Verify (autoSubmit off)',
    query: 'latency=150',
    expect: { send: 1, validate: 1 },
    async act(page) {
      await reachCodeStep(page)
      const code = await page.evaluate(() => window.__requests.code())
      await page.focus(CODE_FIELD)
      await page.keyboard.type(code)
      await page.dblclick(SUBMIT)
    },
  },
]

/** Runs every scenario in a fresh page and compares the requests the mock saw with what one action should make. */
export async function runRequests({ context, origin }) {
  const results = []
  for (const scenario of SCENARIOS) {
    const page = await open(context, origin, scenario.query)
    let error
    try {
      await scenario.act(page)
    } catch (caught) {
      error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught)
    }
    const seen = await counts(page)
    const status = await page.evaluate(() => window.__requests.status())
    await page.close()
    results.push({
      id: scenario.id,
      label: scenario.label,
      expected: scenario.expect,
      send: seen.send,
      validate: seen.validate,
      outcomes: seen.outcomes,
      finalStatus: status,
      error,
      ok: error === undefined && seen.send === scenario.expect.send && seen.validate === scenario.expect.validate,
    })
  }
  return results
}
