import type { Endpoint } from '../../model/endpoint.js';
import type { Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/** Endpoint rules, one per file; the order here is the order findings are reported in. */
export const endpointRules: readonly Rule<Endpoint, EndpointRuleContext>[] = [];
