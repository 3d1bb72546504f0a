// The publishing workflow: which action moves an article from which status, and who may take it.
import type { ArticleStatus } from './model.ts';
import type { Permission } from './roles.ts';

export type WorkflowAction = 'submit' | 'publish' | 'schedule' | 'unschedule' | 'withdraw';

export const WORKFLOW: Record<WorkflowAction, { from: ArticleStatus[]; to: ArticleStatus; permission: Permission }> = {
  submit: { from: ['draft'], to: 'review', permission: 'article:write' },
  publish: { from: ['draft', 'review', 'scheduled'], to: 'published', permission: 'article:publish' },
  schedule: { from: ['draft', 'review'], to: 'scheduled', permission: 'article:publish' },
  unschedule: { from: ['scheduled'], to: 'draft', permission: 'article:publish' },
  withdraw: { from: ['published'], to: 'withdrawn', permission: 'article:publish' },
};

export function isWorkflowAction(value: string): value is WorkflowAction {
  return Object.hasOwn(WORKFLOW, value);
}

export function actionsFrom(status: string): WorkflowAction[] {
  return (Object.keys(WORKFLOW) as WorkflowAction[]).filter((a) => WORKFLOW[a].from.includes(status as ArticleStatus));
}
