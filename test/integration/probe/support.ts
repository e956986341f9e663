import type { HostProbeResult } from '../../../src/model/probe-result.js';
import type { ConsoleList } from '../../../src/model/lists.js';
import type { VerifyFile } from '../../../src/model/whitelist.js';
import { probeTargets, type ProbeOptions } from '../../../src/probe/index.js';
import type { HostObservation } from '../../../src/probe/observation.js';
import { fakeLookup, type RunningServer } from '../../helpers/tls/index.js';

export interface ProbeOneOptions extends ProbeOptions {
  readonly lists?: readonly ConsoleList[];
  readonly verifyFile?: VerifyFile;
  /** Map the host to the server with --resolve (default true). */
  readonly mapped?: boolean;
}

/** Probes one local server under a public-looking host name, mapped to 127.0.0.1 like `--resolve` would. */
export async function probeOne(
  server: RunningServer,
  host: string,
  options: ProbeOneOptions = {},
): Promise<{ result: HostProbeResult; observation: HostObservation }> {
  let observation: HostObservation | undefined;
  const { lists, verifyFile, mapped, ...probeOptions } = options;
  const [result] = await probeTargets(
    [
      {
        target: `https://${host}:${server.port}`,
        host,
        port: server.port,
        lists: lists ?? ['request'],
        ...(verifyFile ? { verifyFile } : {}),
      },
    ],
    {
      timeoutMs: 3000,
      lookup: fakeLookup({}),
      ...(mapped === false ? {} : { resolve: new Map([[`${host}:${server.port}`, server.host]]) }),
      ...probeOptions,
      onObservation: (o) => {
        observation = o;
      },
    },
  );
  if (!result || !observation) throw new Error('probeTargets returned nothing');
  return { result, observation };
}

export function ruleIds(result: HostProbeResult): string[] {
  return result.findings.map((f) => f.ruleId).sort();
}

export function messageOf(result: HostProbeResult, ruleId: string): string {
  return result.findings.find((f) => f.ruleId === ruleId)?.message.en ?? '';
}
