"""tally's screens and command line: presentation only, on top of `index`."""
