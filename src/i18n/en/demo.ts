/** English messages: demo. Keys must match ../zh-CN/demo.ts (checked by the compiler and a test). */
export const demo = {
  'demo.title': 'mp-domain-guard demo: a pull request to a sample mini program',
  'demo.step.repo': 'Sample mini program written to {dir} (base {base}, head {head}).',
  'demo.step.servers':
    'Local HTTPS servers started with generated certificates: {count} (good, expiring in 10 days, incomplete chain, TLS 1.3 only).',
  'demo.step.github':
    'Fake GitHub listening on {url}; running the action (dist/index.js) as the runner does…',
  'demo.step.done':
    'The action finished in {seconds} s with exit code {code} and made {requests} GitHub API requests.',
  'demo.section.review': 'Review posted on the pull request',
  'demo.section.inline': 'Inline comment on {path} line {line}',
  'demo.section.summary': 'Summary comment',
  'demo.section.outputs': 'Step outputs',
  'demo.none': '(nothing was posted)',
  'demo.cleanup': 'All servers stopped; the sample repository was removed. Total time {seconds} s.',
  'demo.failed': 'The demo could not run: {detail}',
  'demo.needsBundle': 'dist/index.js is missing: run "npm run bundle" first.',
} as const satisfies Record<string, string>;
