/**
 * JMH benchmarks of the pickup-options query and of sourcing with reservation, each beside a
 * brute-force baseline that measures the distance to every store and sorts them all.
 *
 * <p>The store networks are synthetic: the 2,000 bundled US places, each repeated with random
 * offsets to reach the store count. {@code docs/benchmarks.md} gives the command and the results.
 */
@NullMarked
package dev.bopis.examples.bench;

import org.jspecify.annotations.NullMarked;
