/** English messages: watch. Keys must match ../zh-CN/watch.ts (checked by the compiler and a test). */
export const watch = {
  'watch.issue.title': 'Domain certificates need attention (mp-domain-guard)',
  'watch.issue.intro':
    'mp-domain-guard probed the {count} domains of `{whitelist}` on {date}. This issue stays open while a domain fails a check or a certificate expires within {days} days; it is updated on every run and closed when everything is fine.',
  'watch.issue.problemsHeading': 'Problems',
  'watch.issue.domainsHeading': 'All domains, soonest expiry first',
  'watch.issue.since': 'since {date}',
  'watch.issue.noCertificate': 'no certificate',
  'watch.issue.more': '… and {count} more domains (full table in the workflow run summary)',
  'watch.issue.runLink': 'Workflow run: {url}',
  'watch.issue.footer': 'Updated automatically by mp-domain-guard. Do not edit the hidden state at the end.',
  'watch.issue.closed':
    'All {count} domains pass every check again and no certificate expires within {days} days. Closing.',
  'watch.issue.reopened': 'A problem is back; reopening this issue.',
  'watch.summary.healthy': 'All {count} domains are healthy. Earliest expiry: {date} ({days} days).',
  'watch.summary.unhealthy':
    '{problems} problems on {hosts} of {count} domains. Earliest expiry: {date} ({days} days).',
  'watch.summary.noDomains': 'The whitelist has no domain to probe.',
  'watch.readOnly':
    'The token cannot write issues ({detail}); the results are in the job summary and annotations only. Give the workflow `permissions: issues: write`.',
  'watch.issuesDisabled':
    'Issues are disabled in this repository ({detail}); the results are in the job summary only.',
  'watch.log.opened': 'Opened tracking issue #{number}',
  'watch.log.reopened': 'Reopened tracking issue #{number}',
  'watch.log.closed': 'Closed tracking issue #{number}',
} as const satisfies Record<string, string>;
