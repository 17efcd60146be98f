/**
 * Great-circle distances, a store index for nearest-store search, and the ranking of pickup options
 * and sourcing candidates.
 *
 * <p>Distances are great-circle distances on a sphere of mean radius 6,371.0088 km. The entry
 * points are {@link dev.bopis.geo.GreatCircle}, {@link dev.bopis.geo.StoreIndex}, {@link
 * dev.bopis.geo.PickupOptionsService} for checkout and {@link dev.bopis.geo.NearestStoreFinder} for
 * sourcing. The search and ranking internals are package-private.
 */
@NullMarked
package dev.bopis.geo;

import org.jspecify.annotations.NullMarked;
