/** The port that proposes candidate stores for an order, best first. */
@NullMarked
package dev.bopis.core.sourcing;

import org.jspecify.annotations.NullMarked;
