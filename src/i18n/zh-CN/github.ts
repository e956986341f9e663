import type { github as en } from '../en/github.js';

/** 简体中文消息：github（拉取请求机器人、输入与降级处理）。键与 ../en/github.ts 一致。 */
export const github: Record<keyof typeof en, string> = {
  'github.summary.title': 'mp-domain-guard：小程序域名检查',
  'github.summary.allGood': '一切正常：本拉取请求没有引入域名或证书问题，也不需要修改后台域名列表。',
  'github.summary.counts': '{errors} 个错误，{warnings} 个警告，{notices} 个提示',
  'github.summary.consoleCount': '需要修改 {count} 条后台域名',
  'github.summary.footer': '已检查提交 {sha}（mp-domain-guard {version}）；每次推送都会更新本评论。',
  'github.summary.runLink': '工作流运行',
  'github.required.heading': '需要更新的后台服务器域名',
  'github.required.none': '本拉取请求不需要修改任何后台域名列表。',
  'github.required.intro':
    '发布这段代码之前，请在小程序管理后台（开发 → 开发管理 → 开发设置 → 服务器域名）完成以下修改，并同步更新 {file}：',
  'github.required.item': '{action}：{reasons}',
  'github.required.reasonSeparator': '；',
  'github.required.add': '添加 {origin}',
  'github.required.remove': '删除 {origin}',
  'github.required.usedAt': '在 {places} 使用，但不在 {file} 中',
  'github.required.addedToFile': '已在 {place} 加入白名单文件',
  'github.required.unusedNow': '合并本拉取请求后不再使用（白名单位置 {place}）',
  'github.required.removedFromFile': '已从白名单文件删除（原位置 {place}）',
  'github.required.pasteAdd': '可直接粘贴到「{list}」，每行一条：',
  'github.required.pasteRemove': '需要从「{list}」删除：',
  'github.required.apiBodies':
    '同样的修改，写成 modify_domain / setwebviewdomain 接口的请求体（第三方平台使用）',
  'github.tls.heading': 'TLS 与证书',
  'github.tls.none': '本拉取请求没有需要做 TLS 检查的域名。',
  'github.tls.ok': '正常',
  'github.tls.expiring': '{days} 天后过期',
  'github.tls.expired': '已过期 {days} 天',
  'github.tls.unreachable': '无法连接：{reason}',
  'github.budget.heading': '每月后台修改次数',
  'github.budget.used':
    '本月已用 {count} / {limit} 次：自 {since}（UTC）起 {branch} 分支上修改过 {file} 的提交数。',
  'github.budget.atLeast': '至少 {count}',
  'github.budget.noChange': '本拉取请求不需要修改后台域名。',
  'github.budget.thisPr': '合并本拉取请求将再用一次后台修改（{next} / {limit}）。',
  'github.budget.over':
    '本拉取请求将超出每月修改上限：{next} / {limit} 次。请把域名修改合并成更少的提交，或等到下个月。',
  'github.budget.unknown': '无法统计本月修改次数（每月上限 {limit} 次）：{reason}。',
  'github.findings.heading': '问题（共 {count} 个：{errors} 个错误，{warnings} 个警告，{notices} 个提示）',
  'github.findings.inlineLegend': '💬 表示该问题已在改动行上发表行内评论。',
  'github.notes.heading': '说明',
  'github.notes.truncated': 'GitHub 最多只列出拉取请求的 3000 个文件，超出部分未检查。',
  'github.notes.unknownDiff':
    '有 {count} 个改动文件 GitHub 没有提供差异（二进制、文件过大或超出补丁上限）。这些文件已在头部提交上整体扫描，发现的问题只在这里列出：{files}',
  'github.notes.unresolved': '有 {count} 处调用的 URL 只有运行时才能确定，请人工检查：',
  'github.notes.skipped': '有 {count} 个文件没有读取：',
  'github.table.domain': '域名',
  'github.table.lists': '列表',
  'github.table.verdict': '结论',
  'github.table.issuer': '签发者',
  'github.table.expires': '到期日',
  'github.table.daysLeft': '剩余天数',
  'github.table.severity': '级别',
  'github.table.rule': '规则',
  'github.table.where': '位置',
  'github.table.message': '说明',
  'github.more.count': '另有 {count} 项',
  'github.more.jobSummary': '另有 {count} 项：完整列表见工作流运行的任务摘要（job summary）',
  'github.body.clamped': '……为了不超过 GitHub 评论长度上限，内容已截断；完整内容见任务摘要。',
  'github.review.intro': '改动行上有 {count} 个新问题，已逐行评论。',
  'github.review.overflow': '改动行上还有 {count} 个问题（每个拉取请求最多 {max} 条行内评论）',
  'github.review.seeSummary': '汇总评论列出了所有问题，以及本拉取请求需要的后台域名修改。',
  'github.comment.list': '后台列表：{list}',
  'github.comment.fix': '修复方法：{fix}',
  'github.fallback.denied':
    'mp-domain-guard 无法写入拉取请求（{detail}）。令牌是只读的（来自复刻仓库的拉取请求就是这样），因此结果改为写入任务摘要和注解。如需在复刻仓库的拉取请求上评论，请在 pull_request_target 事件上运行，且不要检出拉取请求的代码（见 README）。',
  'github.fallback.fork':
    '本拉取请求来自复刻仓库，pull_request 运行的令牌是只读的：结果写入任务摘要和注解，而不是拉取请求评论。如需评论，请在 pull_request_target 事件上运行，且不要检出拉取请求的代码（见 README）。',
  'github.fallback.failed': 'mp-domain-guard 无法发布到拉取请求（{detail}）；结果见任务摘要和注解。',
  'github.review.rejected': 'GitHub 拒绝了行内评论（{detail}）；这些问题改为列在审查正文中。',
  'github.annotations.more':
    '还有 {count} 个问题没有显示为注解（GitHub 每个步骤每种类型最多显示 10 条）；请查看任务摘要。',
  'github.budget.failed': '无法列出提交（{detail}）',
  'github.files.truncated': '本拉取请求改动的文件超过 3000 个，GitHub 只列出前 3000 个。',
  'github.unknownDiff.read':
    '{file}：GitHub 没有提供该文件的差异；将在头部提交上整体读取，问题只在汇总中报告。',
  'github.input.choice': '输入“{input}”必须是 {choices} 之一；实际为“{value}”。',
  'github.input.integer': '输入“{input}”必须是 {min} 到 {max} 之间的整数；实际为“{value}”。',
  'github.input.boolean': '输入“{input}”必须是 true 或 false；实际为“{value}”。',
  'github.input.resolve':
    '输入“resolve”第 {line} 行：格式应为 HOST:PORT:ADDRESS（与 curl --resolve 相同，例如 api.example.com:443:127.0.0.1）；实际为“{value}”。',
  'github.input.path': '输入“{input}”必须是仓库内的路径，不能含有“..”或以“/”开头；实际为“{value}”。',
  'github.input.caFile': '输入“ca-file”：无法读取 {path}（{detail}）。',
  'github.input.caFilePem': '输入“ca-file”：{path} 中没有 PEM 证书（“-----BEGIN CERTIFICATE-----”）。',
  'github.input.token': '输入“github-token”为空；默认值是 ${{ github.token }}。',
  'github.event.unsupported':
    'mp-domain-guard 在 pull_request、pull_request_target、schedule 和 workflow_dispatch 事件上运行；本次运行是“{event}”事件。可以把输入“mode”设为 pull-request 或 schedule 来明确选择。',
  'github.event.noPullRequest':
    '“pull-request”模式需要 pull_request 或 pull_request_target 事件的数据；本次“{event}”事件中没有拉取请求。',
  'github.event.unreadable': '无法读取 GITHUB_EVENT_PATH 指向的事件数据（{detail}）。',
  'github.event.noRepository': 'GITHUB_REPOSITORY 应为 owner/name 形式；实际为“{value}”。',
  'github.mode.unavailable': '此版本的 mp-domain-guard 不包含“{mode}”模式。',
  'github.status.failed': '有 {count} 个问题达到失败级别“{level}”。',
  // README 表格：输入与输出的说明。
  'github.doc.input.github-token':
    '调用 GitHub API 的令牌。默认的 GITHUB_TOKEN 需要 `pull-requests: write` 才能发表评论；令牌只读时（来自复刻仓库的拉取请求），结果改为写入任务摘要和注解。',
  'github.doc.input.whitelist': '白名单文件在仓库中的相对路径，它是后台域名列表的镜像。',
  'github.doc.input.include': '即使默认会跳过（node_modules、dist、测试）也要读取的文件，每行一个 glob。',
  'github.doc.input.exclude': '永远不读取的文件，每行一个 glob；优先于 `include`。',
  'github.doc.input.probe': '连接改动引入的域名，检查 TLS 与证书（`true` 或 `false`）。',
  'github.doc.input.filter-mode':
    '`added`：只报告改动行引入的问题。`file`：报告改动文件中的任何问题。不在差异范围内的问题写入汇总评论，不会发行内评论。',
  'github.doc.input.fail-level': '使步骤失败的最低级别：`error`、`warning`、`notice` 或 `none`。',
  'github.doc.input.language': '评论、汇总和注解的语言：`en` 或 `zh-CN`。',
  'github.doc.input.expiry-warning-days': '证书在这么多天内过期时报告。',
  'github.doc.input.monthly-change-limit':
    '每个自然月允许的后台修改次数；拉取请求将超出时汇总会给出警告（0 表示不检查）。',
  'github.doc.input.max-inline-comments':
    '机器人在一个拉取请求上最多保留的行内评论数；其余列在审查正文和汇总中（0 表示只发汇总）。',
  'github.doc.input.resolve':
    '`HOST:PORT:ADDRESS` 行（与 curl --resolve 相同），在指定地址上探测域名，例如预发布服务器。',
  'github.doc.input.ca-file': '探测时额外信任的 CA 证书 PEM 文件路径（例如预发布环境的 CA）。',
  'github.doc.input.rules-exclude': '不运行的规则 id 或来源（例如 `Apple`），用逗号或换行分隔。',
  'github.doc.input.mode':
    '`auto` 按事件选择（pull_request/pull_request_target → pull-request；schedule/workflow_dispatch → schedule），也可以明确指定 `pull-request` 或 `schedule`。',
  'github.doc.output.status': '没有问题达到 `fail-level` 时为 `success`，否则为 `failure`。',
  'github.doc.output.findings-count': '报告中的问题数量。',
  'github.doc.output.required-updates':
    '需要的后台修改，JSON 格式：`{"add":[{"list","origin"}],"remove":[{"list","origin"}]}`。',
  'github.doc.output.report-json': '完整报告（JSON）的路径。',
  'github.doc.output.sarif-file': 'SARIF 2.1.0 格式报告的路径，供 github/codeql-action/upload-sarif 使用。',
  'github.doc.output.earliest-expiry': '定时模式：白名单域名中最早的证书到期日（ISO 日期）。',
  'github.doc.output.earliest-expiry-days': '定时模式：距离该到期日的天数（已过期时为负数）。',
  'github.doc.output.failing-count':
    '定时模式：违反 `fail-level` 及以上规则，或在 `expiry-warning-days` 内过期的域名数量。',
  'github.doc.output.issue-url': '定时模式：跟踪议题的地址（本次打开、更新、重新打开或关闭了议题时）。',
  'github.env.notUrl': '{name} 不是 URL：{value}',
  'github.env.notHttp': '{name} 必须是 http(s) URL；实际为 {value}',
};
