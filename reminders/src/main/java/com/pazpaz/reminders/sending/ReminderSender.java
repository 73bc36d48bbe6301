package com.pazpaz.reminders.sending;

import com.pazpaz.reminders.queue.ReminderQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender loop: every poll interval it works through the due reminders, each in a transaction of its own that
 * holds the reminder's row lock ({@code FOR UPDATE SKIP LOCKED}) from the claim until its outcome is written. So two
 * instances never send the same reminder, and an outcome, once committed, is final.
 */
@Component
public class ReminderSender {

    /** At most this many reminders per poll, so that a backlog does not hold the scheduler thread for long. */
    private static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderQueue queue;
    private final ReminderDelivery delivery;
    private final TransactionTemplate transactions;

    ReminderSender(ReminderQueue queue, ReminderDelivery delivery, TransactionTemplate transactions) {
        this.queue = queue;
        this.delivery = delivery;
        this.transactions = transactions;
    }

    /** Sends what is due now; returns how many reminders got an outcome or a new attempt. */
    @Scheduled(fixedDelayString = "${pazpaz.reminders.poll-interval:PT1S}")
    public int sendDue() {
        int handled = 0;
        try {
            while (handled < BATCH && sendNext()) {
                handled++;
            }
        } catch (DataAccessException e) {
            // the database is away: the reminders stay pending and the next poll tries again
            log.warn("Reminder sending paused: {}", e.getClass().getSimpleName());
        }
        return handled;
    }

    private boolean sendNext() {
        return Boolean.TRUE.equals(transactions.execute(status -> queue.lockNextDue()
                .map(reminder -> {
                    delivery.deliver(reminder);
                    return true;
                })
                .orElse(false)));
    }
}
