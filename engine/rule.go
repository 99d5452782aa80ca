package engine

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parser"
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
	// Formats, when set, are the only formats the rule judges: a concept
	// that the provider's other formats lack (CloudFormation stack
	// parameters have no Terraform counterpart). FormatsWhy says why. Nil
	// means every format of its provider.
	Formats    []parser.Format
	FormatsWhy string
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
	// Formerly are the ids of retired rules whose concept this rule took
	// over (ids are never reused): soc2lint-ignore comments, baseline
	// entries and configuration that name them apply to this rule.
	Formerly []string
	// Scope says whether the rule's verdict on a root module or template
	// depends only on that root (PerRoot, the default: the rule runs on
	// each root's graph as soon as it is evaluated) or on resources of
	// other roots too (AcrossRoots: the rule runs once at the end).
	Scope Scope
	// Reads are the resource types the rule reads. For an AcrossRoots
	// rule they are required; what follows says how they are used. For a
	// PerRoot rule they are optional: nil means the rule may read anything
	// of its root, which the engine then holds whole until the rule has
	// run; declared, the engine may drop the values of a type once every
	// rule that reads it has run (checker.check), and the rule's passes
	// refuse the types it did not declare as below. Config.CheckReads (the
	// rules' fixture tests) runs each declared rule again with the bodies
	// of the types it did not declare emptied, and reports an error when
	// what it finds differs, so that a declaration cannot go stale.
	//
	// Reads are the resource types an AcrossRoots rule reads (through
	// OfType, ResourcesOfType, InRoot, DataSourcesOfType, All, Root's
	// Resources, its facts, and the edges between them): the scan keeps
	// the resources of these types of every root for it and drops the
	// others (it keeps those they refer to without their values, for the
	// edges: a rule must not read the body of a resource of a type it did
	// not declare). An entry ending in "*" names every type it starts with,
	// ignoring case ("Custom::*"); one with a "*" inside, every type that
	// starts with what comes before it and ends with what follows
	// ("google_*_iam_member"); "*::*" every CloudFormation type
	// (ReadsCloudFormation); "*" alone keeps everything. Asking the
	// Pass for a type not listed panics, which the scan reports as an
	// internal error of the rule; All returns only the types listed.
	//
	// Terraform provider configurations are kept only for a rule that
	// reads every type (ReadsAll): Pass.Providers panics in any other
	// rule that runs across roots.
	Reads []string
	// Alone, for a PerRoot rule that declares Reads, says that the rule
	// judges each resource of those types by itself: its verdict on one
	// resource reads no other resource, edge or root (every setting.Rule
	// check). Config.CheckReads runs such a rule again on each resource
	// alone and reports an error when the findings differ.
	Alone bool
	// ReadsReferenced, for a PerRoot rule that declares Reads, are types
	// (entries as in Reads) whose resources the rule reads only when a
	// resource of a type in Reads refers to them by an expression
	// (Pass.Referenced): a secret version's secret_string computed from
	// any resource's attributes (AWS-302). The scan treats them as read
	// (keeps their values until the rule has run), but a resource of
	// such a type that nothing refers to may be checked as it is
	// evaluated and trimmed (early.go), which a rule that is not Alone
	// reading the type would stop. Config.CheckReads runs the rule again
	// with the bodies of those that nothing refers to emptied too.
	ReadsReferenced []string
	// Given, for an Alone rule, are the types (patterns as in Reads)
	// whose resources the rule judges the others with: root-level
	// settings such as the account's default EBS encryption
	// (aws_ebs_encryption_by_default) or instance metadata defaults, the
	// data sources an image is read from. The rule then judges each
	// resource alone only in a root that has no resource or data source
	// of these types; elsewhere it runs on the root's graph. The scan
	// checks a resource as it is evaluated (engine/early.go) with such a
	// rule only when the root module declares none of them and calls no
	// module. Config.CheckReads runs the rule on each resource alone in
	// every root that has none, and reports an error when the findings
	// differ.
	Given []string
	// ReadsAttrs narrows Reads for some of its types: the top-level
	// attributes of their bodies the rule reads (an empty list: none; a
	// CloudFormation resource's are its Properties). When every
	// across-roots rule that reads a type lists it here, the scan keeps
	// the resources of that type with only the attributes listed (and the
	// values literal links find them by), their other fields whole, and
	// the edges from them are those of the attributes listed and their
	// depends_on. A rule that reads a type without listing it here keeps
	// it whole. Kept whole, the VPCs and subnets that AWS-010 reads by
	// their references alone were the largest part of what the scan
	// keeps to its end for these rules (bench/README.md, perf18a).
	ReadsAttrs map[string][]string
	// ReadsIf, when set, keeps nothing for the rule unless it returns true
	// for the run's settings: a rule that does nothing without a setting
	// (required-tags) then costs no memory.
	ReadsIf func(Settings) bool
	// Check runs the rule. It sees the graph only through the Pass.
	Check func(*Pass)
}

// given returns the types of r.Given, nil when it has none.
func (r *Rule) given() *typeSet {
	if len(r.Given) == 0 {
		return nil
	}
	return typesOf(r.Given)
}

// typesOf returns the set of the types (entries as in Rule.Reads) of the
// lists.
func typesOf(lists ...[]string) *typeSet {
	s := &typeSet{exact: map[string]bool{}}
	for _, l := range lists {
		for _, t := range l {
			s.add(t)
		}
	}
	return s
}

// InFormat reports whether the rule judges code of format f: every format
// unless Formats says otherwise.
func (r *Rule) InFormat(f parser.Format) bool {
	return r.Formats == nil || slices.Contains(r.Formats, f)
}

// Scope is which roots a rule's verdict on a root depends on.
type Scope int

const (
	// PerRoot rules judge a root module or template from its own
	// resources: they run on each root as soon as it is evaluated.
	PerRoot Scope = iota
	// AcrossRoots rules join resources of several roots (a password
	// policy anywhere in the scan, a flow log importing another
	// template's VPC): they run once, at the end, on the resources of the
	// types they declare in Rule.Reads.
	AcrossRoots
)

// ReadsAll is the Rule.Reads entry that keeps every resource.
const ReadsAll = "*"

// ReadsCloudFormation is the Rule.Reads entry that names every
// CloudFormation resource type: AWS's ("AWS::S3::Bucket"), custom
// resources ("Custom::Name") and the registry's types of other publishers
// ("MyOrg::Service::Thing"), every type with "::" in its name, which no
// Terraform type has. A rule that reads every resource of a template
// (its parameters, metadata) reads no Terraform resource's values.
const ReadsCloudFormation = "*::*"

// declared returns the types a PerRoot rule declared in Reads, or nil
// when it declared none (it may read anything).
func (r *Rule) declared() *typeSet {
	if r.Scope == AcrossRoots || r.Reads == nil {
		return nil
	}
	s := typesOf(r.Reads, r.ReadsReferenced)
	s.read = new(atomic.Pointer[[]string])
	return s
}

// readsDirectly returns, for a PerRoot rule that declares
// ReadsReferenced, the types it reads other than through references: its
// Reads. It returns nil for any other rule.
func (r *Rule) readsDirectly() *typeSet {
	if r.Scope == AcrossRoots || r.Reads == nil || r.ReadsReferenced == nil {
		return nil
	}
	return typesOf(r.Reads)
}

// typeSet is a set of types with patterns: exact names, prefixes ending
// in "*" matched ignoring case, a prefix and a suffix around one "*"
// ("google_*_iam_member": every type that starts with the one and ends
// with the other, the "*" standing for one character or more, ignoring
// case), and every CloudFormation type (ReadsCloudFormation).
type typeSet struct {
	exact map[string]bool
	// names are exact's names in the order added (add keeps both): a
	// rule declares a few, and Pass.mayRead asks for each type a rule
	// reads on every root, which comparing with a few names answers
	// faster than hashing.
	names    []string
	prefixes []string
	around   [][2]string
	all, cfn bool
	// read, when not nil, are names has said yes to for Pass.mayRead
	// (readable), at most maxRead, in the order first asked: the same on
	// every root, so that comparing finds them (a name of another length
	// costs a comparison of lengths).
	read *atomic.Pointer[[]string]
}

// readable is has for Pass.mayRead: the names a rule asks for on every
// root are found among those it asked for before.
func (s *typeSet) readable(t string) bool {
	if s.all || s.read == nil {
		return s.has(t)
	}
	if read := s.read.Load(); read != nil {
		for _, n := range *read {
			if n == t {
				return true
			}
		}
	}
	if !s.has(t) {
		return false
	}
	// Racing runs may each add t (or drop another's): a name missing
	// from read is only looked up again.
	var read []string
	if old := s.read.Load(); old != nil {
		read = *old
	}
	if len(read) < maxRead && !slices.Contains(read, t) {
		grown := append(slices.Clip(slices.Clone(read)), t)
		s.read.Store(&grown)
	}
	return true
}

// fewNames is how many exact names typeSet.has compares one by one
// before it looks up its map instead.
const fewNames = 8

// maxRead bounds typeSet.read.
const maxRead = 32

func (s *typeSet) add(t string) {
	switch {
	case t == ReadsAll:
		s.all = true
	case t == ReadsCloudFormation:
		s.cfn = true
	case strings.HasSuffix(t, "*"):
		s.prefixes = append(s.prefixes, strings.ToLower(strings.TrimSuffix(t, "*")))
	case strings.Count(t, "*") == 1:
		before, after, _ := strings.Cut(strings.ToLower(t), "*")
		s.around = append(s.around, [2]string{before, after})
	default:
		if s.exact == nil {
			s.exact = map[string]bool{}
		}
		if !s.exact[t] {
			s.exact[t] = true
			s.names = append(s.names, t)
		}
	}
}

func (s *typeSet) has(t string) bool {
	if s.all {
		return true
	}
	if len(s.names) <= fewNames {
		for _, n := range s.names {
			if n == t {
				return true
			}
		}
	} else if s.exact[t] {
		return true
	}
	if s.cfn && strings.Contains(t, "::") {
		return true
	}
	for _, p := range s.prefixes {
		if hasPrefixLower(t, p) {
			return true
		}
	}
	if len(s.around) > 0 {
		lt := strings.ToLower(t)
		for _, a := range s.around {
			if len(lt) > len(a[0])+len(a[1]) && strings.HasPrefix(lt, a[0]) && strings.HasSuffix(lt, a[1]) {
				return true
			}
		}
	}
	return false
}

// hasPrefixLower is strings.HasPrefix(strings.ToLower(t), p) for p in
// lower case, without making the lower-case copy when t's first len(p)
// bytes are ASCII (the lower case of a longer text starts with that of
// its ASCII head).
func hasPrefixLower(t, p string) bool {
	if len(t) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(t), p)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
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
