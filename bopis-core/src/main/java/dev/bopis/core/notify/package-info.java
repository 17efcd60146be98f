/** Customer and store notifications and the port that delivers them. */
@NullMarked
package dev.bopis.core.notify;

import org.jspecify.annotations.NullMarked;
