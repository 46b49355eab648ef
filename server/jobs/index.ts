import { forgetEndedSharedState } from './forget-ended-shared-state.js';
import type { Job } from './job.js';
import { notifyPlanningMilestones } from './notify-planning-milestones.js';
import { remindCheckIns } from './remind-check-ins.js';
import { remindReplies } from './remind-replies.js';
import { sendDailySummaries } from './send-daily-summaries.js';
import { sendWeeklyDigests } from './send-weekly-digests.js';
import { trackFindings } from './track-findings.js';

export type { Job, JobScope } from './job.js';
export { createScheduler, type JobRun, type Scheduler } from './scheduler.js';

/** Every time-based job, in the order a pass runs them. */
export const JOBS: readonly Job[] = [
  { name: 'notify-planning-milestones', run: notifyPlanningMilestones },
  { name: 'remind-check-ins', run: remindCheckIns },
  { name: 'remind-replies', run: remindReplies },
  { name: 'forget-ended-shared-state', run: forgetEndedSharedState },
  { name: 'track-findings', run: trackFindings },
  { name: 'send-daily-summaries', run: sendDailySummaries },
  { name: 'send-weekly-digests', run: sendWeeklyDigests },
];
