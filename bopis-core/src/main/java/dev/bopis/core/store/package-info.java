/** Pickup locations and the directory port that looks them up. */
@NullMarked
package dev.bopis.core.store;

import org.jspecify.annotations.NullMarked;
