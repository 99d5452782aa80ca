package engine

import (
	"fmt"
	"strings"
)

// Severity is how bad a finding is. The order is Low < Medium < High < Critical.
type Severity int

// The severities, lowest first.
const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Low: "low", Medium: "medium", High: "high", Critical: "critical"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText writes the lower-case name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(name string) (Severity, error) {
	for s, n := range severityNames {
		if strings.EqualFold(n, name) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want critical, high, medium or low)", name)
}

// SecuritySeverity is the CVSS-like score GitHub code scanning reads from
// SARIF's properties["security-severity"] to rank alerts.
func (s Severity) SecuritySeverity() string {
	switch s {
	case Critical:
		return "9.5"
	case High:
		return "8.0"
	case Medium:
		return "5.5"
	default:
		return "3.0"
	}
}

// Remediation tells how to fix a finding, with an example per format.
type Remediation struct {
	// Summary is the one-line fix shown under each finding.
	Summary string
	// Terraform and CloudFormation are short compliant examples.
	Terraform      string
	CloudFormation string
}

// Rule is a SOC 2 misconfiguration check: metadata next to its judgement.
// Rules are plain values kept in one registry (package rules).
type Rule struct {
	// ID is stable forever: suppressions and baselines refer to it.
	ID string
	// Name is a short kebab-case name, used as SARIF's rule name.
	Name        string
	Title       string
	Severity    Severity
	Description string
	Remediation Remediation
	// Checklist names the items of the SOC 2 pre-audit checklist the rule
	// gives evidence for, such as "NET-1".
	Checklist []string
	// SOC2 names the Trust Services Criteria, such as "CC6.6".
	SOC2 []string
	// Provider is the cloud: "aws", "azure" or "gcp".
	Provider string
	// Links are references for the user.
	Links []string
	// Precision is SARIF's precision property: very-high, high, medium or low.
	Precision string
	// Options, when set, returns a pointer to the rule's options with their
	// defaults: a struct with yaml tags that the configuration's
	// rules.options.<ID> mapping is decoded into, strictly. The rule reads
	// them with engine.OptionsOf. Nil means the rule takes no options.
	Options func() any
	// LiteralLinks are the literal-name links between resources the rule
	// follows (Pass.Referrers, Referenced): the graph of a scan has the
	// links of every rule it runs.
	LiteralLinks []LiteralLink
	// Aliases are other scanners' ids for the same check (Trivy/tfsec AVD
	// and long ids, Checkov CKV ids): their ignore comments silence this
	// rule, and the reports list them for teams migrating.
	Aliases []string
	// Check runs the rule. It sees the graph only through the Pass.
	Check func(*Pass)
}

// literalLinks returns the links the rules declare, without repeats, in
// order of first appearance.
func literalLinks(rules []*Rule) []LiteralLink {
	var out []LiteralLink
	seen := map[LiteralLink]bool{}
	for _, r := range rules {
		for _, l := range r.LiteralLinks {
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out
}
