package parser

import (
	"fmt"
	"strconv"
	"strings"
)

// Answer is a three-valued answer to a rule's question ("is this setting
// insecure?"): No, Yes, or CannotTell when the value it depends on could
// not be determined statically.
type Answer uint8

// The answers.
const (
	No Answer = iota
	Yes
	CannotTell
)

func (a Answer) String() string {
	switch a {
	case No:
		return "no"
	case Yes:
		return "yes"
	}
	return "cannot tell"
}

// Verdict is a judgement of a setting: the answer, the value it rests on,
// and what a user reads about it. Rules build verdicts with the functions
// below and hand them to the engine, which turns Yes into a finding and
// CannotTell into a note; no rule tests for unknown values itself.
type Verdict struct {
	Answer Answer
	// At is the value the answer rests on: the offending value for Yes
	// (nil when the setting is absent and its default decides), the
	// unknown value for CannotTell.
	At *Value
	// Detail says, in the user's terms, what is wrong ("storage_encrypted
	// = false", "storage_encrypted is not set, and the default is false")
	// or why it cannot be told ("storage_encrypted: var.encrypt has no
	// value").
	Detail string
}

// Decided is the verdict No: nothing to report.
var Decided = Verdict{Answer: No}

// Bad returns the verdict Yes at v with detail.
func Bad(v *Value, detail string) Verdict { return Verdict{Answer: Yes, At: v, Detail: detail} }

// Unknowable returns the verdict CannotTell for the unknown value v of the
// setting name.
func Unknowable(v *Value, name string) Verdict {
	why := "its value is not known statically"
	if v != nil && v.Why() != "" {
		why = v.Why()
	}
	if name != "" {
		why = name + ": " + why
	}
	return Verdict{Answer: CannotTell, At: v, Detail: why}
}

// Unreadable returns the verdict CannotTell for a value of the setting name
// that is either unknown (Unknowable says why) or known but in a form the
// caller cannot evaluate (why says which).
func Unreadable(v *Value, name, why string) Verdict {
	if v != nil && v.Kind != Unknown {
		return Verdict{Answer: CannotTell, At: v, Detail: name + ": " + why}
	}
	return Unknowable(v, name)
}

// ComputedFrom reports whether v is unknown only because the provider
// computes it from resources that match accepts by address ("aws_kms_key.data",
// "module.kms.aws_kms_key.this[0]"): every resource it leads to and everything
// its expression names as written is such a resource, so no variable, local
// or module output without a value can be the cause.
func ComputedFrom(v *Value, match func(addr string) bool) bool {
	if v == nil || v.Kind != Unknown || len(v.Refs()) == 0 {
		return false
	}
	for _, addrs := range [][]string{v.Refs(), v.Uses()} {
		for _, a := range addrs {
			if !match(a) {
				return false
			}
		}
	}
	return true
}

// ResourceType returns the type of the managed resource at a Terraform
// address (module path and instance keys stripped), or "" for a data
// source or anything that is not a resource address.
func ResourceType(addr string) string {
	for strings.HasPrefix(addr, "module.") {
		rest := addr[len("module."):]
		i := strings.IndexByte(rest, '.')
		if i < 0 {
			return ""
		}
		addr = rest[i+1:]
	}
	if strings.HasPrefix(addr, "data.") || strings.HasPrefix(addr, "var.") || strings.HasPrefix(addr, "local.") {
		return ""
	}
	typ, _, ok := strings.Cut(addr, ".")
	if !ok {
		return ""
	}
	return typ
}

// absent reports whether v is not written: nil, null, or an empty list of
// blocks.
func absent(v *Value) bool {
	return v == nil || v.Kind == Null || v.Kind == List && len(v.Elems) == 0
}

// NotTrue judges a boolean setting that must be true: Yes when it is known
// false, or absent while its default def is false.
func NotTrue(v *Value, name string, def bool) Verdict {
	return boolIs(v, name, def, false)
}

// NotFalse judges a boolean setting that must be false: Yes when it is
// known true, or absent while its default def is true.
func NotFalse(v *Value, name string, def bool) Verdict {
	return boolIs(v, name, def, true)
}

func boolIs(v *Value, name string, def, bad bool) Verdict {
	if absent(v) {
		if def == bad {
			return Bad(nil, fmt.Sprintf("%s is not set, and the default is %t", name, def))
		}
		return Decided
	}
	b, ok := v.AsBool()
	if !ok {
		if v.Kind == Unknown {
			return Unknowable(v, name)
		}
		return Decided // not a boolean: the cloud rejects it, not our question
	}
	if b == bad {
		return Bad(v, fmt.Sprintf("%s = %t", name, b))
	}
	return Decided
}

// NotSet judges a setting that must be given (a key, a log destination):
// Yes when it is absent, null, an empty string or an empty list.
func NotSet(v *Value, name string) Verdict {
	switch {
	case absent(v):
		return Bad(nil, name+" is not set")
	case v.Kind == Unknown:
		// An unknown value is written, so something is set: the cloud
		// would reject a computed empty key before the setting mattered.
		return Decided
	case v.Kind == String && strings.TrimSpace(v.Str) == "":
		return Bad(v, name+" is empty")
	}
	return Decided
}

// Set reports whether a setting is written: Yes for a known non-empty
// value, No when absent, null or empty, CannotTell when unknown.
func Set(v *Value) Answer {
	switch {
	case absent(v):
		return No
	case v.Kind == Unknown, v.Rest(), v.Kind == List && allRest(v.Elems):
		return CannotTell
	case v.Kind == String && strings.TrimSpace(v.Str) == "":
		return No
	}
	return Yes
}

// allRest reports whether every element of a non-empty list may stand for
// none (Value.Extra.Rest), so that the list may be empty.
func allRest(elems []*Value) bool {
	for _, e := range elems {
		if !e.Rest() {
			return false
		}
	}
	return len(elems) > 0
}

// AnySet reports whether any of vs is written (or may be: unknown counts),
// the test for "this resource inherits the setting from elsewhere".
func AnySet(vs ...*Value) bool {
	for _, v := range vs {
		if Set(v) != No {
			return true
		}
	}
	return false
}

// OneOf judges a string setting whose values in bad are insecure: Yes when
// it is known (case-insensitively) one of them, or absent while its default
// def is one of them. def "" means absent is fine.
func OneOf(v *Value, name, def string, bad ...string) Verdict {
	if v.KnownParts() != nil && !couldBeAny(v, bad) {
		return Decided // partly known, and its known text rules out every bad value
	}
	return stringIs(v, name, def, func(s string) bool { return matchAny(s, bad) })
}

// NoneOf judges a string setting whose only secure values are good: Yes
// when it is known and not (case-insensitively) one of them, or absent
// while its default def is not one of them. def "" means absent is fine.
func NoneOf(v *Value, name, def string, good ...string) Verdict {
	if v.KnownParts() != nil && !couldBeAny(v, good) {
		// Partly known, and its known text rules out every good value.
		return Bad(v, fmt.Sprintf("%s = %s, which can be none of %s", name, strconv.Quote(v.Shown()), strings.Join(good, ", ")))
	}
	return stringIs(v, name, def, func(s string) bool { return !matchAny(s, good) })
}

// couldBeAny reports whether v may be one of set (see Value.CouldBe).
func couldBeAny(v *Value, set []string) bool {
	for _, w := range set {
		if v.CouldBe(w) {
			return true
		}
	}
	return false
}

// stringIs judges a string setting that is insecure when insecure(value).
func stringIs(v *Value, name, def string, insecure func(string) bool) Verdict {
	if absent(v) {
		if def != "" && insecure(def) {
			return Bad(nil, fmt.Sprintf("%s is not set, and the default is %s", name, def))
		}
		return Decided
	}
	s, ok := v.AsString()
	if !ok {
		if v.Kind == Unknown {
			return Unknowable(v, name)
		}
		return Decided
	}
	if insecure(s) {
		return Bad(v, fmt.Sprintf("%s = %s", name, strconv.Quote(s)))
	}
	return Decided
}

// Below judges a number that must be at least min: Yes when it is known
// smaller, or absent while its default def is smaller. A default below 0
// means absent is fine.
func Below(v *Value, name string, def, min int64) Verdict {
	if absent(v) {
		if def >= 0 && def < min {
			return Bad(nil, fmt.Sprintf("%s is not set, and the default is %d", name, def))
		}
		return Decided
	}
	n, ok := v.AsInt()
	if !ok {
		if v.Kind == Unknown {
			return Unknowable(v, name)
		}
		return Decided
	}
	if n < min {
		return Bad(v, fmt.Sprintf("%s = %d, below %d", name, n, min))
	}
	return Decided
}

func matchAny(s string, set []string) bool {
	s = strings.TrimSpace(s)
	for _, w := range set {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// Either combines verdicts of alternatives that are each enough to make the
// setting insecure: the first Yes; else the first CannotTell; else No.
func Either(vs ...Verdict) Verdict {
	out := Decided
	for _, v := range vs {
		switch v.Answer {
		case Yes:
			return v
		case CannotTell:
			if out.Answer == No {
				out = v
			}
		}
	}
	return out
}

// Both combines verdicts that must all hold for the setting to be
// insecure (unencrypted flag and no key): No if any is No; else the first
// CannotTell; else the first Yes, with the details of all joined by "; ".
func Both(vs ...Verdict) Verdict {
	var tell *Verdict
	for i, v := range vs {
		switch v.Answer {
		case No:
			return Decided
		case CannotTell:
			if tell == nil {
				tell = &vs[i]
			}
		}
	}
	if tell != nil {
		return *tell
	}
	if len(vs) == 0 {
		return Decided
	}
	out := vs[0]
	for _, v := range vs[1:] {
		if v.Detail != "" {
			out.Detail += "; " + v.Detail
		}
	}
	return out
}

// Truth is what is known of a yes/no property of a resource (a setting is
// on, a policy requires MFA), ordered so that max gives the most permissive
// reading: False < Maybe < True. A rule combines truths of several places
// and turns the result into a Verdict.
type Truth uint8

// The truths.
const (
	False Truth = iota
	Maybe
	True
)

// Truth returns what is known of the boolean setting v: def when it is not
// written, Maybe when it is unknown or not a boolean.
func (v *Value) Truth(def bool) Truth {
	if absent(v) {
		if def {
			return True
		}
		return False
	}
	b, ok := v.AsBool()
	switch {
	case !ok:
		return Maybe
	case b:
		return True
	}
	return False
}
