/**
 * Test fixtures for the pickup flow, published in the test jar: a settable clock, a notifier that
 * fails on request, recorders for events and stock movements, builders for stores and orders, a
 * wired service, and contract tests that every inventory or order repository adapter can run.
 */
@NullMarked
package dev.bopis.core.testing;

import org.jspecify.annotations.NullMarked;
