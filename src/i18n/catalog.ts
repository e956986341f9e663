import { cli as enCli } from './en/cli.js';
import { core as enCore } from './en/core.js';
import { demo as enDemo } from './en/demo.js';
import { engine as enEngine } from './en/engine.js';
import { github as enGithub } from './en/github.js';
import { probe as enProbe } from './en/probe.js';
import { report as enReport } from './en/report.js';
import { rulesEndpoint as enRulesEndpoint } from './en/rules-endpoint.js';
import { rulesTls as enRulesTls } from './en/rules-tls.js';
import { watch as enWatch } from './en/watch.js';
import { whitelist as enWhitelist } from './en/whitelist.js';
import { cli as zhCli } from './zh-CN/cli.js';
import { core as zhCore } from './zh-CN/core.js';
import { demo as zhDemo } from './zh-CN/demo.js';
import { engine as zhEngine } from './zh-CN/engine.js';
import { github as zhGithub } from './zh-CN/github.js';
import { probe as zhProbe } from './zh-CN/probe.js';
import { report as zhReport } from './zh-CN/report.js';
import { rulesEndpoint as zhRulesEndpoint } from './zh-CN/rules-endpoint.js';
import { rulesTls as zhRulesTls } from './zh-CN/rules-tls.js';
import { watch as zhWatch } from './zh-CN/watch.js';
import { whitelist as zhWhitelist } from './zh-CN/whitelist.js';
import type { Lang } from './types.js';

/** The English catalog: every message key the program can print. */
export const enCatalog = {
  ...enCore,
  ...enCli,
  ...enEngine,
  ...enWhitelist,
  ...enRulesEndpoint,
  ...enRulesTls,
  ...enProbe,
  ...enReport,
  ...enGithub,
  ...enWatch,
  ...enDemo,
};

export type MessageKey = keyof typeof enCatalog;

/** The Simplified Chinese catalog; the compiler holds it to the same keys, a test to the same placeholders. */
export const zhCatalog: Record<MessageKey, string> = {
  ...zhCore,
  ...zhCli,
  ...zhEngine,
  ...zhWhitelist,
  ...zhRulesEndpoint,
  ...zhRulesTls,
  ...zhProbe,
  ...zhReport,
  ...zhGithub,
  ...zhWatch,
  ...zhDemo,
};

export const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: enCatalog,
  'zh-CN': zhCatalog,
};
