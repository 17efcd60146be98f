/**
 * The bundled sample of real public data (store sites, ZIP centroids, order lines and products),
 * its loader {@link dev.bopis.examples.data.SampleData}, and the program {@link
 * dev.bopis.examples.data.DeriveSample} that derives it from the raw GeoNames, US Census and
 * Superstore files.
 */
@NullMarked
package dev.bopis.examples.data;

import org.jspecify.annotations.NullMarked;
