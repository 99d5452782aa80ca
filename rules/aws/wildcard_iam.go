package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"strings"
)

// tfPolicyAttributes are the Terraform resources holding a policy document
// and the attribute it is in.
var tfPolicyAttributes = map[string]string{
	"aws_iam_policy": "policy", "aws_iam_role_policy": "policy", "aws_iam_user_policy": "policy",
	"aws_iam_group_policy": "policy", "aws_ssoadmin_permission_set_inline_policy": "inline_policy",
}

// tfPolicyARNAttributes are the Terraform resources attaching managed
// policies by ARN and the attribute holding the ARN or ARNs.
var tfPolicyARNAttributes = map[string]string{
	"aws_iam_role_policy_attachment": "policy_arn", "aws_iam_user_policy_attachment": "policy_arn",
	"aws_iam_group_policy_attachment": "policy_arn", "aws_iam_policy_attachment": "policy_arn",
	"aws_iam_role": "managed_policy_arns", "aws_iam_role_policy_attachments_exclusive": "policy_arns",
	"aws_iam_user_policy_attachments_exclusive": "policy_arns", "aws_iam_group_policy_attachments_exclusive": "policy_arns",
	"aws_ssoadmin_managed_policy_attachment": "managed_policy_arn",
}

func checkWildcardIAM(p *engine.Pass) {
	types := []string{"aws_iam_role", "aws_iam_policy_document", "AWS::SSO::PermissionSet",
		"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group",
		"AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"}
	for t := range tfPolicyAttributes {
		types = append(types, t)
	}
	for t := range tfPolicyARNAttributes {
		types = append(types, t)
	}
	for _, res := range p.ResourcesOfType(types...) {
		b := res.Body
		if attr, ok := tfPolicyAttributes[res.Type]; ok {
			checkDocument(p, res, attr, b.Get(attr))
		}
		if attr, ok := tfPolicyARNAttributes[res.Type]; ok {
			checkARNs(p, res, attr)
		}
		switch res.Type {
		case "aws_iam_role":
			for _, ip := range b.Get("inline_policy").Items() {
				checkDocument(p, res, "inline_policy", ip.Get("policy"))
			}
		case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy":
			checkDocument(p, res, "PolicyDocument", b.Get("PolicyDocument"))
		case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
			for _, pol := range b.Get("Policies").Items() {
				checkDocument(p, res, "Policies", pol.Get("PolicyDocument"))
			}
			checkARNs(p, res, "ManagedPolicyArns")
		case "AWS::SSO::PermissionSet":
			checkDocument(p, res, "InlinePolicy", b.Get("InlinePolicy"))
		}
	}
	// aws_iam_policy_document is a data source: its statements are checked
	// where they are written. A statement that names principals belongs to
	// a resource or trust policy (an identity policy has none): a key
	// policy's kms:* for the account root is the default key policy, and
	// every action granted to a principal is AWS-464's, AWS-212's or
	// AWS-320's.
	for _, res := range p.DataSourcesOfType("aws_iam_policy_document") {
		var sts []*parser.Value
		for _, st := range res.Body.Get("statement").Items() {
			if !namesPrincipals(st.Get("principals")) && !namesPrincipals(st.Get("not_principals")) {
				sts = append(sts, st)
			}
		}
		reportWildcardGrants(p, res, sts, blockDenyFields)
	}
}

// reportWildcardGrants reports the statements of one policy document, read
// by fields, that allow a wildcard on every resource. A Deny of the same
// document that cancels the whole wildcard (the same actions, or every
// action but another service's) leaves nothing granted.
func reportWildcardGrants(p *engine.Pass, res *parser.Resource, sts []*parser.Value, fields func(*parser.Value) polDenyFields) {
	read := make([]polDenyFields, len(sts))
	for i, st := range sts {
		read[i] = fields(st)
	}
	denies := wildcardDenies(read)
	for _, f := range read {
		if a := wildcardGrant(f.effect, undeniedToHolders(p, res, undenied(denies, stringsOf(f.actions))), stringsOf(f.resources)); a != nil {
			p.Report(res, a, "%s allows action %q on all resources", res.Address, a.Str)
		}
	}
}

// checkDocument reports the wildcard grants of the policy document v, the
// value of res's attribute attr. A document whose text is not known (a
// module input or stack parameter without a value, an expression this
// linter cannot evaluate) and that no aws_iam_policy_document of the scan
// builds (those are judged where they are written) is an undecided note.
func checkDocument(p *engine.Pass, res *parser.Resource, attr string, v *parser.Value) {
	if policyUnreadable(p, polSource{res: res, attr: attr, v: v}) {
		// The document of an AWS managed policy, copied through the
		// aws_iam_policy data source, is judged by the policy's name.
		if arn := managedPolicyCopy(p, res, attr); arn != nil {
			if name, ok := privilegedPolicyARN(arn); ok {
				p.Report(res, v, "%s copies the document of the AWS managed policy %s", res.Address, name)
			}
			return
		}
		p.CannotTell(res, v, parser.Unknowable(v, attr).Detail)
		return
	}
	reportWildcardGrants(p, res, statements(policyDocument(v)), jsonDenyFields)
}

func checkARNs(p *engine.Pass, res *parser.Resource, attr string) {
	for _, a := range attachedPolicies(p, res, attr) {
		if name, ok := privilegedPolicyARN(a.arn); ok {
			p.Report(res, a.at, "%s attaches the AWS managed policy %s", res.Address, name)
		} else if name, ok := managedPolicyARN(a.arn, fullAccessPolicy); ok {
			p.Report(res, a.at, "%s attaches the AWS managed policy %s, which allows every action of its service on all resources", res.Address, name)
		}
	}
}

// attachedPolicy is one managed policy ARN a resource attaches: at is the
// value as written, arn the ARN it holds (the same value, or the arn of
// the aws_iam_policy data source it reads).
type attachedPolicy struct{ at, arn *parser.Value }

// attachedPolicies returns the policy ARNs res's attribute attr attaches
// (one ARN or a list). A single ARN read from an aws_iam_policy data
// source that names an AWS managed policy by its ARN
// (policy_arn = data.aws_iam_policy.admin.arn) is that ARN.
func attachedPolicies(p *engine.Pass, res *parser.Resource, attr string) []attachedPolicy {
	v := res.Body.Get(attr)
	arns := []*parser.Value{v}
	if v != nil && v.Kind == parser.List {
		arns = v.Elems
	}
	if len(arns) == 1 && arns[0] != nil && arns[0].Kind == parser.Unknown {
		if arn := managedPolicyCopy(p, res, attr); arn != nil {
			return []attachedPolicy{{at: arns[0], arn: arn}}
		}
	}
	out := make([]attachedPolicy, len(arns))
	for i, arn := range arns {
		out[i] = attachedPolicy{at: arn, arn: arn}
	}
	return out
}

// managedPolicyCopy returns the ARN of the AWS managed policy whose
// document res's attribute attr copies through the aws_iam_policy data
// source, or nil.
func managedPolicyCopy(p *engine.Pass, res *parser.Resource, attr string) *parser.Value {
	if ds := p.Referenced(res, attr, "aws_iam_policy"); len(ds) == 1 && ds[0].Data {
		if arn := ds[0].Body.Get("arn"); awsManagedPolicyARN(arn) {
			return arn
		}
	}
	return nil
}

// awsManagedPolicyARN reports whether v is the ARN of an AWS managed
// policy (arn:<partition>:iam::aws:policy/...), the partition possibly
// not known.
func awsManagedPolicyARN(v *parser.Value) bool {
	if v == nil {
		return false
	}
	if v.Kind == parser.String {
		return strings.HasPrefix(v.Str, "arn:") && strings.Contains(v.Str, ":iam::aws:policy/")
	}
	prefix, ok1 := v.KnownPrefix()
	suffix, ok2 := v.KnownSuffix()
	return ok1 && ok2 && strings.HasPrefix(prefix, "arn:") && strings.HasPrefix(suffix, ":iam::aws:policy/")
}

// namesPrincipals reports whether principals (not_principals) blocks of
// an aws_iam_policy_document statement are written: one block or more,
// or a dynamic block whose instances cannot be told.
func namesPrincipals(v *parser.Value) bool {
	return !v.IsNull() && (v.Kind != parser.List || len(v.Elems) > 0)
}
