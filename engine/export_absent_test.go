package engine

// SetAbsentSkip turns the skipping of rules on roots without their types
// (absent.go) on or off, for tests that compare the two; it returns the
// setting before.
func SetAbsentSkip(on bool) bool {
	was := !noAbsentSkip
	noAbsentSkip = !on
	return was
}
