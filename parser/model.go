package parser

import (
	"fmt"
	"strings"
)

// Format names the source format of a resource or file.
type Format string

// The formats soc2lint reads.
const (
	Terraform      Format = "terraform"
	CloudFormation Format = "cloudformation"
)

// Resource is one resource (or data source) instance as the cloud will see
// it, with every attribute positioned.
type Resource struct {
	Format Format
	// Type is the provider type: "aws_security_group" or
	// "AWS::EC2::SecurityGroup".
	Type string
	// Name is the local name: "bastion" or the CloudFormation logical id.
	Name string
	// Address identifies the resource in its module or stack:
	// "aws_security_group.bastion", "module.net.aws_vpc.main[0]" or a
	// CloudFormation logical id.
	Address string
	// Data is true for Terraform data sources.
	Data bool
	// Condition names the undecidable CloudFormation condition the
	// resource exists under, when it has one: findings on it say so.
	Condition string
	// Kind is empty for resources and data sources; for the other nodes
	// of the graph it is NodeVariable, NodeLocal, NodeOutput or NodeModule.
	// Rules never see such nodes.
	Kind NodeKind
	// Module is the directory of the Terraform module, or the template file,
	// that declares the resource.
	Module string
	// Range is the block header or the logical id key: where a finding about
	// the resource as a whole points.
	Range Range
	// Body is the resource's attributes and nested blocks as an object.
	Body *Value
	// Generated names what generated a CloudFormation resource that is not
	// written in the template: the SAM resource a role, stage or URL comes
	// from, or "implicit API" for the API that SAM events create. Empty for
	// written resources, including the resource a SAM resource becomes.
	Generated string
	// Metadata is a CloudFormation resource's Metadata as written, nil for
	// Terraform.
	Metadata *Value
	// Written is a CloudFormation resource's Properties as written,
	// intrinsic functions unresolved (Fn::ForEach expanded), where a rule
	// reads what a value was written from (a Ref to a parameter); nil for
	// Terraform.
	Written *Value
	// Parameters is, on a CloudFormation resource, its template's
	// Parameters section as written (each entry's Type, NoEcho, Default),
	// shared by the template's resources; nil when there is none and for
	// Terraform.
	Parameters *Value
	// Provider is the graph address of the Terraform provider
	// configuration the resource uses ("provider.aws.dr",
	// `module.net.provider.aws`), following its provider argument and the
	// providers its module calls pass; that configuration may not be
	// declared (Terraform's empty default). Empty for CloudFormation and
	// for resources read from a plan.
	Provider string
	// DependsOn lists explicit dependencies by address or logical id.
	DependsOn []string
	// Calls is the chain of module calls (or nested stacks) that
	// instantiated the resource, outermost first; empty in a root.
	Calls []Step
	// Local is the address within its own module or template, without
	// module path or instance key: "aws_security_group.bastion". Instances
	// of one block share it.
	Local string
	// Scope is the module instance ("", `module.net["a"]`) or template the
	// resource lives in: references resolve within it.
	Scope string
	// Root is the root module directory or top-level template the resource
	// was deployed from: account-level controls are looked up within it.
	Root string
	// Assumptions are the truth values of undecidable CloudFormation
	// conditions this variant of the resource was evaluated under, such as
	// "condition IsProd is true". A resource whose properties hold Fn::If
	// over n such conditions appears 2^n times with the same Address, one
	// variant per combination; empty for everything else.
	Assumptions []string
	// StandIn, on a resource of a registry module that terraform init has
	// not downloaded, names soc2lint's stand-in the module was evaluated
	// with: findings on the resource say so. Nil for everything else.
	StandIn *StandIn
	// Exports, on a CloudFormation resource, holds the Export.Name of each
	// output of its template whose Value refers to it (Ref, Fn::GetAtt,
	// Fn::Sub), resolved: known, partly known or unknown. Another stack
	// reads the export through Fn::ImportValue (Value.Import). On a
	// resource of a Terraform root module, it holds the names of the root
	// module's outputs whose value refers to the resource directly: another
	// state may read them (terraform_remote_state).
	Exports []*Value
}

// StandIn describes a module call evaluated with soc2lint's stand-in for a
// registry module that was not downloaded: a model of what the module
// creates from its documented inputs and defaults.
type StandIn struct {
	// Call is the module call's address: "module.sg".
	Call string
	// Source is the registry address of the module.
	Source string
	// Versions names the major versions modeled: "v4-v5".
	Versions string
	// Causes are the inputs of the call that decide findings about the
	// stand-in's resources as a whole (a VPC without a flow log): the
	// engine attaches them to such findings.
	Causes []StandInCause
}

// StandInCause is an input of a stand-in module call whose value decides a
// rule's findings about resources of one type, when the finding is about
// the resource as a whole.
type StandInCause struct {
	Rule, Type string
	// At is the argument that sets the input, or the module block when
	// the input keeps its default.
	At Range
	// Set is true when the call passes the input.
	Set bool
	// Points is true when a finding with this one cause points at At
	// rather than at the module block: an argument the call passes, or
	// the entry of a list argument the resource is made from.
	Points bool
	// Note describes At as a related place, as the notes of a value's
	// places do.
	Note string
	// Text names the input and its value, and what it does: "enable_flow_log
	// defaults to false: the module creates no flow log".
	Text string
}

// CausesOf returns the causes of findings of the rule about resources of
// the type.
func (s *StandIn) CausesOf(rule, typ string) []StandInCause {
	var out []StandInCause
	for _, c := range s.Causes {
		if c.Rule == rule && c.Type == typ {
			out = append(out, c)
		}
	}
	return out
}

// DefaultNote is the note of a related place where a value comes from
// one of the stand-in's defaults: what says "name defaults to text".
func (s *StandIn) DefaultNote(name, text string) string {
	return fmt.Sprintf("%s (%s %s, not downloaded: soc2lint's model of its defaults): %s",
		s.Call, s.Source, s.Versions, DefaultText(name, text))
}

// DefaultText says that an input keeps its default: "enable_flow_log
// defaults to false".
func DefaultText(name, text string) string { return name + " defaults to " + text }

// DefaultIn returns what a note made by DefaultNote says about the
// default ("enable_flow_log defaults to false"), or "".
func (s *StandIn) DefaultIn(note string) string {
	prefix := fmt.Sprintf("%s (%s %s, not downloaded: soc2lint's model of its defaults): ", s.Call, s.Source, s.Versions)
	if rest, ok := strings.CutPrefix(note, prefix); ok {
		return rest
	}
	return ""
}

// String says what the stand-in is, for messages.
func (s *StandIn) String() string {
	return fmt.Sprintf("%s: %s %s is not downloaded; judged on soc2lint's model of its inputs and defaults", s.Call, s.Source, s.Versions)
}

// NodeKind names the graph nodes that are not resources.
type NodeKind string

// Graph node kinds besides resources.
const (
	NodeVariable NodeKind = "variable"
	NodeLocal    NodeKind = "local"
	NodeOutput   NodeKind = "output"
	NodeModule   NodeKind = "module"
	// NodeProvider is a Terraform provider configuration: Type is the
	// provider's local name ("aws"), Name adds the alias ("aws.west").
	NodeProvider NodeKind = "provider"
)

// String returns the resource address.
func (r *Resource) String() string { return r.Address }

// Severity grades a Diagnostic.
type Severity string

// Diagnostic severities. An Error means a file could not be read or parsed;
// a Warning means part of it was not understood; a Note is information,
// such as a value that could not be evaluated.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevNote    Severity = "note"
)

// Diagnostic is a problem with the input, not a finding about the cloud.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Summary  string   `json:"summary"`
	Detail   string   `json:"detail,omitempty"`
	Range    Range    `json:"range"`
}

func (d Diagnostic) Error() string {
	s := fmt.Sprintf("%s: %s", d.Range, d.Summary)
	switch {
	case d.Range.File == "":
		s = d.Summary // a diagnostic about the whole scan has no place
	case d.Range.Start.Line == 0:
		s = fmt.Sprintf("%s: %s", d.Range.File, d.Summary)
	}
	if d.Detail != "" {
		s += ": " + d.Detail
	}
	return s
}

// Diagnostics is a list of Diagnostic.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == SevError {
			return true
		}
	}
	return false
}

// Source is one file read from disk, with the path it is reported under.
type Source struct {
	// Path is the file's path as it is reported: relative to the working
	// directory when the file is under it, with forward slashes.
	Path string
	// Abs is the file's absolute path on disk.
	Abs string
	// Bytes is the file's content.
	Bytes []byte
}
