package dev.bopis.geo;

/**
 * An immutable grid of points in latitude/longitude cells, stored cell by cell.
 *
 * <p>The points are sorted by cell, rows of latitude first, so the points of several neighbouring
 * cells in one row form one contiguous range of positions. {@link #cellStart} holds, for each cell
 * in row-major order, the position of its first point. A point's position is its ordinal.
 *
 * <p>The grid only finds which positions may lie within a radius: {@link #rangesWithin} returns
 * ranges of positions that cover every point within the radius, and the caller does the exact
 * distance test. Thread-safe, because nothing changes after construction.
 */
final class LatLonGrid {

  /** Smallest cell edge, in degrees: 1/8 degree gives 2,880 x 1,440 cells, 16.6 MB of offsets. */
  static final double MIN_CELL_DEGREES = 0.125;

  /** Largest cell edge in degrees. */
  static final double MAX_CELL_DEGREES = 4.0;

  /** Margin in degrees added to every search bound, far above the rounding error (~1e-13). */
  private static final double MARGIN_DEGREES = 1e-7;

  /** Points per occupied cell that the automatic cell size aims at. */
  private static final double TARGET_POINTS_PER_CELL = 8.0;

  final double cellDegrees;
  final int rows;
  final int columns;
  final int[] cellStart;
  final double[] latitude;
  final double[] longitude;
  final double[] cosLatitude;
  final double[] x;
  final double[] y;
  final double[] z;

  /** Maps a grid position back to the index of the point in the constructor's input. */
  final int[] inputIndex;

  /**
   * Builds the grid over the points {@code (latitudes[i], longitudes[i])}.
   *
   * @param cellDegrees the cell edge in degrees; 180 must be a multiple of it
   */
  LatLonGrid(double[] latitudes, double[] longitudes, double cellDegrees) {
    int count = latitudes.length;
    this.cellDegrees = cellDegrees;
    this.rows = (int) Math.round(180.0 / cellDegrees);
    this.columns = 2 * rows;
    this.cellStart = new int[rows * columns + 1];

    int[] cellOf = new int[count];
    for (int i = 0; i < count; i++) {
      cellOf[i] = cell(latitudes[i], longitudes[i]);
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < rows * columns; c++) {
      cellStart[c + 1] += cellStart[c];
    }

    // Counting sort by cell; equal cells keep input order, so the layout is deterministic.
    int[] next = new int[rows * columns];
    System.arraycopy(cellStart, 0, next, 0, rows * columns);
    this.inputIndex = new int[count];
    for (int i = 0; i < count; i++) {
      inputIndex[next[cellOf[i]]++] = i;
    }

    this.latitude = new double[count];
    this.longitude = new double[count];
    this.cosLatitude = new double[count];
    this.x = new double[count];
    this.y = new double[count];
    this.z = new double[count];
    for (int position = 0; position < count; position++) {
      int i = inputIndex[position];
      latitude[position] = latitudes[i];
      longitude[position] = longitudes[i];
      cosLatitude[position] = Math.cos(Math.toRadians(latitudes[i]));
      double lambda = Math.toRadians(longitudes[i]);
      x[position] = cosLatitude[position] * Math.cos(lambda);
      y[position] = cosLatitude[position] * Math.sin(lambda);
      z[position] = Math.sin(Math.toRadians(latitudes[i]));
    }
  }

  /**
   * Picks a cell edge for {@code count} points spread over the given latitude and longitude extents
   * (degrees), aiming at a few points per occupied cell.
   */
  static double cellDegreesFor(int count, double latitudeExtent, double longitudeExtent) {
    double area = Math.max(1.0, latitudeExtent) * Math.max(1.0, longitudeExtent);
    double edge = Math.sqrt(area * TARGET_POINTS_PER_CELL / Math.max(1, count));
    double cell = MIN_CELL_DEGREES;
    while (cell < MAX_CELL_DEGREES && cell * 2 <= edge) {
      cell *= 2;
    }
    return cell;
  }

  int size() {
    return latitude.length;
  }

  private int cell(double lat, double lon) {
    return row(lat) * columns + column(lon);
  }

  private int row(double lat) {
    int row = (int) Math.floor((lat + 90.0) / cellDegrees);
    return Math.min(rows - 1, Math.max(0, row));
  }

  private int column(double lon) {
    int column = (int) Math.floor((lon + 180.0) / cellDegrees);
    // Longitude 180 is the same meridian as -180; it stays in the last column, which the search
    // reaches from both sides.
    return Math.min(columns - 1, Math.max(0, column));
  }

  /** Returns the size of the array that {@link #rangesWithin} may fill. */
  int maxRangeValues() {
    return 4 * rows;
  }

  /**
   * Writes ranges of positions that together hold every point whose great-circle distance from the
   * centre is at most {@code radiusKm}; the ranges may hold points farther away.
   *
   * <p>The bound is the latitude band {@code lat +- r} and, unless the circle reaches a pole, the
   * longitude band {@code lon +- asin(sin r / cos lat)}, the widest longitude extent of a spherical
   * cap of angular radius {@code r}. The longitude band wraps across the 180th meridian. A circle
   * that reaches a pole covers every longitude.
   *
   * @param ranges receives half-open ranges {@code [from, to)} as pairs of values; at least {@link
   *     #maxRangeValues()} long
   * @return the number of values written, twice the number of ranges
   */
  int rangesWithin(double lat, double lon, double radiusKm, int[] ranges) {
    double angle = radiusKm / GreatCircle.EARTH_RADIUS_KM;
    double angleDegrees = Math.toDegrees(angle) + MARGIN_DEGREES;
    double south = lat - angleDegrees;
    double north = lat + angleDegrees;
    boolean allLongitudes = south <= -90.0 || north >= 90.0;
    double halfWidth = 180.0;
    if (!allLongitudes) {
      double sinExtent = Math.sin(angle) / Math.cos(Math.toRadians(lat));
      if (sinExtent >= 1.0) {
        allLongitudes = true;
      } else {
        halfWidth = Math.toDegrees(Math.asin(sinExtent)) + MARGIN_DEGREES;
        allLongitudes = halfWidth >= 180.0;
      }
    }

    int firstRow = row(south);
    int lastRow = row(north);
    int firstColumn = 0;
    int lastColumn = columns - 1;
    boolean wraps = false;
    if (!allLongitudes) {
      int west = (int) Math.floor((lon - halfWidth + 180.0) / cellDegrees);
      int east = (int) Math.floor((lon + halfWidth + 180.0) / cellDegrees);
      if (east - west + 1 < columns) {
        firstColumn = Math.floorMod(west, columns);
        lastColumn = Math.floorMod(east, columns);
        wraps = firstColumn > lastColumn;
      }
    }

    int written = 0;
    for (int row = firstRow; row <= lastRow; row++) {
      int rowBase = row * columns;
      if (!wraps) {
        written = range(rowBase + firstColumn, rowBase + lastColumn, ranges, written);
      } else {
        // The band crosses the 180th meridian: the east end of the row, then its west end.
        written = range(rowBase + firstColumn, rowBase + columns - 1, ranges, written);
        written = range(rowBase, rowBase + lastColumn, ranges, written);
      }
    }
    return written;
  }

  private int range(int firstCell, int lastCell, int[] ranges, int written) {
    int from = cellStart[firstCell];
    int to = cellStart[lastCell + 1];
    if (from == to) {
      return written;
    }
    if (written > 0 && ranges[written - 1] == from) {
      // Adjacent rows covering whole rows join into one range.
      ranges[written - 1] = to;
      return written;
    }
    ranges[written] = from;
    ranges[written + 1] = to;
    return written + 2;
  }
}
