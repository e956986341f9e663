/** English messages: github (the pull-request bot, its inputs and its fallbacks). Keys match ../zh-CN/github.ts. */
export const github = {
  // Summary comment and job summary
  'github.summary.title': 'mp-domain-guard: mini program domains',
  'github.summary.allGood':
    'All good: this pull request introduces no domain or certificate problem, and no console list needs a change.',
  'github.summary.counts':
    '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {notices} {notices|notice|notices}',
  'github.summary.consoleCount': '{count} console {count|entry|entries} to change',
  'github.summary.footer':
    'Checked commit {sha} with mp-domain-guard {version}; this comment is updated on every push.',
  'github.summary.runLink': 'workflow run',
  'github.required.heading': 'Required backend domain updates',
  'github.required.none': 'No console list needs a change for this pull request.',
  'github.required.intro':
    'Make these changes in the mini program console (Development → Development settings → Server domains) before this code is released, and keep {file} in step:',
  'github.required.item': '{action}: {reasons}',
  'github.required.reasonSeparator': '; ',
  'github.required.add': 'add {origin}',
  'github.required.remove': 'remove {origin}',
  'github.required.usedAt': 'used at {places}, not in {file}',
  'github.required.addedToFile': 'added to the whitelist at {place}',
  'github.required.unusedNow': 'no longer used after this pull request (listed at {place})',
  'github.required.removedFromFile': 'removed from the whitelist (was at {place})',
  'github.required.pasteAdd': 'Ready to paste into {list}, one entry per line:',
  'github.required.pasteRemove': 'To remove from {list}:',
  'github.required.apiBodies':
    'The same changes as modify_domain / setwebviewdomain request bodies (third-party platforms)',
  'github.tls.heading': 'TLS and certificates',
  'github.tls.none': 'No domain of this pull request needed a TLS check.',
  'github.tls.ok': 'OK',
  'github.tls.expiring': 'expires in {days} days',
  'github.tls.expired': 'expired {days} days ago',
  'github.tls.unreachable': 'unreachable: {reason}',
  'github.budget.heading': 'Monthly console change budget',
  'github.budget.used':
    '{count} of {limit} changes used this month: commits on {branch} that changed {file} since {since} (UTC).',
  'github.budget.atLeast': 'at least {count}',
  'github.budget.noChange': 'This pull request needs no console change.',
  'github.budget.thisPr': 'Merging this pull request uses one more console change ({next} of {limit}).',
  'github.budget.over':
    'This pull request would go over the monthly limit: {next} of {limit} console changes. Batch domain changes into fewer submissions, or wait for next month.',
  'github.budget.unknown': 'The change budget (limit {limit} per month) could not be counted: {reason}.',
  'github.findings.heading':
    'Findings ({count}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {notices} {notices|notice|notices})',
  'github.findings.inlineLegend': '💬 marks findings that have an inline comment on the changed line.',
  'github.notes.heading': 'Notes',
  'github.notes.truncated':
    'GitHub lists at most 3,000 files of a pull request; files beyond that were not checked.',
  'github.notes.unknownDiff':
    '{count} changed files came without a diff from GitHub (binary, too large, or past its patch limit). They were scanned whole at the head commit and their findings are listed here only: {files}',
  'github.notes.unresolved': '{count} calls use a URL that is only known at run time; check them by hand:',
  'github.notes.skipped': '{count} files were not read:',
  'github.table.domain': 'Domain',
  'github.table.lists': 'Lists',
  'github.table.verdict': 'Verdict',
  'github.table.issuer': 'Issuer',
  'github.table.expires': 'Expires',
  'github.table.daysLeft': 'Days left',
  'github.table.severity': 'Severity',
  'github.table.rule': 'Rule',
  'github.table.where': 'Where',
  'github.table.message': 'Message',
  'github.more.count': 'and {count} more',
  'github.more.jobSummary': 'and {count} more: the full list is in the job summary of the workflow run',
  'github.body.clamped': '… cut to stay within GitHub’s comment size limit; the job summary has everything.',
  // Review and inline comments
  'github.review.intro':
    '{count} new {count|problem|problems} on the changed lines {count|is|are} commented inline.',
  'github.review.overflow':
    '{count} more problems on changed lines (at most {max} inline comments per pull request)',
  'github.review.seeSummary':
    'The summary comment lists every finding and the console changes this pull request needs.',
  'github.comment.list': 'console list: {list}',
  'github.comment.fix': 'How to fix: {fix}',
  // Fallbacks and warnings
  'github.fallback.denied':
    'mp-domain-guard could not write to the pull request ({detail}). The token is read-only, as it is for pull requests from forks, so the results are in the job summary and in annotations instead. For comments on fork pull requests, run it on pull_request_target without checking out the pull request code (see the README).',
  'github.fallback.fork':
    'This pull request comes from a fork, so the token of a pull_request run is read-only: the results are in the job summary and in annotations instead of PR comments. For comments, run it on pull_request_target without checking out the pull request code (see the README).',
  'github.fallback.failed':
    'mp-domain-guard could not publish to the pull request ({detail}); the results are in the job summary and annotations.',
  'github.review.rejected':
    'GitHub rejected the inline comments ({detail}); they are listed in the review body instead.',
  'github.annotations.more':
    '{count} more findings are not shown as annotations (GitHub shows at most 10 of each type per step); see the job summary.',
  'github.budget.failed': 'could not list commits ({detail})',
  'github.files.truncated':
    'The pull request has more than 3,000 changed files; GitHub lists only the first 3,000.',
  'github.unknownDiff.read':
    '{file}: GitHub sent no diff for this file; it is read whole at the head commit and reported in the summary only.',
  // Inputs, events and modes
  'github.input.choice': 'Input "{input}" must be one of {choices}; got "{value}".',
  'github.input.integer': 'Input "{input}" must be a whole number from {min} to {max}; got "{value}".',
  'github.input.boolean': 'Input "{input}" must be true or false; got "{value}".',
  'github.input.resolve':
    'Input "resolve", line {line}: expected HOST:PORT:ADDRESS (as in curl --resolve, e.g. api.example.com:443:127.0.0.1); got "{value}".',
  'github.input.path':
    'Input "{input}" must be a path inside the repository, without ".." or a leading "/"; got "{value}".',
  'github.input.caFile': 'Input "ca-file": cannot read {path} ({detail}).',
  'github.input.caFilePem':
    'Input "ca-file": {path} holds no PEM certificate ("-----BEGIN CERTIFICATE-----").',
  'github.input.token': 'Input "github-token" is empty; the default is ${{ github.token }}.',
  'github.event.unsupported':
    'mp-domain-guard runs on pull_request, pull_request_target, schedule and workflow_dispatch events; this run is a "{event}" event. Set the input "mode" to pull-request or schedule to choose explicitly.',
  'github.event.noPullRequest':
    'Mode "pull-request" needs the payload of a pull_request or pull_request_target event; this "{event}" event has no pull request.',
  'github.event.unreadable': 'Cannot read the event payload at GITHUB_EVENT_PATH ({detail}).',
  'github.event.noRepository': 'GITHUB_REPOSITORY is not set to owner/name; got "{value}".',
  'github.mode.unavailable': 'Mode "{mode}" is not part of this build of mp-domain-guard.',
  'github.status.failed': '{count} {count|finding reaches|findings reach} the fail level "{level}".',
  // README tables: the English text is action.yml's (a test keeps them equal).
  'github.doc.input.github-token':
    'Token for the GitHub API. The default GITHUB_TOKEN needs `pull-requests: write` to comment; with a read-only token (pull requests from forks) the results go to the job summary and annotations instead.',
  'github.doc.input.whitelist':
    "Repository-relative path of the whitelist file that mirrors the console's domain lists.",
  'github.doc.input.include':
    'Globs (one per line) of files to read even where the defaults skip them (node_modules, dist, tests).',
  'github.doc.input.exclude': 'Globs (one per line) of files never to read; they win over `include`.',
  'github.doc.input.probe':
    'Connect to the domains a change introduces and check TLS and certificates (`true` or `false`).',
  'github.doc.input.filter-mode':
    '`added`: report what the changed lines introduce. `file`: report anything in the changed files. Findings outside the diff go to the summary comment, never to an inline comment.',
  'github.doc.input.fail-level':
    'The lowest severity that fails the step, `error`, `warning`, `notice` or `none`.',
  'github.doc.input.language': 'Language of comments, summaries and annotations, `en` or `zh-CN`.',
  'github.doc.input.expiry-warning-days': 'Report certificates that expire within this many days.',
  'github.doc.input.monthly-change-limit':
    'Console changes allowed per calendar month; the summary warns when a pull request would go over it (0 turns the check off).',
  'github.doc.input.max-inline-comments':
    'Most inline comments the bot keeps on one pull request; the rest are listed in the review body and the summary (0 for summary only).',
  'github.doc.input.resolve':
    '`HOST:PORT:ADDRESS` lines (as curl --resolve) to probe a domain at a given address, e.g. a staging server.',
  'github.doc.input.ca-file':
    'Path of a PEM file with extra CA certificates to trust when probing (e.g. a staging CA).',
  'github.doc.input.rules-exclude':
    'Rule ids or sources (e.g. `Apple`) not to run, separated by commas or new lines.',
  'github.doc.input.mode':
    '`auto` picks from the event (pull_request/pull_request_target → pull-request; schedule/workflow_dispatch → schedule), or `pull-request` / `schedule` explicitly.',
  'github.doc.output.status': '`success` when no finding reaches `fail-level`, otherwise `failure`.',
  'github.doc.output.findings-count': 'Number of findings in the report.',
  'github.doc.output.required-updates':
    'The console changes, as JSON: `{"add":[{"list","origin"}],"remove":[{"list","origin"}]}`.',
  'github.doc.output.report-json': 'Path of the full report as JSON.',
  'github.doc.output.sarif-file': 'Path of the report as SARIF 2.1.0, for github/codeql-action/upload-sarif.',
  'github.doc.output.earliest-expiry':
    'Schedule mode: ISO date of the earliest certificate expiry among the whitelisted domains.',
  'github.doc.output.earliest-expiry-days':
    'Schedule mode: days until that expiry (negative when already expired).',
  'github.doc.output.failing-count':
    'Schedule mode: domains failing a rule at or above `fail-level` or expiring within `expiry-warning-days`.',
  'github.doc.output.issue-url':
    'Schedule mode: the tracking issue, when one was opened, updated, reopened or closed.',
  'github.env.notUrl': '{name} is not a URL: {value}',
  'github.env.notHttp': '{name} must be an http(s) URL; got {value}',
} as const satisfies Record<string, string>;
