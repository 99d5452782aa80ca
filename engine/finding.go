package engine

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// RelatedKind says what a related place is to a finding.
type RelatedKind uint8

// The kinds of related places.
const (
	// Origin is a place the offending value came through: a variable
	// default, a tfvars entry, a parameter default. Message is its note.
	Origin RelatedKind = iota + 1
	// CallSite is a module call (or nested stack) that created instances
	// of a merged finding.
	CallSite
)

// Related is a secondary place that explains a finding, such as the
// variable default a bad value came from.
type Related struct {
	Range parser.Range `json:"range"`
	Kind  RelatedKind  `json:"-"`
	// Message describes the place; writers compose it with Text.
	Message string `json:"message"`
}

// Text is the related place as a user reads it: "from var.cidrs default"
// for an origin, the message as it is otherwise.
func (r Related) Text() string {
	if r.Kind == Origin {
		return "from " + r.Message
	}
	return r.Message
}

// Finding is one misconfiguration a rule found.
type Finding struct {
	Rule *Rule
	// Resource is the resource the finding is about. Unless the scan keeps
	// the graph (Config.KeepGraph), it is a copy without the evaluated
	// values: its Body holds only the block's kind and range, and it has
	// no Metadata or Exports (Result.Graph then has no resources).
	Resource *parser.Resource
	// Range is the offending attribute or block.
	Range parser.Range
	// Attr is the path of the offending value in the resource's body, such
	// as "ingress[1].cidr_blocks"; empty when the finding is about the
	// resource as a whole. It is part of the finding's Fingerprint.
	Attr string
	// Message names the resource and says what is wrong, as the rule
	// wrote it. Writers show Text, which adds the fields below.
	Message string
	// Condition names the CloudFormation condition that must hold for the
	// resource to exist, when it cannot be decided statically.
	Condition string
	// When says under which values of undecidable conditions the finding
	// holds, when only some variants of the resource yield it
	// ("condition IsProd is true").
	When string
	// Related lists the places the offending value came through, and the
	// module call sites of merged instances.
	Related []Related
	// Instances names every instance the finding stands for, when several
	// instances of one block (count, for_each, module calls) yield it.
	Instances []string
	// Causes, on a finding about a resource of a registry module judged on
	// soc2lint's stand-in, name the module's inputs that cause it
	// ("enable_flow_log defaults to false: the module creates no flow
	// log"); Text adds them to the message.
	Causes []string
}

// Text is the finding's message as a user reads it: the rule's message,
// then the condition the resource exists under, the condition values the
// finding holds for, and the instances it stands for.
func (f Finding) Text() string {
	t := f.textOfOne()
	if len(f.Instances) > 1 {
		t = fmt.Sprintf("%s (%d instances: %s)", t, len(f.Instances), strings.Join(f.Instances, ", "))
	}
	return t
}

// textOfOne is Text without the list of instances.
func (f Finding) textOfOne() string {
	t := f.Message
	if f.Resource != nil && f.Resource.StandIn != nil {
		t += " (" + f.Resource.StandIn.String()
		if len(f.Causes) > 0 {
			t += "; " + strings.Join(f.Causes, "; ")
		}
		t += ")"
	}
	if f.Condition != "" {
		t += " (the resource exists only when condition " + f.Condition + " is true)"
	}
	if f.When != "" {
		t += " (when " + f.When + ")"
	}
	return t
}
