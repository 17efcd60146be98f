/**
 * An HTTP example of the pickup flow on the JDK's built-in server: pickup options, placement,
 * status updates and order lookup as JSON over loopback.
 */
@NullMarked
package dev.bopis.examples.http;

import org.jspecify.annotations.NullMarked;
