package aws

import (
	"regexp"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// AWS-003 and a Deny held by every principal that holds a wildcard.
//
// IAM denies a request that any policy of the principal denies
// explicitly, so a wildcard Allow is cancelled whole when every principal
// holding the policy also holds an unconditional Deny of the same
// wildcard, or of every action, on every resource (AWS's AWSDenyAll
// policy, or a document of the scan). That is told only when every holder
// is known: an inline policy's one role, user or group, named by
// reference; a managed policy of the scan whose every referrer in the scan
// is an attachment naming its principal by reference (at least one). A
// managed policy that is attached by name or list (aws_iam_policy_attachment),
// or by nothing in the scan, may be held by anyone: its wildcard stays.

// awsDenyAll matches the ARN of the AWS managed policy that denies every
// action.
var awsDenyAll = regexp.MustCompile(`:iam::aws:policy/AWSDenyAll$`)

// policyHolderAttrs are, for each identity policy type of the scan, the
// attributes that name the principals holding it and the principal types.
var policyHolderAttrs = map[string][]struct{ attr, typ string }{
	"aws_iam_role_policy":   {{"role", "aws_iam_role"}},
	"aws_iam_user_policy":   {{"user", "aws_iam_user"}},
	"aws_iam_group_policy":  {{"group", "aws_iam_group"}},
	"AWS::IAM::RolePolicy":  {{"RoleName", "AWS::IAM::Role"}},
	"AWS::IAM::UserPolicy":  {{"UserName", "AWS::IAM::User"}},
	"AWS::IAM::GroupPolicy": {{"GroupName", "AWS::IAM::Group"}},
	"AWS::IAM::Policy":      {{"Roles", "AWS::IAM::Role"}, {"Users", "AWS::IAM::User"}, {"Groups", "AWS::IAM::Group"}},
	"AWS::IAM::ManagedPolicy": {{"Roles", "AWS::IAM::Role"}, {"Users", "AWS::IAM::User"},
		{"Groups", "AWS::IAM::Group"}},
}

// tfAttachments are the Terraform resources that attach a managed policy
// to one principal, with the attribute naming it.
var tfAttachments = map[string]struct{ attr, typ string }{
	"aws_iam_role_policy_attachment":  {"role", "aws_iam_role"},
	"aws_iam_user_policy_attachment":  {"user", "aws_iam_user"},
	"aws_iam_group_policy_attachment": {"group", "aws_iam_group"},
}

// policyHolders returns the principals that hold the identity policy
// document of res, and false when they cannot all be told.
func policyHolders(p *engine.Pass, res *parser.Resource) ([]*parser.Resource, bool) {
	switch res.Type {
	case "aws_iam_role", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
		return []*parser.Resource{res}, true // its inline policies
	case "aws_iam_policy_document":
		// A data source is held by the holders of the policies built from
		// it, when nothing else reads it.
		var out []*parser.Resource
		for _, r := range p.Referrers(res, "") {
			switch r.Type {
			case "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy":
			default:
				return nil, false
			}
			if len(p.ReferencedUnder(r, "policy", "aws_iam_policy_document")) == 0 {
				return nil, false
			}
			held, ok := policyHolders(p, r)
			if !ok {
				return nil, false
			}
			out = append(out, held...)
		}
		return out, len(out) > 0
	case "aws_iam_policy":
		var out []*parser.Resource
		for _, r := range p.Referrers(res, "") {
			if r.Type == "aws_iam_role" {
				// managed_policy_arns attaches it; a permissions boundary
				// or anything else is not told here.
				if len(p.ReferencedUnder(r, "managed_policy_arns", "aws_iam_policy")) == 0 {
					return nil, false
				}
				out = append(out, r)
				continue
			}
			a, ok := tfAttachments[r.Type]
			if !ok {
				return nil, false
			}
			held, ok := onePrincipal(p, r, a.attr, a.typ)
			if !ok {
				return nil, false
			}
			out = append(out, held)
		}
		return out, len(out) > 0
	}
	attrs, ok := policyHolderAttrs[res.Type]
	if !ok {
		return nil, false
	}
	var out []*parser.Resource
	for _, a := range attrs {
		v := res.Body.Get(a.attr)
		if v == nil || v.Kind == parser.Null {
			continue
		}
		if v.Kind != parser.List {
			held, ok := onePrincipal(p, res, a.attr, a.typ)
			if !ok {
				return nil, false
			}
			out = append(out, held)
			continue
		}
		refs := p.ReferencedUnder(res, a.attr, a.typ)
		if v.Rest() || len(refs) != len(v.Elems) {
			return nil, false
		}
		out = append(out, refs...)
	}
	if res.Type == "AWS::IAM::ManagedPolicy" {
		for _, r := range p.Referrers(res, "") {
			switch r.Type {
			case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
				if len(p.ReferencedUnder(r, "ManagedPolicyArns", "AWS::IAM::ManagedPolicy")) == 0 {
					return nil, false
				}
				out = append(out, r)
			default:
				return nil, false
			}
		}
	}
	return out, len(out) > 0
}

// onePrincipal returns the one principal of type typ that res's
// attribute attr names by reference.
func onePrincipal(p *engine.Pass, res *parser.Resource, attr, typ string) (*parser.Resource, bool) {
	refs := p.ReferencedUnder(res, attr, typ)
	if len(refs) != 1 {
		return nil, false
	}
	return refs[0], true
}

// heldDenies indexes, by principal, the unconditional Deny statements on
// every resource of the identity policies the principal holds, and
// whether it holds AWSDenyAll.
type heldDenies struct {
	denies map[*parser.Resource][]wildcardDeny
}

var principalDenies = engine.NewFact(func(p *engine.Pass) heldDenies {
	h := heldDenies{denies: map[*parser.Resource][]wildcardDeny{}}
	for _, src := range identityPolicySources(p) {
		var fields []polDenyFields
		for _, st := range polStatementsQuiet(p, src) {
			effect := st.effect
			if effect == nil && st.block {
				effect = &parser.Value{Kind: parser.String, Str: "Allow"}
			}
			fields = append(fields, polDenyFields{effect, st.actions, st.notActions, st.resources, st.notResource, st.condition})
		}
		ds := wildcardDenies(fields)
		if len(ds) == 0 {
			continue
		}
		holders, _ := policyHolders(p, src.res)
		for _, r := range holders {
			h.denies[r] = append(h.denies[r], ds...)
		}
	}
	// The AWS managed AWSDenyAll policy, attached by ARN.
	all := wildcardDeny{actions: []string{"*"}}
	for t := range tfAttachments {
		for _, att := range p.ResourcesOfType(t) {
			if name, ok := managedPolicyARN(att.Body.Get("policy_arn"), awsDenyAll); ok && name != "" {
				if held, ok := onePrincipal(p, att, tfAttachments[t].attr, tfAttachments[t].typ); ok {
					h.denies[held] = append(h.denies[held], all)
				}
			}
		}
	}
	for _, r := range p.ResourcesOfType("aws_iam_role", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group") {
		attr := "managed_policy_arns"
		if r.Format == parser.CloudFormation {
			attr = "ManagedPolicyArns"
		}
		for _, a := range r.Body.Get(attr).Items() {
			if _, ok := managedPolicyARN(a, awsDenyAll); ok {
				h.denies[r] = append(h.denies[r], all)
			}
		}
	}
	return h
})

// polStatementsQuiet is polStatements without its note for a document
// that cannot be read: such a document is taken to deny nothing.
func polStatementsQuiet(p *engine.Pass, src polSource) []polStatement {
	if policyUnreadable(p, src) {
		return nil
	}
	return polStatements(p, src)
}

// deniedToHolders reports whether every principal holding res's policy
// is known and holds a Deny that cancels the allowed action act whole.
func deniedToHolders(p *engine.Pass, res *parser.Resource, act string) bool {
	holders, ok := policyHolders(p, res)
	if !ok {
		return false
	}
	h := principalDenies.Of(p)
	for _, r := range holders {
		if !deniedAll(h.denies[r], act) {
			return false
		}
	}
	return true
}

// undeniedToHolders returns the actions that a Deny held by every
// principal holding res's policy does not cancel whole.
func undeniedToHolders(p *engine.Pass, res *parser.Resource, actions []*parser.Value) []*parser.Value {
	var out []*parser.Value
	for _, a := range actions {
		if !wildcardAction.MatchString(a.Str) || !deniedToHolders(p, res, a.Str) {
			out = append(out, a)
		}
	}
	return out
}
