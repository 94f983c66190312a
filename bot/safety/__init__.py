"""Safety filters: every output (and every input) passes a chain of filters, failing closed."""
