/** The pickup order aggregate, its lifecycle, events and the order storage port. */
@NullMarked
package dev.bopis.core.order;

import org.jspecify.annotations.NullMarked;
