package dev.bopis.core.service;

/**
 * What one run of {@link PickupService#runDue()} did.
 *
 * @param ordersVisited orders looked at because something was due
 * @param acknowledgementTimeouts routings that were not acknowledged in time and moved on
 * @param remindersSent pickup reminders issued
 * @param expired orders whose hold window ended
 * @param stockSettled orders whose pending inventory effects were applied
 * @param notificationsDelivered notifications delivered
 * @param notificationsFailed delivery attempts that failed and were scheduled again
 */
public record SchedulerRun(
    int ordersVisited,
    int acknowledgementTimeouts,
    int remindersSent,
    int expired,
    int stockSettled,
    int notificationsDelivered,
    int notificationsFailed) {}
