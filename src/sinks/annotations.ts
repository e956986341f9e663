import * as core from '@actions/core';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/translate.js';
import type { Finding } from '../model/finding.js';
import type { Severity } from '../model/severity.js';
import type { Sink, SinkOutcome } from './sink.js';

/** GitHub shows at most 10 error and 10 warning annotations per step (checks/update description). */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationProperties {
  readonly title: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/** The three workflow commands, injectable so tests can record them. */
export interface AnnotationEmitter {
  annotate(severity: Severity, message: string, properties: AnnotationProperties): void;
  info(message: string): void;
}

export const actionsAnnotationEmitter: AnnotationEmitter = {
  annotate(severity, message, properties) {
    const props = { ...properties };
    if (severity === 'error') core.error(message, props);
    else if (severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  },
  info: (message) => core.info(message),
};

export interface AnnotationsInput {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  /** Warning slots already used this step (the fallback warning takes one). */
  readonly reservedWarnings?: number;
}

/**
 * Workflow-command annotations with file and line (`::error file=…,line=…::`): they need no token, so they are
 * the fallback for read-only runs and the place for findings that cannot be commented inline. Beyond GitHub's
 * display cap the rest are counted in the log; the job summary lists them all.
 */
export function annotationsSink(
  emitter: AnnotationEmitter = actionsAnnotationEmitter,
): Sink<AnnotationsInput> {
  return {
    name: 'annotations',
    async publish({ findings, lang, reservedWarnings = 0 }): Promise<SinkOutcome> {
      const used: Record<Severity, number> = { error: 0, warning: reservedWarnings, notice: 0 };
      let hidden = 0;
      for (const finding of findings) {
        if (used[finding.severity] >= ANNOTATIONS_PER_LEVEL) {
          hidden++;
          continue;
        }
        used[finding.severity]++;
        const where =
          finding.file === undefined
            ? `${finding.host ?? ''}${finding.port ? `:${finding.port}` : ''}: `
            : '';
        emitter.annotate(finding.severity, `${where}${finding.message[lang]}`, {
          title: `mp-domain-guard: ${finding.ruleId}`,
          ...(finding.file !== undefined ? { file: finding.file } : {}),
          ...(finding.line !== undefined ? { startLine: finding.line } : {}),
          ...(finding.column !== undefined ? { startColumn: finding.column } : {}),
        });
      }
      if (hidden > 0) emitter.info(t(lang, 'github.annotations.more', { count: hidden }));
      return { sink: 'annotations', status: findings.length > 0 ? 'published' : 'unchanged' };
    },
  };
}
