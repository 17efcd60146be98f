module.exports = [
  {"latitude":42.062009,"longitude":-72.625724,"zipCode":"01001"},
  {"latitude":40.75065,"longitude":-73.997293,"zipCode":"10001"},
  {"latitude":41.0,"longitude":-87.0,"zipCode":"60601"},
  {"latitude":39.75,"longitude":-105,"zipCode":"80202"}
]
