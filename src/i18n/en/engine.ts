/** English messages: engine. Keys must match ../zh-CN/engine.ts (checked by the compiler and a test). */
export const engine = {
  'engine.unresolved.runtimeValue':
    '{api} is called with a URL that is only known at run time ({expression}); check by hand that its domain is in the list.',
  'engine.unresolved.extConfig':
    "{api} takes its URL from the third-party platform's ext.json ({expression}), which is not in this repository.",
  'engine.unresolved.unknownImport':
    '{api} uses a URL imported from a module outside the project or not found ({expression}).',
  'engine.unresolved.tooComplex':
    'The URL of {api} is built in a way too complex to follow ({expression}); check its domain by hand.',
  'engine.skipped.tooLarge': '{file} was not scanned: it is larger than the size limit ({detail}).',
  'engine.skipped.minified': '{file} was not scanned: it looks like a minified bundle ({detail}).',
  'engine.skipped.binary': '{file} was not scanned: it is not a text file ({detail}).',
  'engine.skipped.unreadable': '{file} could not be read ({detail}).',
  'engine.skipped.parseError': '{file} could not be parsed, so it was not scanned ({detail}).',
} as const satisfies Record<string, string>;
