// Package rules is the registry of soc2lint's built-in rules and of the
// SOC 2 pre-audit checklist they give evidence for.
package rules

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/aws"
	"github.com/soc2lint/soc2lint/rules/azure"
	"github.com/soc2lint/soc2lint/rules/gcp"
)

// All returns every built-in rule, sorted by id, with the metadata the
// registry fills in: what a person reads (metadata.go), the provider (from
// the package that holds the rule), the SOC 2 criteria (from its checklist
// items) and its remediation examples (examples.go).
func All() []*engine.Rule {
	var rs []*engine.Rule
	for _, p := range []struct {
		name  string
		rules []*engine.Rule
	}{{"aws", aws.Rules()}, {"azure", azure.Rules()}, {"gcp", gcp.Rules()}} {
		addMetadata(p.name, p.rules)
		for _, r := range p.rules {
			r.Provider = p.name
			r.SOC2 = criteriaOf(r.Checklist)
		}
		rs = append(rs, p.rules...)
	}
	addExamples(rs)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// itemCriteria maps each checklist item to its SOC 2 criteria.
var itemCriteria = sync.OnceValue(func() map[string][]string {
	items, err := Checklist()
	if err != nil {
		panic(err) // the embedded checklist is tested to parse
	}
	out := map[string][]string{}
	for _, it := range items {
		out[it.ID] = it.Criteria
	}
	return out
})

// criteriaOf returns the SOC 2 criteria of the checklist items, in the
// items' order, each once.
func criteriaOf(items []string) []string {
	var out []string
	for _, item := range items {
		for _, c := range itemCriteria()[item] {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
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
