package dev.bopis.examples.bench;

/** Where the stores of a benchmark network are; a benchmark parameter. */
public enum NetworkLayout {
  /** Uniformly spread over the bounding box of the contiguous United States. */
  US_BOX,
  /** Clustered around the 2,000 bundled US places. */
  TOWNS
}
