/**
 * The reference notifier: renders pickup messages from replaceable templates and hands them to SMS,
 * email and store gateways, sending each deduplication key at most once.
 */
@NullMarked
package dev.bopis.examples.notify;

import org.jspecify.annotations.NullMarked;
