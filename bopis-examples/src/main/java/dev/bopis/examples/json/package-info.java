/**
 * The JSON contract of the library for an order-management system: commands, status updates,
 * events, order snapshots and pickup options, plus mappers from BigCommerce-style documents.
 *
 * <p>Every reader reports a bad document as one {@link
 * dev.bopis.examples.json.JsonContractException} naming the JSON path and the value, and builds
 * nothing in that case.
 */
@NullMarked
package dev.bopis.examples.json;

import org.jspecify.annotations.NullMarked;
