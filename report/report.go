// Package report writes scan results for people (text) and programs (JSON).
// SARIF has its own package.
package report

import (
	"github.com/soc2lint/soc2lint/engine"
)

// Counts tallies findings by severity.
type Counts struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
}

// Count tallies fs by severity.
func Count(fs []engine.Finding) Counts {
	var c Counts
	for _, f := range fs {
		switch f.Rule.Severity {
		case engine.Critical:
			c.Critical++
		case engine.High:
			c.High++
		case engine.Medium:
			c.Medium++
		default:
			c.Low++
		}
	}
	return c
}
