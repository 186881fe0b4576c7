"""Import and export of other formats, the sample region and generated plans."""
