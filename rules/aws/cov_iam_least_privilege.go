package aws

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// IAM-3: least privilege, beyond the wildcard grants of AWS-003.

func iamAllowNotAction() *engine.Rule {
	r := engine.Rule{ID: "AWS-110"}
	r.Check = func(p *engine.Pass) {
		srcs := append(identityPolicySources(p), resourcePolicySources(p)...)
		for _, src := range append(srcs, s3PolicySources(p)...) {
			for _, st := range polStatements(p, src) {
				if !st.allows() {
					continue
				}
				if writtenNonEmpty(st.notActions) {
					p.Report(src.res, st.notActions, "%s allows every action except those in NotAction", src.res.Address)
				} else if writtenNonEmpty(st.notResource) {
					p.Report(src.res, st.notResource, "%s allows its actions on every resource except those in NotResource", src.res.Address)
				}
			}
		}
	}
	return &r
}

// writtenNonEmpty reports whether a NotAction or NotResource value is set:
// written and not empty, or a string built from unknown pieces and known,
// non-blank text (an ARN joined from AWS::Region and AWS::AccountId),
// which is never empty whatever the pieces hold.
func writtenNonEmpty(v *parser.Value) bool {
	switch parser.Set(v) {
	case parser.Yes:
		return true
	case parser.CannotTell:
		if v.Kind == parser.Unknown && !v.Rest() {
			for _, part := range v.Parts() {
				if strings.TrimSpace(part) != "" {
					return true
				}
			}
		}
	}
	return false
}

func iamPassRoleAnyResource() *engine.Rule {
	r := engine.Rule{ID: "AWS-111"}
	r.Check = func(p *engine.Pass) {
		for _, src := range identityPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if !st.allows() || passesToNamedServices(st) {
					continue
				}
				if every := everyResourceOf(st.resources); every != nil || parser.Set(st.notResource) == parser.Yes {
					shown := "with NotResource"
					if every != nil {
						shown = "Resource " + strconv.Quote(strings.TrimSpace(every.Str))
					}
					for _, a := range stringsOf(st.actions) {
						if wildcardAction.MatchString(strings.TrimSpace(a.Str)) {
							break // AWS-003's
						}
						if actionMatches(a.Str, "iam:PassRole") || actionMatches(a.Str, "sts:AssumeRole") {
							p.Report(src.res, a, "%s allows %s on every role (%s)", src.res.Address, strings.TrimSpace(a.Str), shown)
							break
						}
					}
					continue
				}
				// An ARN covering every role (arn:aws:iam::*:role/*); "*" and
				// "*:*" there are AWS-271's.
			actions:
				for _, a := range stringsOf(st.actions) {
					if s := strings.TrimSpace(a.Str); s == "*" || s == "*:*" {
						break
					}
					for _, act := range []string{"iam:PassRole", "sts:AssumeRole"} {
						if r := everyResourceARN(st.resources, act); r != nil && actionMatches(a.Str, act) {
							p.Report(src.res, a, "%s allows %s on every role (Resource %q)", src.res.Address, strings.TrimSpace(a.Str), r.Shown())
							break actions
						}
					}
				}
			}
		}
	}
	return &r
}

func iamTrustAnyone() *engine.Rule {
	r := engine.Rule{ID: "AWS-112"}
	r.Check = func(p *engine.Pass) {
		for _, src := range trustPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if st.allows() && st.anyone != nil && !st.restricted {
					p.Report(src.res, st.anyone, "%s can be assumed by any AWS principal (Principal \"*\" without a condition limiting it to fixed callers)", src.res.Address)
				} else if st.allows() && parser.Set(st.notPrincipal) == parser.Yes && !st.restricted {
					// An Allow with NotPrincipal trusts every principal but
					// those listed (IAM documents NotPrincipal for Deny).
					p.Report(src.res, st.notPrincipal, "%s can be assumed by every AWS principal except those in NotPrincipal, without a condition limiting it to fixed callers", src.res.Address)
				}
			}
		}
	}
	return &r
}

func iamLambdaPermissionPublic() *engine.Rule {
	r := engine.Rule{ID: "AWS-113"}
	return setting.Rule(r, setting.Check{
		Types:  []string{"aws_lambda_permission", "AWS::Lambda::Permission"},
		Unless: attrs("source_account", "SourceAccount", "principal_org_id", "PrincipalOrgID"),
		// A public function URL is AWS-107's finding. A source ARN names
		// the caller unless its account is a wildcard.
		If: setting.Both(
			setting.Not(setting.Is(parser.A("function_url_auth_type", "FunctionUrlAuthType"), "", "NONE")),
			sourceARNAnyAccount(parser.A("source_arn", "SourceArn"))),
		Judge:   lambdaPrincipalAnyone(parser.A("principal", "Principal")),
		Problem: "any AWS principal can invoke the function",
	})
}

// sourceARNAnyAccount answers yes when a Lambda permission sets no source
// ARN, or one that any account's resource matches: a wildcard in the
// account field ("arn:aws:sns:us-east-1:*:alerts"), or, for S3, whose
// ARNs carry no account and whose bucket names are global, a bucket name
// that starts with a wildcard ("arn:aws:s3:::*"). A source ARN that is
// not known (a reference, a variable) is taken to name the caller.
func sourceARNAnyAccount(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Verdict{Answer: parser.Yes}
		}
		v := a.Of(res)
		if !parser.AnySet(v) {
			return parser.Verdict{Answer: parser.Yes}
		}
		s, ok := v.AsString()
		if !ok {
			// Unknown pieces (a partition, a region) hold no wildcard.
			parts := v.KnownParts()
			if parts == nil {
				return parser.Decided
			}
			s = strings.Join(parts, "\x00")
		}
		f := strings.SplitN(s, ":", 6)
		if len(f) < 6 {
			return parser.Decided
		}
		if strings.Contains(f[4], "*") || (f[2] == "s3" && f[4] == "" && strings.HasPrefix(f[5], "*")) {
			return parser.Bad(v, a.Name(res)+" = "+strconv.Quote(v.Shown())+", which any account's resource matches")
		}
		return parser.Decided
	}
}

// lambdaPrincipalAnyone judges a Lambda permission's principal, which is
// open to every account when it is "*" or holds a wildcard where an account
// goes ("AWS:*", "arn:aws:iam::*:root"). A principal built from unknown
// pieces whose known text has no wildcard (an account ARN around a
// variable) names one account.
func lambdaPrincipalAnyone(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		v := a.Of(res)
		if parts := v.KnownParts(); parts != nil {
			for _, p := range parts {
				if strings.Contains(p, "*") {
					return parser.Bad(v, a.Name(res)+" = "+strconv.Quote(v.Shown())+", a wildcard principal")
				}
			}
			return parser.Decided
		}
		s, ok := v.AsString()
		if !ok {
			if v.Kind == parser.Unknown && !ownAccount(v) {
				return parser.Unknowable(v, a.Name(res))
			}
			return parser.Decided
		}
		if strings.Contains(s, "*") {
			return parser.Bad(v, a.Name(res)+" = "+strconv.Quote(s))
		}
		return parser.Decided
	}
}

// ownAccount reports whether v, not known statically, can only name the
// deploying account itself: an attribute of Terraform's aws_caller_identity
// data source (the account ID, the caller's ARN) or CloudFormation's
// AWS::AccountId pseudo parameter. Neither can be a wildcard.
func ownAccount(v *parser.Value) bool {
	if v.Kind != parser.Unknown {
		return false
	}
	if names, parts, ok := cloudformation.SubUnknowns(v); ok {
		return len(names) == 1 && names[0] == "AWS::AccountId" && parts[0] == "" && parts[1] == ""
	}
	uses := v.Uses()
	for _, u := range uses {
		if !strings.HasPrefix(u, "data.aws_caller_identity.") {
			return false
		}
	}
	return len(uses) > 0
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
	// A DynamoDB table's (or stream's) resource policy; CloudFormation
	// holds it in the table's ResourcePolicy.
	"aws_dynamodb_resource_policy": "policy", "AWS::DynamoDB::Table": "ResourcePolicy.PolicyDocument",
	"AWS::KMS::Key":         "KeyPolicy",
	"AWS::SQS::QueuePolicy": "PolicyDocument", "AWS::SQS::QueueInlinePolicy": "PolicyDocument",
	"AWS::SNS::TopicPolicy": "PolicyDocument", "AWS::SNS::TopicInlinePolicy": "PolicyDocument",
	"AWS::ECR::Repository":                "RepositoryPolicyText",
	"AWS::SecretsManager::ResourcePolicy": "ResourcePolicy",
	"AWS::EFS::FileSystem":                "FileSystemPolicy",
	// Domains in a VPC are left out (searchDomainInVPC): security groups
	// guard them, and the service docs show open access policies for them.
	"aws_elasticsearch_domain": "access_policies", "aws_elasticsearch_domain_policy": "access_policies",
	"aws_opensearch_domain": "access_policies", "aws_opensearch_domain_policy": "access_policies",
	"AWS::Elasticsearch::Domain": "AccessPolicies", "AWS::OpenSearchService::Domain": "AccessPolicies",
	"aws_backup_vault_policy": "policy", "AWS::Backup::BackupVault": "AccessPolicy",
	"aws_glacier_vault": "access_policy", "aws_glue_resource_policy": "policy",
	"aws_ses_identity_policy": "policy",
	// An event bus's policy decides who may put events on it (and manage
	// its rules): Principal "*" lets any AWS account inject events.
	"aws_cloudwatch_event_bus_policy": "policy", "AWS::Events::EventBus": "Policy",
	// A CloudWatch Logs destination's policy decides which accounts may
	// subscribe their log groups to it: Principal "*" lets any AWS account
	// write into the stream behind it.
	"aws_cloudwatch_log_destination_policy": "access_policy", "AWS::Logs::Destination": "DestinationPolicy",
}

func iamResourcePolicyPublic() *engine.Rule {
	r := engine.Rule{ID: "AWS-114"}
	r.Check = func(p *engine.Pass) {
		types := []string{"aws_lambda_layer_version_permission", "AWS::Lambda::LayerVersionPermission",
			"aws_cloudwatch_event_permission", "AWS::Events::EventBusPolicy"}
		for t := range resourcePolicyAttrs {
			types = append(types, t)
		}
		for _, res := range p.ResourcesOfType(types...) {
			switch res.Type {
			case "aws_lambda_layer_version_permission", "AWS::Lambda::LayerVersionPermission":
				layerPublic(p, res)
				continue
			case "aws_cloudwatch_event_permission", "AWS::Events::EventBusPolicy":
				eventBusPermissionPublic(p, res)
				continue
			}
			if searchDomainInVPC(p, res) {
				continue
			}
			attr := resourcePolicyAttrs[res.Type]
			if attr == "" {
				attr = "policy"
			}
			src := polSource{res, res.Body.Path(strings.Split(attr, ".")...), ""}
			if res.Format == parser.Terraform {
				src.attr = attr
			}
			if policyUnreadable(p, src) {
				// A policy whose text is not known (a module input, a
				// function this linter cannot evaluate) may grant anyone.
				p.CannotTell(res, src.v, parser.Unknowable(src.v, attr).Detail)
				continue
			}
			efs := res.Type == "aws_efs_file_system_policy" || res.Type == "AWS::EFS::FileSystem"
			reported := false
			for _, st := range polStatements(p, src) {
				if efs && efsMountTargetOnly(st) {
					continue
				}
				if st.allows() && st.anyone != nil && !st.restricted {
					p.Report(res, st.anyone, "%s: its policy grants access to any principal (Principal \"*\" without a condition limiting it to fixed callers)", res.Address)
					reported = true
				} else if st.allows() && parser.Set(st.notPrincipal) == parser.Yes && !st.restricted {
					p.Report(res, st.notPrincipal, "%s: its policy allows every principal except those in NotPrincipal", res.Address)
					reported = true
				}
			}
			if u := unreadableStatement(src.v); u != nil && !reported {
				p.CannotTell(res, u, parser.Unknowable(u, attr+" statement").Detail)
			}
		}
		apiPolicyPublic(p)
	}
	return &r
}

// policyUnreadable reports whether a policy document is not known and
// not built by an aws_iam_policy_document data source of the scanned code,
// so that none of its statements can be read.
func policyUnreadable(p *engine.Pass, src polSource) bool {
	return parser.Set(src.v) == parser.CannotTell && policyDocument(src.v) == nil &&
		len(policyDataSources(p, src.res, src.attr, src.v)) == 0
}

// unreadableStatement returns the first statement of a known policy
// document (or its Statement list) whose value is not known, or nil.
func unreadableStatement(v *parser.Value) *parser.Value {
	doc := policyDocument(v)
	if doc == nil {
		return nil
	}
	if st := doc.Get("Statement"); st != nil && st.Kind == parser.Unknown {
		return st
	}
	for _, st := range statements(doc) {
		if st != nil && st.Kind == parser.Unknown {
			return st
		}
	}
	return nil
}

// resourcePolicySources returns the resource policy documents of the
// resources resourcePolicyAttrs names, but for search domains in a VPC.
func resourcePolicySources(p *engine.Pass) []polSource {
	types := make([]string, 0, len(resourcePolicyAttrs))
	for t := range resourcePolicyAttrs {
		types = append(types, t)
	}
	var out []polSource
	for _, res := range p.ResourcesOfType(types...) {
		if searchDomainInVPC(p, res) {
			continue
		}
		attr := resourcePolicyAttrs[res.Type]
		src := polSource{res, res.Body.Path(strings.Split(attr, ".")...), ""}
		if res.Format == parser.Terraform {
			src.attr = attr
		}
		out = append(out, src)
	}
	return out
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

// eventBusPermissionPublic reports an event bus permission that lets any
// AWS account put events on the bus: a CloudFormation EventBusPolicy's
// Statement (one statement, read as a resource policy's), or the
// principal "*" of PutPermission's short form (aws_cloudwatch_event_permission,
// or EventBusPolicy's Principal) without a condition, whose only kind is
// membership of an organization.
func eventBusPermissionPublic(p *engine.Pass, res *parser.Resource) {
	if st := res.Body.Get("Statement"); res.Format == parser.CloudFormation && parser.Set(st) != parser.No {
		if st.Kind == parser.Object {
			s := jsonStatement(st)
			if s.allows() && s.anyone != nil && !s.restricted {
				p.Report(res, s.anyone, "%s: its statement lets any AWS account put events on the bus (Principal \"*\" without a condition limiting it to fixed callers)", res.Address)
			}
		}
		return
	}
	principal := parser.A("principal", "Principal")
	cond := parser.A("condition", "Condition")
	if parser.AnySet(cond.Of(res)) {
		return
	}
	p.Judge(res, parser.OneOf(principal.Of(res), principal.Name(res), "", "*"), "any AWS account can put events on the bus")
}

// searchDomainVPC is where an OpenSearch (Elasticsearch) domain is placed
// in a VPC.
var searchDomainVPC = parser.A("vpc_options", "VPCOptions")

// searchDomainInVPC reports whether res is an OpenSearch or Elasticsearch
// domain in a VPC, or a domain policy whose domain is not known to be
// outside one: only a domain with a public endpoint is open to anyone.
func searchDomainInVPC(p *engine.Pass, res *parser.Resource) bool {
	switch res.Type {
	case "aws_elasticsearch_domain", "aws_opensearch_domain", "AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain":
		return parser.AnySet(searchDomainVPC.Of(res))
	case "aws_elasticsearch_domain_policy", "aws_opensearch_domain_policy":
		domains := p.Referenced(res, "domain_name", "aws_elasticsearch_domain", "aws_opensearch_domain")
		for _, d := range domains {
			if parser.AnySet(searchDomainVPC.Of(d)) {
				return true
			}
		}
		return len(domains) == 0
	}
	return false
}

// efsMountTargetOnly reports whether an EFS file system policy statement
// holds only for clients that reach the file system through one of its
// mount targets (Bool elasticfilesystem:AccessedViaMountTarget "true"):
// clients inside the file system's VPC network, which is what EFS grants
// with no policy at all, and which EFS does not count as public access.
// An unknown value gets the benefit of the doubt.
func efsMountTargetOnly(st polStatement) bool {
	const key = "elasticfilesystem:accessedviamounttarget"
	test := func(op, k string, vals *parser.Value) bool {
		o := strings.ToLower(strings.TrimSpace(op))
		if strings.ToLower(strings.TrimSpace(k)) != key || (o != "bool" && o != "stringequals" && o != "stringequalsignorecase") {
			return false
		}
		if vals == nil || !vals.IsKnown() {
			return vals != nil
		}
		items := iamItems(vals)
		if len(items) == 0 {
			return false
		}
		for _, v := range items {
			if !v.IsKnown() {
				continue
			}
			if s, ok := v.AsString(); !ok || !strings.EqualFold(strings.TrimSpace(s), "true") {
				if b, ok := v.AsBool(); !ok || !b {
					return false
				}
			}
		}
		return true
	}
	c := st.condition
	if c == nil || c.IsNull() || !c.IsKnown() {
		return false
	}
	if st.block {
		for _, b := range c.Items() {
			op, ok1 := b.Get("test").AsString()
			k, ok2 := b.Get("variable").AsString()
			if ok1 && ok2 && test(op, k, b.Get("values")) {
				return true
			}
		}
		return false
	}
	if c.Kind != parser.Object {
		return false
	}
	for op, tests := range c.Attrs {
		if tests == nil || !tests.IsKnown() || tests.Kind != parser.Object {
			continue
		}
		for k, vals := range tests.Attrs {
			if test(op, k, vals) {
				return true
			}
		}
	}
	return false
}
