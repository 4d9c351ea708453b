"""The in-memory columnar indexes (MATCHING.md §4): a generic store and the two query directions."""
