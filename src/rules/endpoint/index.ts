import type { Endpoint } from '../../model/endpoint.js';
import type { Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';
import { forbiddenHost } from './forbidden-host.js';
import { hostIsIp } from './host-is-ip.js';
import { hostIsLocalhost } from './host-is-localhost.js';
import { notWhitelisted } from './not-whitelisted.js';
import { portMismatch } from './port-mismatch.js';
import { schemeNotSecure } from './scheme-not-secure.js';
import { wrongList } from './wrong-list.js';

/**
 * Endpoint rules, one per file; the order here is the order findings are reported in. At most one of them
 * fails for an endpoint: see the precedence in src/policy/endpoint-checks.ts.
 */
export const endpointRules: readonly Rule<Endpoint, EndpointRuleContext>[] = [
  schemeNotSecure,
  hostIsLocalhost,
  hostIsIp,
  forbiddenHost,
  portMismatch,
  wrongList,
  notWhitelisted,
];
