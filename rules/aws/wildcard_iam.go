package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
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
			checkDocument(p, res, b.Get(attr))
		}
		if attr, ok := tfPolicyARNAttributes[res.Type]; ok {
			checkARNs(p, res, b.Get(attr))
		}
		switch res.Type {
		case "aws_iam_role":
			for _, ip := range b.Get("inline_policy").Items() {
				checkDocument(p, res, ip.Get("policy"))
			}
		case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy":
			checkDocument(p, res, b.Get("PolicyDocument"))
		case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
			for _, pol := range b.Get("Policies").Items() {
				checkDocument(p, res, pol.Get("PolicyDocument"))
			}
			checkARNs(p, res, b.Get("ManagedPolicyArns"))
		case "AWS::SSO::PermissionSet":
			checkDocument(p, res, b.Get("InlinePolicy"))
		}
	}
	// aws_iam_policy_document is a data source: its statements are checked
	// where they are written.
	for _, res := range p.DataSourcesOfType("aws_iam_policy_document") {
		sts := res.Body.Get("statement").Items()
		var fields []polDenyFields
		for _, st := range sts {
			fields = append(fields, blockDenyFields(st))
		}
		denies := wildcardDenies(fields)
		for _, st := range sts {
			if a := wildcardGrant(st.Get("effect"), undenied(denies, stringsOf(st.Get("actions"))), stringsOf(st.Get("resources"))); a != nil {
				p.Report(res, a, "%s allows action %q on all resources", res.Address, a.Str)
			}
		}
	}
}

func checkDocument(p *engine.Pass, res *parser.Resource, v *parser.Value) {
	doc := policyDocument(v)
	sts := statements(doc)
	var fields []polDenyFields
	for _, st := range sts {
		fields = append(fields, jsonDenyFields(st))
	}
	denies := wildcardDenies(fields)
	for _, st := range sts {
		// A Deny of the same document that cancels the whole wildcard (the
		// same actions, or every action but another service's) leaves
		// nothing granted.
		if a := wildcardGrant(st.Get("Effect"), undenied(denies, stringsOf(st.Get("Action"))), stringsOf(st.Get("Resource"))); a != nil {
			p.Report(res, a, "%s allows action %q on all resources", res.Address, a.Str)
		}
	}
}

func checkARNs(p *engine.Pass, res *parser.Resource, v *parser.Value) {
	arns := []*parser.Value{v}
	if v != nil && v.Kind == parser.List {
		arns = v.Elems
	}
	for _, arn := range arns {
		if name, ok := privilegedPolicyARN(arn); ok {
			p.Report(res, arn, "%s attaches the AWS managed policy %s", res.Address, name)
		}
	}
}
