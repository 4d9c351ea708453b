"""Assignment across vacancies (MATCHING.md §5): the exact optimum of a sparse graph, and greedy beside it."""
