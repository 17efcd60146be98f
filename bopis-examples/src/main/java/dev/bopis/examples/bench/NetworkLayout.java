package dev.bopis.examples.bench;

/** Layout of the stores of a benchmark network, a benchmark parameter. */
public enum NetworkLayout {
  /** Uniformly spread over the bounding box of the contiguous United States. */
  US_BOX,
  /** Clustered around the 2,000 bundled US places. */
  TOWNS
}
