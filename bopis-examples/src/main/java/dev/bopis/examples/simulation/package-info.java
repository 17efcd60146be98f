/**
 * The example program: several days of a retailer's pickup orders on real places, ZIP centroids and
 * baskets, with synthetic hours, stock and store behaviour, driven through the library's public API
 * and summed up in a report.
 */
@NullMarked
package dev.bopis.examples.simulation;

import org.jspecify.annotations.NullMarked;
