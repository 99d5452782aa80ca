package aws

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// policyDocument returns a policy document as an object value. A document
// written as a JSON string (a heredoc, jsonencode, a file) is decoded, and
// every part of it takes the range of the string. Unknown or undecodable
// documents yield nil.
func policyDocument(v *parser.Value) *parser.Value {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case parser.Object:
		return v
	case parser.String:
		return decodePolicy(v.Str, v)
	case parser.Unknown:
		// A heredoc or template with unknown pieces inside its JSON
		// strings ("Resource": "${aws_sqs_queue.q.arn}"): decoded with
		// each piece marked, the strings holding one become unknown.
		if parts := v.KnownParts(); parts != nil {
			return decodePolicy(strings.Join(parts, setting.UnknownPiece), v)
		}
	}
	return nil
}

func decodePolicy(text string, v *parser.Value) *parser.Value {
	dec := json.NewDecoder(bytes.NewReader(dropTrailingCommas(text)))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil
	}
	out := setting.FromJSON(doc, v)
	if out.Kind != parser.Object {
		return nil
	}
	return out
}

// dropTrailingCommas removes the commas before a closing bracket or brace
// outside JSON strings ("Action": ["sns:Publish",]): hand-written policies
// carry them, and they say nothing about what the document grants.
func dropTrailingCommas(text string) []byte {
	out := make([]byte, 0, len(text))
	inString, escaped := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			out = append(out, c)
			continue
		}
		if c == '"' {
			inString = true
		}
		if c == ',' {
			j := i + 1
			for j < len(text) && strings.IndexByte(" \t\r\n", text[j]) >= 0 {
				j++
			}
			if j < len(text) && (text[j] == ']' || text[j] == '}') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// statements returns the statements of a policy document.
func statements(doc *parser.Value) []*parser.Value {
	return doc.Get("Statement").Items()
}

// stringsOf returns the known strings of a string-or-list value.
func stringsOf(v *parser.Value) []*parser.Value {
	if v == nil {
		return nil
	}
	if v.Kind == parser.String {
		return []*parser.Value{v}
	}
	var out []*parser.Value
	for _, e := range v.Items() {
		if e.Kind == parser.String {
			out = append(out, e)
		}
	}
	return out
}

// wildcardAction matches "*", "*:*" and "service:*", also with the star
// repeated ("kms:**"), which IAM matches as one.
var wildcardAction = regexp.MustCompile(`^(\*+|[a-zA-Z0-9-]+:\*+|\*+:\*+)$`)

// wildcardGrant reports whether an Allow statement grants a wildcard action
// on every resource, and returns the offending action.
func wildcardGrant(effect *parser.Value, actions, resources []*parser.Value) *parser.Value {
	if e, ok := effect.AsString(); effect != nil && (!ok || !strings.EqualFold(e, "Allow")) {
		return nil
	}
	allResources := false
	for _, r := range resources {
		if everyResource(r.Str) {
			allResources = true
		}
	}
	if !allResources {
		return nil
	}
	for _, a := range actions {
		act := strings.TrimSpace(a.Str)
		if wildcardAction.MatchString(act) && !noResourceLevel[strings.ToLower(strings.TrimSuffix(strings.TrimRight(act, "*"), ":"))] {
			return a
		}
	}
	return nil
}

// everyResource reports whether a Resource pattern matches every ARN: "*",
// or a pattern whose text before its first wildcard is a beginning of
// "arn:" and a partition ("arn*", "arn:*", "arn:aws:*") and whose rest is
// only wildcards and colons ("arn:aws:*:*:*:*"). A pattern that names a
// service, Region or account ("arn:aws:s3:::*") is narrower.
func everyResource(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, '*')
	if i < 0 {
		return false
	}
	if strings.Trim(s[i:], "*:") != "" {
		return false
	}
	prefix := s[:i]
	if strings.HasPrefix("arn:", prefix) {
		return true
	}
	part, ok := strings.CutPrefix(prefix, "arn:")
	if !ok {
		return false
	}
	part = strings.TrimSuffix(part, ":")
	if strings.HasPrefix("aws", part) {
		return true
	}
	rest, ok := strings.CutPrefix(part, "aws-")
	return ok && strings.Trim(rest, "abcdefghijklmnopqrstuvwxyz-") == ""
}

// noResourceLevel are the services none of whose actions support
// resource-level permissions, so that Resource "*" is the only way to
// grant them: "ssmmessages:*" and "ec2messages:*" on "*" is the policy the
// Session Manager agent documents, and a wildcard scoped to one such
// service is not "all actions".
var noResourceLevel = map[string]bool{"ssmmessages": true, "ec2messages": true}

// privilegedPolicy matches the end of the ARNs of AWS managed policies
// that grant administrator-level access.
var privilegedPolicy = regexp.MustCompile(`:iam::aws:policy/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$`)

// fullAccessPolicy matches the end of the ARNs of AWS managed policies
// whose document allows every action of one or more services ("s3:*",
// "dynamodb:*", "logs:*"...) on Resource "*": attaching one grants what an
// inline "service:*" on "*" grants, and is judged the same (AWS-003).
// Only policies whose published document has that form are listed;
// AmazonAPIGatewayInvokeFullAccess (two execute-api actions) is not one.
var fullAccessPolicy = regexp.MustCompile(`:iam::aws:policy/(AmazonS3FullAccess|AmazonDynamoDBFullAccess|` +
	`AmazonKinesisFullAccess|AmazonSQSFullAccess|AmazonSNSFullAccess|AmazonEC2FullAccess|AmazonRDSFullAccess|` +
	`CloudWatchFullAccess|CloudWatchLogsFullAccess|SecretsManagerReadWrite|AmazonSSMFullAccess|` +
	`AWSLambda_FullAccess|AWSLambdaFullAccess|AmazonEC2ContainerRegistryFullAccess)$`)

// privilegedPolicyARN reports whether v is the ARN of a privileged AWS
// managed policy, known or partly known, and returns it as written (the
// unknown pieces of a partly known one shown as "…").
func privilegedPolicyARN(v *parser.Value) (string, bool) {
	return managedPolicyARN(v, privilegedPolicy)
}

// awsPartition matches the start of an ARN up to its partition, in every
// partition.
var awsPartition = regexp.MustCompile(`^arn:aws[a-z-]*$`)

// managedPolicyARN reports whether v is the ARN of an AWS managed policy
// whose end names matches, in every partition, and returns it as written.
// A partly known ARN counts when its known end matches, whatever the
// unknown partition
// ("arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess");
// its unknown pieces are shown as "…".
func managedPolicyARN(v *parser.Value, names *regexp.Regexp) (string, bool) {
	if v == nil {
		return "", false
	}
	if v.Kind == parser.String {
		loc := names.FindStringIndex(v.Str)
		return v.Str, loc != nil && awsPartition.MatchString(v.Str[:loc[0]])
	}
	prefix, ok1 := v.KnownPrefix()
	suffix, ok2 := v.KnownSuffix()
	if !ok1 || !ok2 || !names.MatchString(suffix) ||
		!strings.HasPrefix(prefix, "arn:") && !strings.HasPrefix("arn:", prefix) {
		return "", false
	}
	return strings.Join(v.KnownParts(), "…"), true
}

// policyDataSources returns the aws_iam_policy_document data sources
// behind a Terraform policy document doc, held in res's attribute attr,
// when doc is unknown because it mentions a computed attribute (an ARN):
// their statements are known on their own. Otherwise it returns nil.
func policyDataSources(p *engine.Pass, res *parser.Resource, attr string, doc *parser.Value) []*parser.Resource {
	if res.Format != parser.Terraform || doc == nil || doc.Kind != parser.Unknown || attr == "" {
		return nil
	}
	var out []*parser.Resource
	for _, ds := range p.Referenced(res, attr, "aws_iam_policy_document") {
		if ds.Data {
			out = append(out, ds)
		}
	}
	return out
}

// s3FixingKeys are the condition keys that, tested against fixed values,
// make a policy non-public in S3's sense.
var s3FixingKeys = map[string]bool{
	"aws:sourceip": true, "aws:sourcearn": true, "aws:sourcevpc": true, "aws:sourcevpce": true,
	"aws:sourceowner": true, "aws:sourceaccount": true, "aws:sourceorgid": true, "aws:sourceorgpaths": true,
	"aws:principalorgid": true, "aws:principalorgpaths": true, "aws:principalaccount": true,
	"aws:principalarn": true, "aws:userid": true, "s3:x-amz-server-side-encryption-aws-kms-key-id": true,
	"s3:dataaccesspointarn": true, "s3:dataaccesspointaccount": true,
}

// s3JSONRestricted reports whether a JSON Condition limits a statement to
// fixed sources. An unknown condition counts as restricting.
func s3JSONRestricted(cond *parser.Value) bool { return conditionRestricts(cond, nil) }

// conditionRestricts is s3JSONRestricted, also counting the condition
// keys extra (lower case) as naming fixed callers.
func conditionRestricts(cond *parser.Value, extra map[string]bool) bool {
	if cond.IsNull() {
		return false
	}
	if !cond.IsKnown() || cond.Kind != parser.Object {
		return true
	}
	for op, tests := range cond.Attrs {
		if !tests.IsKnown() || tests.Kind != parser.Object {
			return true
		}
		for key, vals := range tests.Attrs {
			if s3Restricts(op, key, vals, extra) {
				return true
			}
		}
	}
	return false
}

// s3BlocksRestricted is s3JSONRestricted for aws_iam_policy_document
// condition blocks.
func s3BlocksRestricted(conds *parser.Value) bool { return blocksRestrict(conds, nil) }

// blocksRestrict is conditionRestricts for aws_iam_policy_document
// condition blocks, also counting the condition keys extra (lower case).
func blocksRestrict(conds *parser.Value, extra map[string]bool) bool {
	if !conds.IsNull() && !conds.IsKnown() {
		return true
	}
	for _, c := range conds.Items() {
		op, ok1 := c.Get("test").AsString()
		key, ok2 := c.Get("variable").AsString()
		if !ok1 || !ok2 {
			return true
		}
		if s3Restricts(op, key, c.Get("values"), extra) {
			return true
		}
	}
	return false
}

// s3Restricts reports whether a condition operator on key with vals limits
// access to fixed values of a key that identifies the caller or its
// network. Negated and IfExists operators do not limit: a request without
// the key passes them. Unknown values count as limiting.
func s3Restricts(op, key string, vals *parser.Value, extra map[string]bool) bool {
	if k := strings.ToLower(strings.TrimSpace(key)); !s3FixingKeys[k] && !extra[k] {
		return false
	}
	o := strings.ToLower(op)
	o = o[strings.LastIndex(o, ":")+1:]
	if strings.HasSuffix(o, "ifexists") || strings.Contains(o, "not") || o == "null" {
		return false
	}
	if vals == nil || !vals.IsKnown() {
		return true
	}
	var items []*parser.Value
	if vals.Kind == parser.List {
		items = vals.Elems
	} else {
		items = []*parser.Value{vals}
	}
	if len(items) == 0 {
		return false
	}
	for _, v := range items {
		if !v.IsKnown() {
			return true
		}
		s, ok := v.AsString()
		if !ok || strings.Contains(s, "${") || netexposure.IsWorldCIDR(v) {
			return false
		}
		if strings.ContainsAny(s, "*?") && !arnOfFixedAccount(key, s) {
			return false
		}
	}
	return true
}

// arnOfFixedAccount reports whether s, a value of an ARN condition key
// (aws:SourceArn, aws:PrincipalArn) with wildcards, still names resources
// of one account: "arn:aws:cloudtrail:*:111122223333:trail/*".
func arnOfFixedAccount(key, s string) bool {
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "aws:sourcearn", "aws:principalarn":
	default:
		return false
	}
	f := strings.SplitN(strings.TrimSpace(s), ":", 6)
	if len(f) < 6 || f[0] != "arn" || len(f[4]) != 12 {
		return false
	}
	for _, c := range f[4] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
