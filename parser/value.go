// Package parser holds the format-neutral model that the Terraform and
// CloudFormation parsers produce: positioned values, resources and
// diagnostics. It is the leftmost package of the pipeline and imports no
// other package of this module.
package parser

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Pos is a position in a source file. Line and Column are 1-based; Column
// counts characters (Unicode code points), as editors and SARIF do. Byte is
// the 0-based byte offset.
type Pos struct {
	Line   int32 `json:"line"`
	Column int32 `json:"column"`
	Byte   int32 `json:"-"`
}

// MakePos returns the position at line, column and byte offset, as the
// parsers count them in ints. Pos holds them in 32 bits: a Value holds two
// ranges, and the values of a large module are most of its memory; the
// scan reads no file of 2 GiB or more (its limit on file size).
func MakePos(line, column, offset int) Pos {
	return Pos{Line: int32(line), Column: int32(column), Byte: int32(offset)}
}

// Range is a span of a source file. End is exclusive.
type Range struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// IsZero reports whether r carries no position.
func (r Range) IsZero() bool { return r.File == "" && r.Start.Line == 0 }

// String renders r as file:line:column.
func (r Range) String() string {
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Column)
}

// Kind is the kind of a Value.
type Kind uint8

// The kinds of Value. Unknown is a state of its own: a value the parser
// could not determine statically (a computed attribute, a variable without a
// value, an unsupported function). Rules never treat Unknown as bad.
const (
	Unknown Kind = iota
	Null
	Bool
	Number
	String
	List
	Object
)

var kindNames = [...]string{"unknown", "null", "bool", "number", "string", "list", "object"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Step is one place a value passed through on its way to where a rule sees
// it: a variable default, a tfvars entry, a parameter default, a local.
type Step struct {
	Range Range  `json:"range"`
	Note  string `json:"note"`
}

// Value is a positioned, format-neutral value. Terraform attributes and
// nested blocks and CloudFormation properties all become Values: nested
// blocks are lists of objects, so `ingress { ... }` in Terraform and
// `SecurityGroupIngress: [...]` in CloudFormation look alike to a rule.
type Value struct {
	Kind  Kind
	Bool  bool
	Num   float64
	Str   string // also the literal text of a Number
	Elems []*Value
	Attrs map[string]*Value
	// Range is where the value (or the expression that produced it) is written.
	Range Range
	// KeyRange is the range of the attribute name or map key this value is
	// stored under, when it is stored under one.
	KeyRange Range
	// extra holds the fields that few values set (Via, Refs, Uses, Why,
	// Parts, Rest, Import, SSMParameterDefault), nil when none is set, so
	// that the many values that set none (nearly every value as written) are smaller. A copy of
	// a Value (c := *v) shares it: the setters replace it, never change it.
	extra *Extra
}

// Extra is what few values carry besides their kind, content and place.
// Read it through Value's methods of the same names.
type Extra struct {
	// Via lists the places the value came through, outermost first, when it
	// was not written where it is used.
	Via []Step
	// Refs names the resources the expression of this value leads to,
	// directly or through locals, variables and module outputs, such as
	// "aws_vpc.main" or a CloudFormation logical id. Rules follow these.
	Refs []string
	// Uses names what the expression refers to as written: resources and
	// also variables, locals and module calls ("var.cidrs", "local.x",
	// "module.net"). The graph picture follows these.
	Uses []string
	// Why explains an Unknown value (or a Rest element's unknown number),
	// for notes to the user.
	Why string
	// Parts, on an Unknown value, holds what is known of a string built
	// from known and unknown pieces (a Terraform template, Fn::Sub,
	// Fn::Join): the known text before, between and after the unknown
	// pieces, in order, so the string is Parts[0] + ? + Parts[1] + ... +
	// Parts[n-1], each ? an unknown text. It has at least two elements, or
	// is nil when nothing is known. Read it through KnownPrefix,
	// KnownSuffix and KnownParts (partial.go).
	Parts []string
	// Rest, on an element of a List, says the element stands for any
	// number (zero or more) of elements: the List's other elements are
	// known to be in it, its length is not known. On an Unknown element,
	// they are unknown elements, as in a list joined by concat() from known
	// elements and an unknown list. On an Object element, they are the
	// blocks of a Terraform dynamic block whose for_each is not known: each
	// has what the content writes literally, and Why says why their number
	// is not known.
	Rest bool
	// fromKind says what from is: nothing, the export name of an
	// Fn::ImportValue (Value.Import), the default of an SSM-typed
	// template parameter (Value.SSMParameterDefault) or the names of a
	// Fn::Sub's unknown pieces (Value.SubUnknowns). No two meet on one
	// value; one field for all keeps an Extra at 128 bytes (the 128-byte
	// size class), as it was before the second.
	fromKind uint8
	// from, on an Unknown that CloudFormation reads at deployment from a
	// named place, is that name as a Value: the export name that
	// Fn::ImportValue reads (known, partly known or unknown), so that
	// rules can match it to the exports of the scanned templates
	// (Resource.Exports); or the default of a template parameter of an
	// AWS::SSM::Parameter::Value<...> type, the name of the SSM parameter
	// read when no value is given (AWS's public AMI parameters name the
	// image family); or the ${} names of the unknown pieces of a Fn::Sub,
	// joined by NUL bytes in a String; or, on the Unknown a Terraform
	// reference that ends in a literal index key yields
	// (azuread_service_principal.graph.app_role_ids["Directory.Read.All"]),
	// that key. Set it with SetImport, SetSSMParameterDefault,
	// SetSubUnknowns or SetIndexKey.
	from *Value
}

// The kinds of Extra.from.
const (
	fromNone uint8 = iota
	fromImport
	fromSSMDefault
	fromSubNames
	fromIndexKey
)

func (x *Extra) isZero() bool {
	return x.Via == nil && x.Refs == nil && x.Uses == nil && x.Why == "" && x.Parts == nil && !x.Rest && x.from == nil
}

// Extra returns a copy of v's rarely set fields.
func (v *Value) Extra() Extra {
	if v == nil || v.extra == nil {
		return Extra{}
	}
	return *v.extra
}

// SetExtra replaces v's rarely set fields with x, and returns v.
func (v *Value) SetExtra(x Extra) *Value {
	if x.isZero() {
		v.extra = nil
	} else {
		// A copy made here, not &x: x taken by address would be
		// allocated on every call, the zero Extras of the setters
		// (SetVia(nil) ...) included, and dropped.
		p := new(Extra)
		*p = x
		v.extra = p
	}
	return v
}

// ExtraShare lets values share one Extra where their extra fields are
// equal (SetRefsUses). Extras are never changed once set, so sharing them
// is safe. The zero ExtraShare is ready to use; one is meant for one
// evaluation, whose values repeat the same references: on bench/gen's
// 30,000 resources, an Extra of 128 bytes per attribute that refers to a
// variable or local was about a tenth of the live heap.
type ExtraShare struct {
	m   map[*Extra]map[string]*Extra
	buf []byte
}

// SetRefsUses sets Extra.Refs and Extra.Uses together, and returns v.
// With a non-nil share, v takes the Extra of an earlier value of the share
// that had the same other extra fields (the same Extra, or none) and set
// the same Refs and Uses; refs and uses are then kept only by the first.
func (v *Value) SetRefsUses(refs, uses []string, s *ExtraShare) *Value {
	if s == nil {
		x := v.Extra()
		x.Refs, x.Uses = refs, uses
		return v.SetExtra(x)
	}
	prev := v.extra
	if prev == nil && refs == nil && uses == nil {
		return v
	}
	b := s.buf[:0]
	for _, list := range [2][]string{refs, uses} {
		if list == nil {
			b = append(b, 0)
			continue
		}
		b = append(b, 1)
		for _, r := range list {
			b = append(b, r...)
			b = append(b, 0)
		}
		b = append(b, 1)
	}
	s.buf = b
	inner := s.m[prev]
	if x := inner[string(b)]; x != nil {
		v.extra = x
		return v
	}
	x := v.Extra()
	x.Refs, x.Uses = slices.Clip(refs), slices.Clip(uses)
	v.SetExtra(x)
	if s.m == nil {
		s.m = map[*Extra]map[string]*Extra{}
	}
	if inner == nil {
		inner = map[string]*Extra{}
		s.m[prev] = inner
	}
	inner[string(b)] = v.extra
	return v
}

// Via returns the places the value came through (Extra.Via).
func (v *Value) Via() []Step {
	if v == nil || v.extra == nil {
		return nil
	}
	return v.extra.Via
}

// Refs returns the resources the value's expression leads to (Extra.Refs).
func (v *Value) Refs() []string {
	if v == nil || v.extra == nil {
		return nil
	}
	return v.extra.Refs
}

// Uses returns what the value's expression refers to as written
// (Extra.Uses).
func (v *Value) Uses() []string {
	if v == nil || v.extra == nil {
		return nil
	}
	return v.extra.Uses
}

// WhyComputed is why the Terraform reader leaves unknown a resource's
// attribute that the configuration does not set: the provider computes it.
// Rules compare Why with it (and with WhyDataSource) to tell such
// references apart.
const WhyComputed = "attribute computed by the provider"

// WhyDataSource is why the Terraform reader leaves unknown an attribute of
// a data source of type typ.
func WhyDataSource(typ string) string { return "data source " + typ }

// Why returns why an Unknown value is unknown (Extra.Why).
func (v *Value) Why() string {
	if v == nil || v.extra == nil {
		return ""
	}
	return v.extra.Why
}

// Parts returns the known pieces of a partly known string (Extra.Parts).
func (v *Value) Parts() []string {
	if v == nil || v.extra == nil {
		return nil
	}
	return v.extra.Parts
}

// Rest reports whether an Unknown list element stands for any number of
// elements (Extra.Rest).
func (v *Value) Rest() bool { return v != nil && v.extra != nil && v.extra.Rest }

// Import returns the export name a Fn::ImportValue reads, on the Unknown
// it yields.
func (v *Value) Import() *Value {
	if v == nil || v.extra == nil || v.extra.fromKind != fromImport {
		return nil
	}
	return v.extra.from
}

// SSMParameterDefault returns, on the Unknown read from a CloudFormation
// template parameter of an AWS::SSM::Parameter::Value<...> type whose
// default is a string, that default: the name of the SSM parameter read at
// deployment when the stack gives the parameter no value.
func (v *Value) SSMParameterDefault() (string, bool) {
	if v == nil || v.Kind != Unknown || v.extra == nil || v.extra.fromKind != fromSSMDefault {
		return "", false
	}
	return v.extra.from.Str, true
}

// SubUnknowns returns, on the Unknown a CloudFormation Fn::Sub yields
// whose unknown pieces are each a name that means the same value wherever
// its template uses it (a parameter, pseudo parameter, resource or
// attribute), the ${} names of those pieces in order; on the Unknown of a
// Ref to a parameter without a value or to a pseudo parameter, that
// parameter's name; nil otherwise.
func (v *Value) SubUnknowns() []string {
	if v == nil || v.Kind != Unknown || v.extra == nil || v.extra.fromKind != fromSubNames {
		return nil
	}
	return strings.Split(v.extra.from.Str, "\x00")
}

// SetVia sets Extra.Via.
func (v *Value) SetVia(via []Step) { x := v.Extra(); x.Via = via; v.SetExtra(x) }

// SetRefs sets Extra.Refs.
func (v *Value) SetRefs(refs []string) { x := v.Extra(); x.Refs = refs; v.SetExtra(x) }

// SetUses sets Extra.Uses.
func (v *Value) SetUses(uses []string) { x := v.Extra(); x.Uses = uses; v.SetExtra(x) }

// SetWhy sets Extra.Why.
func (v *Value) SetWhy(why string) { x := v.Extra(); x.Why = why; v.SetExtra(x) }

// SetParts sets Extra.Parts.
func (v *Value) SetParts(parts []string) { x := v.Extra(); x.Parts = parts; v.SetExtra(x) }

// SetRest sets Extra.Rest.
func (v *Value) SetRest(rest bool) { x := v.Extra(); x.Rest = rest; v.SetExtra(x) }

// SetImport sets the export name that Import returns.
func (v *Value) SetImport(imp *Value) { v.setFrom(fromImport, imp) }

// SetSSMParameterDefault sets the default that SSMParameterDefault
// returns: def, a String (shared, never changed).
func (v *Value) SetSSMParameterDefault(def *Value) { v.setFrom(fromSSMDefault, def) }

// SetSubUnknowns sets the names that SubUnknowns returns (at least one).
func (v *Value) SetSubUnknowns(names []string) {
	v.setFrom(fromSubNames, &Value{Kind: String, Str: strings.Join(names, "\x00")})
}

// IndexKey returns, on the Unknown a Terraform reference yields whose last
// step indexes a computed map or object with a literal string key
// (azuread_service_principal.graph.app_role_ids["RoleManagement.ReadWrite.Directory"]),
// that key: which entry of the map the value is, when the map itself is
// not known.
func (v *Value) IndexKey() (string, bool) {
	if v == nil || v.Kind != Unknown || v.extra == nil || v.extra.fromKind != fromIndexKey {
		return "", false
	}
	return v.extra.from.Str, true
}

// SetIndexKey sets the key that IndexKey returns.
func (v *Value) SetIndexKey(key string) { v.setFrom(fromIndexKey, &Value{Kind: String, Str: key}) }

func (v *Value) setFrom(kind uint8, from *Value) {
	x := v.Extra()
	x.fromKind, x.from = kind, from
	if from == nil {
		x.fromKind = fromNone
	}
	v.SetExtra(x)
}

// IsKnown reports whether v is present and not Unknown.
func (v *Value) IsKnown() bool { return v != nil && v.Kind != Unknown }

// IsNull reports whether v is absent or null.
func (v *Value) IsNull() bool { return v == nil || v.Kind == Null }

// Get returns the attribute name of an object, or nil.
func (v *Value) Get(name string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	return v.Attrs[name]
}

// Path follows attribute names through nested objects. It returns nil as
// soon as a step is missing.
func (v *Value) Path(names ...string) *Value {
	for _, n := range names {
		v = v.Get(n)
		if v == nil {
			return nil
		}
	}
	return v
}

// Keys returns the attribute names of an object in sorted order.
func (v *Value) Keys() []string {
	if v == nil || v.Kind != Object {
		return nil
	}
	keys := make([]string, 0, len(v.Attrs))
	for k := range v.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Items returns the elements of a list; a single object is treated as a list
// of one, since Terraform blocks and CloudFormation properties often allow
// either. Anything else yields nil.
func (v *Value) Items() []*Value {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case List:
		return v.Elems
	case Object:
		return []*Value{v}
	}
	return nil
}

// AsString returns the string form of a known string, number or bool.
func (v *Value) AsString() (string, bool) {
	if v == nil {
		return "", false
	}
	switch v.Kind {
	case String, Number:
		return v.Str, true
	case Bool:
		return strconv.FormatBool(v.Bool), true
	}
	return "", false
}

// IsTrue reports whether v is known to be true.
func (v *Value) IsTrue() bool {
	b, ok := v.AsBool()
	return ok && b
}

// IsFalse reports whether v is known to be false.
func (v *Value) IsFalse() bool {
	b, ok := v.AsBool()
	return ok && !b
}

// AsBool returns a known boolean, accepting the strings "true" and "false"
// (case-insensitive) that CloudFormation and Terraform both coerce, and the
// YAML 1.1 booleans yes, no, on and off: CloudFormation reads templates as
// YAML 1.1, so an unquoted PubliclyAccessible: Yes deploys as true (the YAML
// reader keeps such a scalar a string, as YAML 1.2 does). Where a boolean is
// expected neither format deploys them as anything else.
func (v *Value) AsBool() (b, ok bool) {
	if v == nil {
		return false, false
	}
	switch v.Kind {
	case Bool:
		return v.Bool, true
	case String:
		switch strings.ToLower(v.Str) {
		case "true", "yes", "on":
			return true, true
		case "false", "no", "off":
			return false, true
		}
	}
	return false, false
}

// AsInt returns a known integral number, accepting numeric strings.
func (v *Value) AsInt() (int64, bool) {
	if v == nil {
		return 0, false
	}
	switch v.Kind {
	case Number:
		if v.Num == float64(int64(v.Num)) {
			return int64(v.Num), true
		}
	case String:
		n, err := strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64)
		return n, err == nil
	}
	return 0, false
}

// UnknownValue returns an Unknown value at r with an explanation.
func UnknownValue(r Range, why string) *Value {
	return (&Value{Kind: Unknown, Range: r}).SetExtra(Extra{Why: why})
}

// StringValue returns a known string at r.
func StringValue(s string, r Range) *Value { return &Value{Kind: String, Str: s, Range: r} }

// NumberValue returns a known number at r.
func NumberValue(f float64, r Range) *Value {
	return &Value{Kind: Number, Num: f, Str: strconv.FormatFloat(f, 'f', -1, 64), Range: r}
}

// BoolValue returns a known boolean at r.
func BoolValue(b bool, r Range) *Value { return &Value{Kind: Bool, Bool: b, Range: r} }

// IsAnyOf reports whether v is a known string (or number or bool) equal to
// one of want, ignoring case and surrounding space.
func (v *Value) IsAnyOf(want ...string) bool {
	s, ok := v.AsString()
	if !ok {
		return false
	}
	s = strings.TrimSpace(s)
	for _, w := range want {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
