// Package rules is the registry of soc2lint's built-in rules and of the
// SOC 2 pre-audit checklist they give evidence for.
package rules

import (
	_ "embed"
	"fmt"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/aws"
	"github.com/soc2lint/soc2lint/rules/azure"
	"github.com/soc2lint/soc2lint/rules/gcp"
)

// All returns every built-in rule, sorted by id, with its remediation
// examples (examples.go).
func All() []*engine.Rule {
	rs := aws.Rules()
	rs = append(rs, azure.Rules()...)
	rs = append(rs, gcp.Rules()...)
	addExamples(rs)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// ChecklistItem is one question of the SOC 2 pre-audit checklist.
type ChecklistItem struct {
	ID       string   `yaml:"id" json:"id"`
	Question string   `yaml:"question" json:"question"`
	Criteria []string `yaml:"criteria" json:"criteria"`
	// Static says how far a static read of the code can answer the item:
	// yes or partial.
	Static string `yaml:"static" json:"static"`
}

// checklistYAML is a copy of the project's shared checklist.yaml; a test
// keeps the two equal.
//
//go:embed checklist.yaml
var checklistYAML []byte

// Checklist returns the checklist items in file order.
func Checklist() ([]ChecklistItem, error) {
	var doc struct {
		Items []ChecklistItem `yaml:"items"`
	}
	if err := yaml.Unmarshal(checklistYAML, &doc); err != nil {
		return nil, fmt.Errorf("embedded checklist.yaml: %w", err)
	}
	return doc.Items, nil
}
