package aws

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// miss24Rules are the rules session 24 added for misses measured before
// (issue 9): resource policies that hand a named principal every action
// of their service.
func miss24Rules() []*engine.Rule {
	return []*engine.Rule{{ID: "AWS-464", Check: checkResourcePolicyAllActions}}
}

// allActionsService is the service prefix of the actions each resource
// policy of resourcePolicyAttrs governs. Queue policies are AWS-212's and
// bucket policies AWS-320's; search domains' access policies are left out
// (see the rule's description).
var allActionsService = map[string]string{
	"aws_kms_key": "kms", "aws_kms_key_policy": "kms", "AWS::KMS::Key": "kms",
	"aws_sns_topic": "sns", "aws_sns_topic_policy": "sns", "AWS::SNS::TopicPolicy": "sns", "AWS::SNS::TopicInlinePolicy": "sns",
	"aws_ecr_repository_policy": "ecr", "AWS::ECR::Repository": "ecr",
	"aws_secretsmanager_secret": "secretsmanager", "aws_secretsmanager_secret_policy": "secretsmanager",
	"AWS::SecretsManager::ResourcePolicy": "secretsmanager",
	"aws_efs_file_system_policy":          "elasticfilesystem", "AWS::EFS::FileSystem": "elasticfilesystem",
	"aws_dynamodb_resource_policy": "dynamodb", "AWS::DynamoDB::Table": "dynamodb",
	"aws_backup_vault_policy": "backup", "AWS::Backup::BackupVault": "backup",
	"aws_glacier_vault": "glacier", "aws_glue_resource_policy": "glue", "aws_ses_identity_policy": "ses",
	"aws_cloudwatch_event_bus_policy": "events", "AWS::Events::EventBus": "events",
	"aws_cloudwatch_log_destination_policy": "logs", "AWS::Logs::Destination": "logs",
}

// checkResourcePolicyAllActions is AWS-464: an Allow statement of a
// resource policy whose Action is "*" or "<service>:*" and whose
// principal is a role, a user, a service, a federated identity, another
// account or everyone under a condition: they may then also rewrite the
// policy and delete the resource. An account root principal of the
// deploying account delegates to that account's IAM policies, which other
// rules judge; in a key policy so does any account root (the default key
// policy gives its account kms:*). A statement open to anyone without a
// condition is AWS-114's.
func checkResourcePolicyAllActions(p *engine.Pass) {
	types := make([]string, 0, len(allActionsService))
	for t := range allActionsService {
		types = append(types, t)
	}
	for _, res := range p.ResourcesOfType(types...) {
		service := allActionsService[res.Type]
		attr := resourcePolicyAttrs[res.Type]
		src := polSource{res, res.Body.Path(strings.Split(attr, ".")...), ""}
		if res.Format == parser.Terraform {
			src.attr = attr
		}
		for _, st := range polStatements(p, src) {
			if !st.allows() || st.anyone != nil && !st.restricted {
				continue
			}
			var act *parser.Value
			for _, a := range stringsOf(st.actions) {
				if s := strings.TrimSpace(a.Str); wildcardAction.MatchString(s) && (!strings.Contains(s, ":") ||
					strings.HasPrefix(s, "*") || strings.EqualFold(strings.TrimRight(s, "*"), service+":")) {
					act = a
					break
				}
			}
			if act == nil {
				continue
			}
			named, hidden := grantedPrincipal(st, service == "kms")
			switch {
			case named != nil:
				p.Report(res, act, "%s: its policy allows every %s action (%s) to %s, including rewriting the policy and deleting the resource", res.Address, service, strings.TrimSpace(act.Str), principalShown(named))
			case hidden != nil:
				p.CannotTell(res, hidden, parser.Unknowable(hidden, "the principal of a statement allowing "+strings.TrimSpace(act.Str)).Detail)
			}
		}
	}
}

// accountRoot matches an account root principal: an account ID or the
// ARN of its root user.
var accountRoot = regexp.MustCompile(`^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$`)

// grantedPrincipal returns the first principal of an Allow statement that
// is not an account root it may hold every action for (the deploying
// account's; with anyRoot, any account's), and otherwise a principal that
// cannot be told, or nil.
func grantedPrincipal(st polStatement, anyRoot bool) (named, hidden *parser.Value) {
	if st.anyone != nil {
		return st.anyone, nil
	}
	var vals []*parser.Value
	var aws []bool
	add := func(v *parser.Value, isAWS bool) {
		if v == nil {
			return
		}
		if v.Kind == parser.List {
			for _, e := range v.Elems {
				vals, aws = append(vals, e), append(aws, isAWS)
			}
			return
		}
		vals, aws = append(vals, v), append(aws, isAWS)
	}
	pr := st.principal
	switch {
	case pr == nil:
		return nil, nil
	case !pr.IsKnown():
		return nil, pr
	case st.block:
		for _, b := range pr.Items() {
			t, ok := b.Get("type").AsString()
			if !ok {
				return nil, b.Get("type")
			}
			add(b.Get("identifiers"), t == "AWS")
		}
	case pr.Kind == parser.Object:
		for _, k := range pr.Keys() {
			add(pr.Get(k), k == "AWS")
		}
	default:
		return nil, nil
	}
	for i, v := range vals {
		if !aws[i] {
			if v.Kind == parser.Unknown && hidden == nil {
				hidden = v
			} else if v.Kind == parser.String {
				return v, nil
			}
			continue
		}
		switch rootPrincipal(v, anyRoot) {
		case parser.No:
			return v, nil
		case parser.CannotTell:
			if hidden == nil {
				hidden = v
			}
		}
	}
	return nil, hidden
}

// rootPrincipal answers whether an AWS principal is an account root that
// a resource policy may give every action: Yes for the deploying
// account's (an aws_caller_identity attribute, AWS::AccountId), and with
// anyRoot for any account's; No for a role, a user or (without anyRoot)
// another account; CannotTell for a value that may be either.
func rootPrincipal(v *parser.Value, anyRoot bool) parser.Answer {
	if s, ok := v.AsString(); ok {
		if accountRoot.MatchString(strings.TrimSpace(s)) && anyRoot {
			return parser.Yes
		}
		return parser.No
	}
	if v.Kind != parser.Unknown {
		return parser.No
	}
	if ownAccount(v) || ownAccountRoot(v) {
		return parser.Yes
	}
	// Inside a policy document data source a reference keeps only why it
	// is unknown: the caller identity's account, or an attribute a
	// resource of the scan computes (a role's or user's ARN).
	switch v.Why() {
	case parser.WhyDataSource("aws_caller_identity"):
		return parser.Yes
	case parser.WhyComputed:
		return parser.No
	}
	if suffix, ok := v.KnownSuffix(); ok && strings.HasSuffix(suffix, ":root") {
		if anyRoot {
			return parser.Yes
		}
		return parser.CannotTell
	}
	for _, part := range v.KnownParts() {
		if strings.Contains(part, ":role/") || strings.Contains(part, ":user/") || strings.Contains(part, ":assumed-role/") {
			return parser.No
		}
	}
	for _, r := range v.Refs() {
		if !strings.HasPrefix(r, "data.") && !strings.HasPrefix(r, "var.") && !strings.HasPrefix(r, "local.") {
			return parser.No // the ARN of a role or user of the scan
		}
	}
	return parser.CannotTell
}

// ownAccountRoot reports whether v is the root ARN of the deploying
// account built from unknown pieces: in Terraform from
// aws_caller_identity and aws_partition only, in CloudFormation a Fn::Sub
// of AWS::Partition and AWS::AccountId.
func ownAccountRoot(v *parser.Value) bool {
	suffix, ok := v.KnownSuffix()
	if !ok || !strings.HasSuffix(suffix, ":root") {
		return false
	}
	if names, _, ok := cloudformation.SubUnknowns(v); ok {
		account := false
		for _, n := range names {
			switch n {
			case "AWS::AccountId":
				account = true
			case "AWS::Partition":
			default:
				return false
			}
		}
		return account
	}
	uses := v.Uses()
	account := false
	for _, u := range uses {
		switch {
		case strings.HasPrefix(u, "data.aws_caller_identity."):
			account = true
		case strings.HasPrefix(u, "data.aws_partition."):
		default:
			return false
		}
	}
	return account
}

// principalShown names a principal in a message: its text, with "…" for
// unknown pieces, or the resources it is read from.
func principalShown(v *parser.Value) string {
	if s := v.Shown(); strings.Trim(s, "…") != "" {
		return s
	}
	if refs := v.Refs(); len(refs) > 0 {
		return "the ARN of " + strings.Join(refs, ", ")
	}
	if why := v.Why(); why != "" {
		return "a principal (" + why + ")"
	}
	return "a principal"
}

// apiEndpointTypes and apiMethodAuth are where a REST API says whether
// it is PRIVATE and a method how callers authenticate.
var (
	apiEndpointTypes = parser.A("endpoint_configuration.types", "EndpointConfiguration.Types")
	apiMethodAuth    = parser.A("authorization", "AuthorizationType")
)

// apiPolicyPublic is AWS-114's judgement of a REST API's resource policy
// (the policy of aws_api_gateway_rest_api or
// aws_api_gateway_rest_api_policy, AWS::ApiGateway::RestApi's Policy): an
// Allow of execute-api:Invoke to Principal "*" without a condition tying
// it to fixed callers or networks, which no Deny of the same policy
// limits to them ("deny unless aws:SourceVpce", "deny unless
// aws:SourceIp"), opens the API to every AWS account when the API is
// PRIVATE (any VPC endpoint of any account reaches it) or one of its
// methods authorizes with AWS_IAM (any account's IAM principal may call
// it). Other APIs are as public without the policy: their methods'
// authorization is AWS-207's.
func apiPolicyPublic(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_api_gateway_rest_api", "aws_api_gateway_rest_api_policy", "AWS::ApiGateway::RestApi") {
		attr := "policy"
		if res.Format == parser.CloudFormation {
			attr = "Policy"
		}
		v := res.Body.Get(attr)
		if parser.Set(v) == parser.No {
			continue
		}
		src := polSource{res, v, ""}
		if res.Format == parser.Terraform {
			src.attr = attr
		}
		if policyUnreadable(p, src) {
			p.CannotTell(res, v, parser.Unknowable(v, attr).Detail)
			continue
		}
		var open *parser.Value
		sts := polStatements(p, src)
		for _, st := range sts {
			if st.allows() && st.anyone != nil && !st.restricted && invokes(st) {
				open = st.anyone
				break
			}
		}
		if open == nil || deniedUnlessFixed(sts) {
			continue
		}
		api := res
		if res.Type == "aws_api_gateway_rest_api_policy" {
			apis := p.Referenced(res, "rest_api_id", "aws_api_gateway_rest_api")
			if len(apis) != 1 {
				continue // an API outside the scan: its type and methods cannot be told
			}
			api = apis[0]
		}
		why, verdict := apiOpenedBy(p, api)
		switch verdict {
		case parser.Yes:
			p.Report(res, open, "%s: its policy lets any principal invoke the API (Principal \"*\" without a condition on aws:SourceVpce, aws:SourceIp or the caller's account or organization), and %s", res.Address, why)
		case parser.CannotTell:
			p.CannotTell(res, open, res.Address+": its policy lets any principal invoke the API, and "+why)
		}
	}
}

// invokes reports whether a statement's actions cover execute-api:Invoke.
func invokes(st polStatement) bool {
	for _, a := range stringsOf(st.actions) {
		if actionMatches(a.Str, "execute-api:Invoke") {
			return true
		}
	}
	return false
}

// deniedUnlessFixed reports whether a Deny statement of the policy
// refuses invocation of every method to every principal unless the request
// comes from fixed networks or callers (denyOutsideFixed, which AWS-207
// asks too).
func deniedUnlessFixed(sts []polStatement) bool {
	for _, st := range sts {
		if denyOutsideFixed(st, true) {
			return true
		}
	}
	return false
}

// apiOpenedBy answers whether an open invoke policy opens api to every
// AWS account: Yes when the API is PRIVATE or a method of the scan
// authorizes it with AWS_IAM, and says which.
func apiOpenedBy(p *engine.Pass, api *parser.Resource) (string, parser.Answer) {
	types := apiEndpointTypes.Of(api)
	if parser.Set(types) == parser.CannotTell {
		return "whether the API is PRIVATE cannot be told (" + parser.Unknowable(types, apiEndpointTypes.Name(api)).Detail + ")", parser.CannotTell
	}
	list := types.Items()
	if types != nil && types.Kind == parser.String {
		list = []*parser.Value{types}
	}
	for _, t := range list {
		if s, ok := t.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "PRIVATE") {
			return "the API is PRIVATE: any VPC endpoint of any account reaches it", parser.Yes
		}
	}
	attr := "rest_api_id"
	if api.Format == parser.CloudFormation {
		attr = "RestApiId"
	}
	for _, m := range p.Referrers(api, attr, "aws_api_gateway_method", "AWS::ApiGateway::Method") {
		if s, ok := apiMethodAuth.Of(m).AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "AWS_IAM") {
			return m.Address + " authorizes with AWS_IAM: IAM principals of any account may call it", parser.Yes
		}
	}
	return "", parser.No
}
