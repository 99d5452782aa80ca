package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules"
)

// configNames are the file names a configuration is found under.
var configNames = []string{".soc2lint.yaml", ".soc2lint.yml"}

// maxConfigSize bounds the configuration file read.
const maxConfigSize = 1 << 20

// fileConfig is the configuration file:
//
//	fail-on: high              # as --fail-on
//	account-baseline: true     # as --account-baseline
//	exclude:                   # paths not scanned, relative to this file
//	  - legacy/**
//	  - "*.generated.tf"
//	baseline: .soc2lint-baseline.json  # as --baseline, relative to this file
//	required-tags: [owner, data-classification]  # tags every resource must carry
//	paths:                     # rules turned off under a path (also an account-level
//	  legacy/**:               # finding's root module or template)
//	    disable: [AWS-012]
//	    reason: retired in Q3  # optional
//	rules:
//	  disable: [AWS-012]       # rules not run
//	  severity:                # severities changed
//	    AWS-007: low
//	  options:                 # options of the rules that take some
//	    AWS-040: {require-customer-key: true}
//
// Flags given on the command line win over the file.
type fileConfig struct {
	// Path is where the configuration was read from.
	Path            string
	FailOn          string
	AccountBaseline *bool
	Exclude         []string
	Disable         []string
	Severity        map[string]engine.Severity
	// Baseline is the baseline file, relative to the configuration file.
	Baseline string
	// RequiredTags are the tag keys every taggable resource must carry.
	RequiredTags []string
	// RuleOptions are the rules' options (rules.options), decoded into the
	// types the rules declare.
	RuleOptions map[string]any
	// Paths turn rules off under path patterns (paths:), in file order.
	Paths []pathSetting
}

// pathSetting is one entry of paths: a pattern, relative to the
// configuration file, and the rules turned off under it.
type pathSetting struct {
	Pattern string
	Disable []string
	Reason  string
	Line    int
	Col     int
}

// configError is a problem in the configuration file, with its position.
type configError struct {
	path      string
	line, col int
	msg       string
}

func (e *configError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.path, e.line, e.col, e.msg)
	}
	return e.path + ": " + e.msg
}

// findConfig looks for a configuration file in dir and its parents, up to
// the first directory that holds .git (a repository's root) or the root of
// the file system. It returns "" when there is none.
func findConfig(dir string) string {
	for {
		for _, n := range configNames {
			p := filepath.Join(dir, n)
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				return p
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// loadConfig reads and checks a configuration file. known holds the rule
// ids of the registry.
func loadConfig(path string, known map[string]bool) (*fileConfig, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	if info.Size() > maxConfigSize {
		return nil, &configError{path: path, msg: fmt.Sprintf("the file is larger than %d bytes", maxConfigSize)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	return parseConfig(path, data, known)
}

// parseConfig parses configuration data. Unknown keys, wrong types and
// unknown rule ids are errors, so that a typo never silently changes what
// is checked.
func parseConfig(path string, data []byte, known map[string]bool) (cfg *fileConfig, err error) {
	defer func() {
		// The YAML library is not expected to panic, but a configuration
		// file must never crash the linter.
		if e := recover(); e != nil {
			cfg, err = nil, &configError{path: path, msg: fmt.Sprintf("cannot read the configuration: %v", e)}
		}
	}()
	cfg = &fileConfig{Path: path}
	fail := func(n *yaml.Node, format string, args ...any) error {
		return &configError{path: path, line: n.Line, col: n.Column, msg: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		var line int
		if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
			return nil, &configError{path: path, line: line, col: 1, msg: strings.TrimSpace(msg[strings.Index(msg, ":")+1:])}
		}
		return nil, &configError{path: path, msg: msg}
	}
	if len(doc.Content) == 0 {
		return cfg, nil // an empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fail(root, "the configuration must be a mapping of settings")
	}
	if hasAlias(root, 0) {
		return nil, fail(root, "YAML aliases are not allowed in the configuration")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, fail(k, "%s is set twice", k.Value)
		}
		seen[k.Value] = true
		switch k.Value {
		case "fail-on":
			s, err := scalar(v, fail, "fail-on")
			if err != nil {
				return nil, err
			}
			if _, err := engine.ParseSeverity(s); err != nil {
				return nil, fail(v, "fail-on: %v", err)
			}
			cfg.FailOn = s
		case "account-baseline":
			var b bool
			if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
				return nil, fail(v, "account-baseline must be true or false")
			}
			cfg.AccountBaseline = &b
		case "exclude":
			list, err := stringList(v, fail, "exclude")
			if err != nil {
				return nil, err
			}
			for j, p := range list {
				if err := engine.ValidatePattern(p); err != nil {
					return nil, fail(v.Content[j], "exclude: %v", err)
				}
			}
			cfg.Exclude = list
		case "baseline":
			s, err := scalar(v, fail, "baseline")
			if err != nil {
				return nil, err
			}
			if strings.TrimSpace(s) == "" {
				return nil, fail(v, "baseline must name a file")
			}
			cfg.Baseline = s
		case "required-tags":
			list, err := stringList(v, fail, "required-tags")
			if err != nil {
				return nil, err
			}
			for j, tag := range list {
				if strings.TrimSpace(tag) == "" {
					return nil, fail(v.Content[j], "required-tags: empty tag key")
				}
			}
			cfg.RequiredTags = list
		case "rules":
			if err := parseRulesSection(v, cfg, known, fail); err != nil {
				return nil, err
			}
		case "paths":
			if err := parsePathsSection(v, cfg, known, fail); err != nil {
				return nil, err
			}
		default:
			return nil, fail(k, "unknown setting %q (want fail-on, account-baseline, exclude, baseline, required-tags, paths or rules)", k.Value)
		}
	}
	return cfg, nil
}

func parseRulesSection(v *yaml.Node, cfg *fileConfig, known map[string]bool, fail func(*yaml.Node, string, ...any) error) error {
	if v.Kind != yaml.MappingNode {
		return fail(v, "rules must be a mapping with disable and severity")
	}
	checkID := func(n *yaml.Node) (string, error) {
		id := strings.ToUpper(strings.TrimSpace(n.Value))
		if !known[id] {
			return "", fail(n, "unknown rule %q (see soc2lint rules)", n.Value)
		}
		return currentID(id), nil
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		switch k.Value {
		case "disable":
			if _, err := stringList(val, fail, "rules.disable"); err != nil {
				return err
			}
			for _, n := range val.Content {
				id, err := checkID(n)
				if err != nil {
					return err
				}
				cfg.Disable = append(cfg.Disable, id)
			}
		case "severity":
			if val.Kind != yaml.MappingNode {
				return fail(val, "rules.severity must map rule ids to severities")
			}
			cfg.Severity = map[string]engine.Severity{}
			for j := 0; j+1 < len(val.Content); j += 2 {
				id, err := checkID(val.Content[j])
				if err != nil {
					return err
				}
				s, err := scalar(val.Content[j+1], fail, "rules.severity."+id)
				if err != nil {
					return err
				}
				sev, err := engine.ParseSeverity(s)
				if err != nil {
					return fail(val.Content[j+1], "rules.severity.%s: %v", id, err)
				}
				cfg.Severity[id] = sev
			}
		case "options":
			if val.Kind != yaml.MappingNode {
				return fail(val, "rules.options must map rule ids to the rules' options")
			}
			cfg.RuleOptions = map[string]any{}
			for j := 0; j+1 < len(val.Content); j += 2 {
				id, err := checkID(val.Content[j])
				if err != nil {
					return err
				}
				opts, err := decodeOptions(id, val.Content[j+1], fail)
				if err != nil {
					return err
				}
				cfg.RuleOptions[id] = opts
			}
		default:
			return fail(k, "unknown setting rules.%s (want disable, severity or options)", k.Value)
		}
	}
	return nil
}

func parsePathsSection(v *yaml.Node, cfg *fileConfig, known map[string]bool, fail func(*yaml.Node, string, ...any) error) error {
	if v.Kind != yaml.MappingNode {
		return fail(v, "paths must map path patterns to settings, such as legacy/**: {disable: [AWS-012]}")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if err := engine.ValidatePattern(k.Value); err != nil {
			return fail(k, "paths: %v", err)
		}
		ps := pathSetting{Pattern: k.Value, Line: k.Line, Col: k.Column}
		if val.Kind != yaml.MappingNode {
			return fail(val, "paths.%s must be a mapping with disable and reason", k.Value)
		}
		for j := 0; j+1 < len(val.Content); j += 2 {
			kk, vv := val.Content[j], val.Content[j+1]
			switch kk.Value {
			case "disable":
				ids, err := stringList(vv, fail, "paths."+k.Value+".disable")
				if err != nil {
					return err
				}
				for n, id := range ids {
					id = strings.ToUpper(strings.TrimSpace(id))
					if !known[id] {
						return fail(vv.Content[n], "unknown rule %q (see soc2lint rules)", ids[n])
					}
					ps.Disable = append(ps.Disable, currentID(id))
				}
			case "reason":
				r, err := scalar(vv, fail, "paths."+k.Value+".reason")
				if err != nil {
					return err
				}
				ps.Reason = r
			default:
				return fail(kk, "unknown setting paths.%s.%s (want disable or reason)", k.Value, kk.Value)
			}
		}
		if len(ps.Disable) == 0 {
			return fail(val, "paths.%s must list the rules to disable", k.Value)
		}
		cfg.Paths = append(cfg.Paths, ps)
	}
	return nil
}

func scalar(n *yaml.Node, fail func(*yaml.Node, string, ...any) error, what string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", fail(n, "%s must be a single value", what)
	}
	return n.Value, nil
}

func stringList(n *yaml.Node, fail func(*yaml.Node, string, ...any) error, what string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, fail(n, "%s must be a list", what)
	}
	var out []string
	for _, e := range n.Content {
		if e.Kind != yaml.ScalarNode {
			return nil, fail(e, "%s must list strings", what)
		}
		out = append(out, e.Value)
	}
	return out, nil
}

// hasAlias reports whether the tree under n uses an alias (which could
// expand exponentially) or nests unreasonably deep.
func hasAlias(n *yaml.Node, depth int) bool {
	if n.Kind == yaml.AliasNode || depth > 64 {
		return true
	}
	for _, c := range n.Content {
		if hasAlias(c, depth+1) {
			return true
		}
	}
	return false
}

// applyRules returns the rules the configuration leaves on, with their
// severities changed as configured. The registry's rules are not modified.
func (c *fileConfig) applyRules(all []*engine.Rule) []*engine.Rule {
	if c == nil {
		return all
	}
	off := map[string]bool{}
	for _, id := range c.Disable {
		off[id] = true
	}
	var out []*engine.Rule
	for _, r := range all {
		if off[r.ID] {
			continue
		}
		if sev, ok := c.Severity[r.ID]; ok && sev != r.Severity {
			changed := *r
			changed.Severity = sev
			r = &changed
		}
		out = append(out, r)
	}
	return out
}

// exclude returns the engine's exclusion for the configuration.
func (c *fileConfig) exclude() *engine.Exclude {
	if c == nil || len(c.Exclude) == 0 {
		return nil
	}
	base, err := filepath.Abs(filepath.Dir(c.Path))
	if err != nil {
		return nil
	}
	pats := append([]string(nil), c.Exclude...)
	sort.Strings(pats)
	return &engine.Exclude{Base: base, Patterns: pats}
}

// pathRules returns the engine's per-path rule settings.
func (c *fileConfig) pathRules() []engine.PathRule {
	if c == nil || len(c.Paths) == 0 {
		return nil
	}
	base, err := filepath.Abs(filepath.Dir(c.Path))
	if err != nil {
		return nil
	}
	src := filepath.ToSlash(c.Path)
	if rel, err := filepath.Rel(".", c.Path); err == nil && !filepath.IsAbs(c.Path) {
		src = filepath.ToSlash(rel)
	}
	var out []engine.PathRule
	for _, p := range c.Paths {
		out = append(out, engine.PathRule{Pattern: p.Pattern, Rules: p.Disable, Reason: p.Reason, Base: base,
			Source: parser.Range{File: src, Start: parser.MakePos(p.Line, p.Col, 0), End: parser.MakePos(p.Line, p.Col, 0)}})
	}
	return out
}

// resolveConfig finds and loads the configuration: the --config file when
// given, otherwise .soc2lint.yaml in the working directory or a parent.
func resolveConfig(flagPath string, known map[string]bool) (*fileConfig, error) {
	path := flagPath
	if path == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return nil, nil
		}
		if path = findConfig(cwd); path == "" {
			return nil, nil
		}
	}
	cfg, err := loadConfig(path, known)
	if err != nil && flagPath == "" && errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return cfg, err
}

// decodeOptions decodes the options of rule id from n into the type the
// rule declares, strictly: an option the rule does not have is an error at
// its line, as a misspelled option would otherwise change nothing.
func decodeOptions(id string, n *yaml.Node, fail func(*yaml.Node, string, ...any) error) (any, error) {
	var rule *engine.Rule
	for _, r := range rules.All() {
		if r.ID == id {
			rule = r
		}
	}
	if rule == nil || rule.Options == nil {
		return nil, fail(n, "rules.options.%s: the rule takes no options", id)
	}
	opts := rule.Options()
	if n.Kind != yaml.MappingNode {
		return nil, fail(n, "rules.options.%s must be a mapping", id)
	}
	names := optionNames(opts)
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !names[k.Value] {
			known := make([]string, 0, len(names))
			for name := range names {
				known = append(known, name)
			}
			sort.Strings(known)
			return nil, fail(k, "rules.options.%s: unknown option %q (want %s)", id, k.Value, strings.Join(known, ", "))
		}
	}
	if err := n.Decode(opts); err != nil {
		return nil, fail(n, "rules.options.%s: %s", id, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return opts, nil
}

// optionNames returns the yaml names of the fields of the struct opts
// points to.
func optionNames(opts any) map[string]bool {
	names := map[string]bool{}
	t := reflect.TypeOf(opts)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return names
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		names[name] = true
	}
	return names
}
