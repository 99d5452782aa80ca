package engine

// Whole returns cfg set to check the graph of every root at once, as the
// scan did before checking root by root, for tests that compare the two.
func Whole(cfg Config) Config {
	cfg.whole = true
	return cfg
}
