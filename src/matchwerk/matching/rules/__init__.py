"""The matching rules: vocabulary, profiles, the six components and the score. Pure: no I/O."""
