package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// IAM-3: least privilege, beyond the wildcard grants of AWS-003.

// iam3 fills in the metadata every IAM-3 rule shares.
var iam3 = checklistItem("IAM-3")

func iamAllowNotAction() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-110",
		Name:     "iam-allow-with-not-action",
		Title:    "IAM policy allows NotAction or NotResource",
		Severity: engine.High,
		Description: "An identity policy statement with Effect Allow uses NotAction or NotResource: it grants " +
			"every action (or every resource) except those listed, including actions AWS adds later, which is " +
			"the opposite of least privilege. NotAction belongs in Deny statements (\"deny everything except " +
			"...\"). Policies of roles, users, groups, managed policies, inline policies and IAM Identity " +
			"Center permission sets are read, in JSON, jsonencode, CloudFormation and aws_iam_policy_document " +
			"form. Deny statements are not reported.",
		Remediation: engine.Remediation{Summary: "List the actions and resources the principal needs with Action and Resource; keep NotAction and NotResource for Deny statements."},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html",
		},
		Precision: "very-high",
	})
	r.Check = func(p *engine.Pass) {
		for _, src := range identityPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if !st.allows() {
					continue
				}
				if parser.Set(st.notActions) == parser.Yes {
					p.Report(src.res, st.notActions, "%s allows every action except those in NotAction", src.res.Address)
				} else if parser.Set(st.notResource) == parser.Yes {
					p.Report(src.res, st.notResource, "%s allows its actions on every resource except those in NotResource", src.res.Address)
				}
			}
		}
	}
	return &r
}

func iamPassRoleAnyResource() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-111",
		Name:     "iam-passrole-on-any-role",
		Title:    "IAM policy allows iam:PassRole on every role",
		Severity: engine.High,
		Description: "An identity policy allows iam:PassRole (or a wildcard such as iam:Pass* that covers it) " +
			"on Resource \"*\": the principal can hand any role of the account, an administrator role " +
			"included, to a service it can start (an EC2 instance, a Lambda function, a CloudFormation " +
			"stack) and act with that role's permissions: a privilege escalation path. A condition on " +
			"iam:PassedToService narrows the services, not the roles, so it does not exempt the statement. " +
			"Grants of \"*\" or \"iam:*\" are reported by AWS-003 instead.",
		Remediation: engine.Remediation{Summary: "Name the roles the principal may pass in Resource (their ARNs or a path such as role/app/*), and limit iam:PassedToService."},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
		},
		Precision: "very-high",
	})
	r.Check = func(p *engine.Pass) {
		for _, src := range identityPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if !st.allows() || hasStar(st.resources) == nil && parser.Set(st.notResource) != parser.Yes {
					continue
				}
				for _, a := range stringsOf(st.actions) {
					if wildcardAction.MatchString(strings.TrimSpace(a.Str)) {
						break // AWS-003's
					}
					if actionMatches(a.Str, "iam:PassRole") {
						p.Report(src.res, a, "%s allows %s on every role (Resource \"*\")", src.res.Address, strings.TrimSpace(a.Str))
						break
					}
				}
			}
		}
	}
	return &r
}

func iamTrustAnyone() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-112",
		Name:     "iam-role-trusts-anyone",
		Title:    "IAM role trust policy lets any AWS principal assume the role",
		Severity: engine.Critical,
		Description: "A role's trust policy (assume_role_policy / AssumeRolePolicyDocument) allows Principal " +
			"\"*\" or {\"AWS\": \"*\"} without a condition that ties it to fixed callers (aws:PrincipalOrgID, " +
			"aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn, aws:SourceIp, " +
			"aws:SourceVpce, ...): any principal of any AWS account can assume the role and use its " +
			"permissions. An sts:ExternalId condition is not counted as a restriction: it is a shared value, " +
			"not an identity. Trust policies written with aws_iam_policy_document are read through the data " +
			"source.",
		Remediation: engine.Remediation{Summary: "Name the accounts, roles or services that may assume the role in Principal, or add an aws:PrincipalOrgID condition."},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
		},
		Precision: "very-high",
	})
	r.Check = func(p *engine.Pass) {
		for _, src := range trustPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if st.allows() && st.anyone != nil && !st.restricted {
					p.Report(src.res, st.anyone, "%s can be assumed by any AWS principal (Principal \"*\" without a condition limiting it to fixed callers)", src.res.Address)
				}
			}
		}
	}
	return &r
}

func iamLambdaPermissionPublic() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-113",
		Name:     "lambda-permission-to-anyone",
		Title:    "Lambda permission lets any principal invoke the function",
		Severity: engine.High,
		Description: "A Lambda permission (aws_lambda_permission, AWS::Lambda::Permission) grants principal \"*\" " +
			"without source_arn, source_account or principal_org_id (SourceArn, SourceAccount, " +
			"PrincipalOrgID): anyone with AWS credentials, in any account, can invoke the function. " +
			"Permissions for a function URL whose auth type is NONE are left to AWS-107, which reports the URL " +
			"itself. Permissions for service principals are not reported.",
		Remediation: engine.Remediation{Summary: "Grant the permission to the calling service or account as principal, with source_arn / source_account (SourceArn / SourceAccount) naming the caller."},
		Links: []string{
			"https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission",
		},
		Precision: "very-high",
	})
	return setting.Rule(r, setting.Check{
		Types:  []string{"aws_lambda_permission", "AWS::Lambda::Permission"},
		Unless: attrs("source_arn", "SourceArn", "source_account", "SourceAccount", "principal_org_id", "PrincipalOrgID"),
		// A public function URL is AWS-107's finding.
		If:      setting.Not(setting.Is(parser.A("function_url_auth_type", "FunctionUrlAuthType"), "", "NONE")),
		Judge:   setting.MustNotBe(parser.A("principal", "Principal"), "", "*"),
		Problem: "any AWS principal can invoke the function",
	})
}

// resourcePolicyAttrs are the resources holding a resource policy, with the
// attribute (property) of the document.
var resourcePolicyAttrs = map[string]string{
	"aws_kms_key": "policy", "aws_kms_key_policy": "policy",
	"aws_sqs_queue": "policy", "aws_sqs_queue_policy": "policy",
	"aws_sns_topic": "policy", "aws_sns_topic_policy": "policy",
	"aws_ecr_repository_policy": "policy",
	"aws_secretsmanager_secret": "policy", "aws_secretsmanager_secret_policy": "policy",
	"aws_efs_file_system_policy": "policy",
	"AWS::KMS::Key":              "KeyPolicy",
	"AWS::SQS::QueuePolicy":      "PolicyDocument", "AWS::SQS::QueueInlinePolicy": "PolicyDocument",
	"AWS::SNS::TopicPolicy": "PolicyDocument", "AWS::SNS::TopicInlinePolicy": "PolicyDocument",
	"AWS::ECR::Repository":                "RepositoryPolicyText",
	"AWS::SecretsManager::ResourcePolicy": "ResourcePolicy",
	"AWS::EFS::FileSystem":                "FileSystemPolicy",
}

func iamResourcePolicyPublic() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-114",
		Name:     "resource-policy-grants-anyone",
		Title:    "KMS, SQS, SNS, ECR, Secrets Manager, EFS or Lambda layer policy grants access to anyone",
		Severity: engine.Critical,
		Description: "A resource policy allows Principal \"*\" (or {\"AWS\": \"*\"}) without a condition that " +
			"ties the statement to fixed callers or networks (aws:SourceArn, aws:SourceAccount, aws:SourceOwner, " +
			"aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceIp, kms:CallerAccount, ...): any " +
			"principal of any AWS account, or anyone at all, can use the key, queue, topic, image repository, " +
			"secret or file system. Read are KMS key policies, SQS queue and SNS topic policies, ECR repository " +
			"policies, Secrets Manager resource policies and EFS file system policies, inline or as separate " +
			"resources, and Lambda layer version permissions for principal \"*\" without an organization. S3 " +
			"bucket policies are AWS-004's.",
		Remediation: engine.Remediation{Summary: "Name the accounts, roles or services in Principal, or add a condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID."},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html",
			"https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html",
			"https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html",
		},
		Precision: "high",
	})
	r.Check = func(p *engine.Pass) {
		types := []string{"aws_lambda_layer_version_permission", "AWS::Lambda::LayerVersionPermission"}
		for t := range resourcePolicyAttrs {
			types = append(types, t)
		}
		for _, res := range p.ResourcesOfType(types...) {
			switch res.Type {
			case "aws_lambda_layer_version_permission", "AWS::Lambda::LayerVersionPermission":
				layerPublic(p, res)
				continue
			}
			attr := resourcePolicyAttrs[res.Type]
			if attr == "" {
				attr = "policy"
			}
			src := polSource{res, res.Body.Get(attr), ""}
			if res.Format == parser.Terraform {
				src.attr = attr
			}
			for _, st := range polStatements(p, src) {
				if st.allows() && st.anyone != nil && !st.restricted {
					p.Report(res, st.anyone, "%s: its policy grants access to any principal (Principal \"*\" without a condition limiting it to fixed callers)", res.Address)
				}
			}
		}
	}
	return &r
}

// layerPublic reports a layer version permission for everyone outside an
// organization.
func layerPublic(p *engine.Pass, res *parser.Resource) {
	principal := parser.A("principal", "Principal")
	org := parser.A("organization_id", "OrganizationId")
	if parser.AnySet(org.Of(res)) {
		return
	}
	p.Judge(res, parser.OneOf(principal.Of(res), principal.Name(res), "", "*"), "any AWS account can use the layer version")
}
