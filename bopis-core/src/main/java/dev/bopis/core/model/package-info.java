/**
 * Identifiers and values shared by every part of the pickup flow: stores, SKUs, carts and
 * coordinates.
 */
@NullMarked
package dev.bopis.core.model;

import org.jspecify.annotations.NullMarked;
