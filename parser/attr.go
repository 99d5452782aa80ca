package parser

import "strings"

// Attr spells one setting of a resource once for both formats: its path in
// Terraform and its path in CloudFormation, each a dot-separated list of
// attribute (property) names, such as "server_side_encryption.enabled" and
// "SSESpecification.SSEEnabled". A rule that reads the same concept in both
// formats names it with one Attr instead of branching on the format.
//
// Nested Terraform blocks are lists of objects in the model; a step through
// such a list looks into its first element (blocks that hold one setting
// are written at most once), and an empty list counts as absent. Either
// path may be empty when the setting does not exist in that format.
type Attr struct {
	TF  string
	CFN string
}

// A returns the Attr with Terraform path tf and CloudFormation path cfn.
func A(tf, cfn string) Attr { return Attr{TF: tf, CFN: cfn} }

// Path returns the dot-separated path of the setting in res's format.
func (a Attr) Path(res *Resource) string {
	if res != nil && res.Format == CloudFormation {
		return a.CFN
	}
	return a.TF
}

// Name returns the path as a user reads it in res's format: the path
// itself, for messages such as "storage_encrypted = false".
func (a Attr) Name(res *Resource) string { return a.Path(res) }

// Exists reports whether the setting has a path in res's format.
func (a Attr) Exists(res *Resource) bool { return a.Path(res) != "" }

// Of returns the setting's value in res's body. It returns nil when the
// setting (or a block on its way) is not written, or the format has no such
// setting; an Unknown value when the setting, or a block on its way, could
// not be evaluated (that value says why); otherwise the value.
func (a Attr) Of(res *Resource) *Value {
	if res == nil {
		return nil
	}
	return Lookup(res.Body, a.Path(res))
}

// Lookup follows the dot-separated path from v, as Attr.Of does: a list
// on the way is entered at its first element, an empty list or a null
// ends the walk with nil, and an Unknown value on the way is returned as
// the answer, since what lies below it cannot be told.
func Lookup(v *Value, path string) *Value {
	if path == "" {
		return nil
	}
	for _, name := range strings.Split(path, ".") {
		v = enter(v)
		if v == nil || v.Kind == Unknown {
			return v
		}
		if v.Kind != Object {
			return nil
		}
		v = v.Attrs[name]
	}
	return v
}

// enter steps into a block list: its first element, nil when it is empty.
// Anything else is returned as it is; a null becomes nil.
func enter(v *Value) *Value {
	if v == nil || v.Kind == Null {
		return nil
	}
	if v.Kind == List {
		if len(v.Elems) == 0 {
			return nil
		}
		return enter(v.Elems[0])
	}
	return v
}

// Block returns the block (Terraform) or property object (CloudFormation)
// a names, entered as Lookup enters lists: nil when it is not written, an
// Unknown value when it cannot be told, else the object.
func (a Attr) Block(res *Resource) *Value { return enter(a.Of(res)) }

// Nearest returns the deepest block on the setting's path that is written
// in res, not counting the body itself: where a finding about a missing
// setting points when its block is present (`server_side_encryption {}`).
// It returns nil when no block on the way is written.
func (a Attr) Nearest(res *Resource) *Value {
	if res == nil {
		return nil
	}
	path := a.Path(res)
	if path == "" {
		return nil
	}
	names := strings.Split(path, ".")
	var found *Value
	v := res.Body
	for _, name := range names[:len(names)-1] {
		v = enter(v)
		if v == nil || v.Kind != Object {
			return found
		}
		v = v.Attrs[name]
		if v == nil || v.Kind == Null {
			return found
		}
		found = v
	}
	return found
}
