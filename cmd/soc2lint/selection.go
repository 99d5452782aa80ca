package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// selectFlags choose which rules run and which findings are reported, as
// teams coming from other scanners expect: --only-rule, --skip-rule,
// --severity, --no-compat-ignores.
type selectFlags struct {
	only, skip      listFlag
	severity        listFlag
	noCompatIgnores bool
}

// listFlag is a repeatable flag whose values may also be comma separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

func (sf *selectFlags) register(fs *flag.FlagSet) {
	fs.Var(&sf.only, "only-rule", "run only these rules, `ID[,ID...]` (repeatable)")
	fs.Var(&sf.skip, "skip-rule", "do not run these rules, `ID[,ID...]` (repeatable)")
	fs.Var(&sf.severity, "severity", "report only findings of these severities, `LIST` such as high,critical (repeatable)")
	fs.BoolVar(&sf.noCompatIgnores, "no-compat-ignores", false, "disregard tfsec:ignore, trivy:ignore and checkov:skip comments (they silence the soc2lint rules their ids map to)")
}

// apply narrows rules (already configured) to the selection and returns
// the ids of the registry's rules that do not run: ignores naming them
// must neither warn as unknown nor as unused.
func (sf *selectFlags) apply(rules []*engine.Rule, known map[string]bool) ([]*engine.Rule, map[string]bool, error) {
	check := func(flag string, ids []string) (map[string]bool, error) {
		set := map[string]bool{}
		for _, id := range ids {
			id = strings.ToUpper(id)
			if !known[id] {
				return nil, fmt.Errorf("--%s: unknown rule %q (see soc2lint rules)", flag, id)
			}
			set[currentID(id)] = true
		}
		return set, nil
	}
	only, err := check("only-rule", sf.only)
	if err != nil {
		return nil, nil, err
	}
	skip, err := check("skip-rule", sf.skip)
	if err != nil {
		return nil, nil, err
	}
	var out []*engine.Rule
	for _, r := range rules {
		if (len(only) > 0 && !only[r.ID]) || skip[r.ID] {
			continue
		}
		out = append(out, r)
	}
	off := map[string]bool{}
	for id := range known {
		off[id] = true
	}
	for _, r := range out {
		delete(off, r.ID)
	}
	return out, off, nil
}

// severities returns the severities to report, nil for all.
func (sf *selectFlags) severities() (map[engine.Severity]bool, error) {
	if len(sf.severity) == 0 {
		return nil, nil
	}
	set := map[engine.Severity]bool{}
	for _, s := range sf.severity {
		sev, err := engine.ParseSeverity(s)
		if err != nil {
			return nil, fmt.Errorf("--severity: %v", err)
		}
		set[sev] = true
	}
	return set, nil
}

// filterSeverity keeps the findings (open and suppressed) of the chosen
// severities: the others are neither reported nor counted.
func filterSeverity(res *engine.Result, keep map[engine.Severity]bool) {
	if keep == nil {
		return
	}
	var fs []engine.Finding
	for _, f := range res.Findings {
		if keep[f.Rule.Severity] {
			fs = append(fs, f)
		}
	}
	var ss []engine.Suppressed
	for _, s := range res.Suppressed {
		if keep[s.Finding.Rule.Severity] {
			ss = append(ss, s)
		}
	}
	res.Findings, res.Suppressed = fs, ss
}
