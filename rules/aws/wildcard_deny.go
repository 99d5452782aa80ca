package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// wildcardDeny is an unconditional Deny statement on every resource of a
// policy document, read for AWS-003: the actions it names (Action), or
// the only actions it spares (NotAction).
type wildcardDeny struct {
	actions, notActions []string
	not                 bool
}

// wildcardDenies reads the Deny statements of one document that take
// effect on every resource whatever the request: Effect "Deny", no
// Condition, no NotResource, a Resource matching every ARN, and actions
// whose every element is known. Others are left out, so that an allowed
// wildcard is reported unless a Deny is known to cancel it.
func wildcardDenies(sts []polDenyFields) []wildcardDeny {
	var out []wildcardDeny
	for _, st := range sts {
		if e, ok := st.effect.AsString(); !ok || !strings.EqualFold(strings.TrimSpace(e), "Deny") {
			continue
		}
		if parser.Set(st.condition) != parser.No || parser.Set(st.notResource) != parser.No {
			continue
		}
		every := false
		for _, r := range stringsOf(st.resources) {
			if everyResource(r.Str) {
				every = true
			}
		}
		if !every {
			continue
		}
		d := wildcardDeny{}
		var ok bool
		if parser.Set(st.notActions) == parser.Yes {
			d.not = true
			if d.notActions, ok = knownStrings(st.notActions); !ok {
				continue
			}
		} else if d.actions, ok = knownStrings(st.actions); !ok || len(d.actions) == 0 {
			continue
		}
		out = append(out, d)
	}
	return out
}

// polDenyFields are the parts of a statement wildcardDenies reads, in
// either spelling (a JSON document or an aws_iam_policy_document block).
type polDenyFields struct {
	effect, actions, notActions, resources, notResource, condition *parser.Value
}

// jsonDenyFields and blockDenyFields read one statement of a JSON policy
// document and of an aws_iam_policy_document data source.
func jsonDenyFields(st *parser.Value) polDenyFields {
	return polDenyFields{st.Get("Effect"), st.Get("Action"), st.Get("NotAction"), st.Get("Resource"), st.Get("NotResource"), st.Get("Condition")}
}

func blockDenyFields(st *parser.Value) polDenyFields {
	effect := st.Get("effect")
	if effect == nil {
		effect = &parser.Value{Kind: parser.String, Str: "Allow"}
	}
	return polDenyFields{effect, st.Get("actions"), st.Get("not_actions"), st.Get("resources"), st.Get("not_resources"), st.Get("condition")}
}

// knownStrings returns the strings of a string-or-list value, and false
// when one of its elements is not a known string.
func knownStrings(v *parser.Value) ([]string, bool) {
	if v == nil {
		return nil, true
	}
	if v.Kind == parser.String {
		return []string{v.Str}, true
	}
	if v.Kind != parser.List || v.Rest() {
		return nil, false
	}
	var out []string
	for _, e := range v.Items() {
		if e.Kind != parser.String {
			return nil, false
		}
		out = append(out, e.Str)
	}
	return out, true
}

// undenied returns the actions that none of denies cancels whole.
func undenied(denies []wildcardDeny, actions []*parser.Value) []*parser.Value {
	if len(denies) == 0 {
		return actions
	}
	var out []*parser.Value
	for _, a := range actions {
		if !deniedAll(denies, a.Str) {
			out = append(out, a)
		}
	}
	return out
}

// deniedAll reports whether one of denies cancels every action that the
// allowed act grants: one of its Action patterns is "*" or act itself, or
// its NotAction spares no action of act's service. Only whole-service
// wildcards and single actions are compared; a Deny of a narrower pattern
// ("s3:Delete*") leaves "s3:*" reported.
func deniedAll(denies []wildcardDeny, act string) bool {
	act = collapseStars(act)
	service, _, _ := strings.Cut(act, ":")
	for _, d := range denies {
		if !d.not {
			for _, a := range d.actions {
				if a = collapseStars(a); a == "*" || a == "*:*" || a == act {
					return true
				}
			}
			continue
		}
		// NotAction denies every action but those listed: the wildcard is
		// cancelled when none of them is an action of its service.
		spared := false
		for _, a := range d.notActions {
			s, _, _ := strings.Cut(collapseStars(a), ":")
			if service == "*" || strings.Contains(s, "*") || s == service {
				spared = true
				break
			}
		}
		if !spared {
			return true
		}
	}
	return false
}

// collapseStars lower-cases an action pattern and folds repeated stars,
// which IAM matches as one.
func collapseStars(a string) string {
	a = strings.ToLower(strings.TrimSpace(a))
	for strings.Contains(a, "**") {
		a = strings.ReplaceAll(a, "**", "*")
	}
	return a
}
