/**
 * The entry points an order-management system calls: placement, store and customer steps, and the
 * scheduler.
 */
@NullMarked
package dev.bopis.core.service;

import org.jspecify.annotations.NullMarked;
