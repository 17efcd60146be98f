/** The inventory port, its results and the thread-safe in-memory adapter. */
@NullMarked
package dev.bopis.core.inventory;

import org.jspecify.annotations.NullMarked;
