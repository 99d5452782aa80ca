package engine

import (
	"path/filepath"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// PathRule turns rules off for the files under a path: the configuration's
// paths: {"legacy/**": {disable: [AWS-012]}}. An account-level finding is
// under a path when its root module directory or template is.
type PathRule struct {
	// Pattern is an Exclude pattern, relative to Base.
	Pattern string
	// Rules are the rule ids turned off there.
	Rules []string
	// Reason is why, when the configuration says so.
	Reason string
	// Base is the absolute directory Pattern is relative to (the
	// configuration file's).
	Base string
	// Source is where the setting is written, for the reports.
	Source parser.Range
}

// matches reports whether the rule silences f.
func (pr *PathRule) matches(f *Finding) bool {
	found := false
	for _, id := range pr.Rules {
		if strings.EqualFold(id, f.Rule.ID) {
			found = true
		}
	}
	if !found {
		return false
	}
	ex := &Exclude{Base: pr.Base, Patterns: []string{pr.Pattern}}
	under := func(p string, isDir bool) bool {
		if p == "" {
			return false
		}
		abs, err := filepath.Abs(filepath.FromSlash(p))
		if err != nil {
			return false
		}
		// The file itself, or any directory it is in.
		for {
			if ex.Match(abs, isDir) {
				return true
			}
			parent := filepath.Dir(abs)
			if parent == abs {
				return false
			}
			abs, isDir = parent, true
		}
	}
	if f.Resource != nil && f.Resource.Type == AccountType {
		isDir := f.Resource.Format == parser.Terraform
		if under(f.Resource.Root, isDir) {
			return true
		}
	}
	return under(f.Range.File, false)
}

// applyPathRules moves the findings that a PathRule turns off to the
// suppressed findings (kind "config").
func applyPathRules(findings []Finding, prs []PathRule) ([]Finding, []Suppressed) {
	if len(prs) == 0 {
		return findings, nil
	}
	bys := make([]*Suppression, len(prs))
	for i, pr := range prs {
		reason := pr.Reason
		if reason == "" {
			reason = "turned off for " + pr.Pattern + " in the configuration"
		}
		bys[i] = &Suppression{Kind: ByConfig, Rules: pr.Rules, Reason: reason, Range: pr.Source}
	}
	var kept []Finding
	var off []Suppressed
	for _, f := range findings {
		silenced := false
		for i := range prs {
			if prs[i].matches(&f) {
				off = append(off, Suppressed{Finding: f, By: bys[i]})
				silenced = true
				break
			}
		}
		if !silenced {
			kept = append(kept, f)
		}
	}
	return kept, off
}
