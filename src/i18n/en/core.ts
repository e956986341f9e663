/** English messages: core. Keys must match ../zh-CN/core.ts (checked by the compiler and a test). */
export const core = {
  'core.ruleCrashed':
    'Rule {rule} failed to run ({detail}); this is a bug in mp-domain-guard, please report it.',
  'core.severity.error': 'error',
  'core.severity.warning': 'warning',
  'core.severity.notice': 'notice',
  'core.list.request': 'request',
  'core.list.uploadFile': 'uploadFile',
  'core.list.downloadFile': 'downloadFile',
  'core.list.socket': 'socket',
  'core.list.udp': 'udp',
  'core.list.tcp': 'tcp',
  'core.list.webview': 'business domain (web-view)',
  'core.configError': 'Configuration error: {detail}',
  'core.unknownRule': 'Unknown rule id "{id}" in {where}. Valid ids: {valid}.',
} as const satisfies Record<string, string>;
