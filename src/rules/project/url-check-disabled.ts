import type { UrlCheckDisabled } from '../../model/endpoint.js';
import { localize } from '../../i18n/translate.js';
import { CITATIONS } from '../../platform/citations.js';
import { fail, type Rule } from '../types.js';
import type { ProjectRuleContext } from './context.js';

/**
 * `setting.urlCheck: false` (project.config.json, project.private.config.json, uni-app's manifest.json): the
 * developer tools stop checking domains, so "works in the simulator" proves nothing (platform-rules.md §1.5).
 */
export const urlCheckDisabled: Rule<UrlCheckDisabled, ProjectRuleContext> = {
  meta: {
    id: 'url-check-disabled',
    severity: 'notice',
    subject: 'project',
    source: 'WeChat',
    description: 'rulesEndpoint.urlCheckDisabled.description',
    fix: 'rulesEndpoint.urlCheckDisabled.fix',
    citation: CITATIONS.urlCheck,
  },
  check(setting) {
    return fail(
      localize('rulesEndpoint.urlCheckDisabled.message', { key: setting.key, file: setting.file }),
      setting.key,
    );
  },
};
