package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

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
	// Resource is the resource the finding is about.
	Resource *parser.Resource
	// Range is the offending attribute or block.
	Range parser.Range
	// Message names the resource and says what is wrong.
	Message string
	// Related lists the places the offending value came through, and the
	// module call sites of merged instances.
	Related []Related
	// Instances names every instance the finding stands for, when several
	// instances of one block (count, for_each, module calls) yield it.
	Instances []string
}

// Fingerprint hashes what identifies a finding apart from its position:
// rule id, file, resource address and message. It stays the same when
// lines move. SARIF's partialFingerprints and baseline entries use it.
func Fingerprint(rule, file, address, message string) string {
	h := sha256.New()
	for _, part := range []string{rule, file, address, message} {
		// Length-prefixed, so that no two different inputs hash alike.
		fmt.Fprintf(h, "%d:%s\n", len(part), part)
	}
	return hex.EncodeToString(h.Sum(nil))
}
