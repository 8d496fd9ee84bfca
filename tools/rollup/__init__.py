"""Rolling up: each cell's facts for a period, and every figure of a summary from them."""
