package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// LOG-3: the CIS AWS Foundations metric filters and alarms, judged by what
// the filters select.

// logAlarmCategory is one event class the CIS benchmark wants alerted,
// with sample CloudTrail events: a filter (or EventBridge rule) covers the
// class when it matches every sample.
type logAlarmCategory struct {
	name   string
	events []cwEvent
}

// logAPICalls returns sample events of API calls names to service (its
// endpoint, such as "ec2.amazonaws.com").
func logAPICalls(service string, names ...string) []cwEvent {
	out := make([]cwEvent, len(names))
	for i, n := range names {
		out[i] = cwEvent{"eventSource": service, "eventName": n, "eventType": "AwsApiCall", "userIdentity.type": "IAMUser"}
	}
	return out
}

var logAlarmCategories = []logAlarmCategory{
	{"unauthorized API calls", []cwEvent{
		{"eventSource": "ec2.amazonaws.com", "eventName": "RunInstances", "errorCode": "Client.UnauthorizedOperation", "userIdentity.type": "IAMUser"},
		{"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "errorCode": "AccessDenied", "userIdentity.type": "IAMUser"},
	}},
	{"console sign-in without MFA", []cwEvent{
		{"eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin", "additionalEventData.MFAUsed": "No",
			"userIdentity.type": "IAMUser", "responseElements.ConsoleLogin": "Success", "eventType": "AwsConsoleSignIn"},
	}},
	{"IAM policy changes", logAPICalls("iam.amazonaws.com", "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy",
		"PutGroupPolicy", "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion",
		"DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy",
		"AttachGroupPolicy", "DetachGroupPolicy")},
	{"CloudTrail configuration changes", logAPICalls("cloudtrail.amazonaws.com", "CreateTrail", "UpdateTrail", "DeleteTrail",
		"StartLogging", "StopLogging")},
	{"console authentication failures", []cwEvent{
		{"eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin", "errorMessage": "Failed authentication",
			"userIdentity.type": "IAMUser", "responseElements.ConsoleLogin": "Failure", "eventType": "AwsConsoleSignIn"},
	}},
	{"disabling or scheduled deletion of KMS keys", logAPICalls("kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion")},
	{"S3 bucket policy changes", logAPICalls("s3.amazonaws.com", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors",
		"PutBucketLifecycle", "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle",
		"DeleteBucketReplication")},
	{"AWS Config changes", logAPICalls("config.amazonaws.com", "StopConfigurationRecorder", "DeleteDeliveryChannel",
		"PutDeliveryChannel", "PutConfigurationRecorder")},
	{"security group changes", logAPICalls("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
		"RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup")},
	{"network ACL changes", logAPICalls("ec2.amazonaws.com", "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
		"DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation")},
	{"network gateway changes", logAPICalls("ec2.amazonaws.com", "CreateCustomerGateway", "DeleteCustomerGateway",
		"AttachInternetGateway", "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway")},
	{"route table changes", logAPICalls("ec2.amazonaws.com", "CreateRoute", "CreateRouteTable", "ReplaceRoute",
		"ReplaceRouteTableAssociation", "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable")},
	{"VPC changes", logAPICalls("ec2.amazonaws.com", "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
		"CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection")},
	{"AWS Organizations changes", logAPICalls("organizations.amazonaws.com", "AcceptHandshake", "AttachPolicy", "CreateAccount",
		"CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit",
		"DeletePolicy", "DetachPolicy", "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization",
		"LeaveOrganization", "MoveAccount", "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit")},
}

func logSecurityAlarms() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-194",
		Name:     "security-event-alarms-missing",
		Title:    "No alarm on the CIS security events (IAM, CloudTrail, Config, KMS, S3 policy, network and Organizations changes, failed or MFA-less sign-ins)",
		Severity: engine.Low,
		Description: "The CIS AWS Foundations Benchmark asks for a CloudWatch Logs metric filter with an alarm on each " +
			"of these event classes in the trail's log group: unauthorized API calls, console sign-in without MFA, " +
			"IAM policy changes, CloudTrail configuration changes, console authentication failures, disabling or " +
			"scheduled deletion of KMS keys, S3 bucket policy changes, AWS Config changes, security group, network " +
			"ACL, network gateway, route table and VPC changes, and AWS Organizations changes (root use is AWS-033). " +
			"A filter counts by what it selects, not by its name: its pattern is evaluated against sample CloudTrail " +
			"events of the class and must match them all, and an alarm must watch its metric (by reference, or by " +
			"metric name and namespace). An EventBridge rule whose pattern matches the samples counts too. Patterns, " +
			"names and namespaces that are unknown or that the evaluator cannot read count as a match. This " +
			"account-level control is judged in account-baseline mode (`--account-baseline`) only, for AWS roots " +
			"whose trail delivers to CloudWatch Logs; otherwise a missing alarm is listed in the checklist report as " +
			"having no evidence.",
		Remediation: engine.Remediation{Summary: "For each event class, add a metric filter on the trail's log group and a CloudWatch alarm on its metric that notifies the security team (or an EventBridge rule on the same events)."},
		Checklist:   []string{"LOG-3"},
		SOC2:        []string{"CC7.2", "CC7.3"},
		Provider:    "aws",
		Links: []string{
			"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
			"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
			"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
		},
		Precision: "medium",
		Check:     checkLogSecurityAlarms,
	}
}

func checkLogSecurityAlarms(p *engine.Pass) {
	var missing []string
	var maybe *parser.Resource
	open := parser.Decided
	for _, c := range logAlarmCategories {
		switch res, v := logAlerted(p, c.events); v.Answer {
		case parser.No:
			missing = append(missing, c.name)
		case parser.CannotTell:
			if maybe == nil {
				maybe, open = res, v
			}
		}
	}
	if len(missing) == 0 && maybe == nil {
		return
	}
	for _, root := range logAWSRoots(p) {
		if trail := iamTrailToCloudWatch(root); trail != nil && len(missing) == 0 {
			// What alerts on the other classes cannot be read.
			p.CannotTell(maybe, open.At, open.Detail)
		} else if trail != nil {
			p.ReportMissing(root, "%s sends CloudTrail events to CloudWatch Logs (%s), but no metric filter with an alarm or EventBridge rule alerts on %s",
				root.Name, trail.Address, strings.Join(missing, ", "))
		}
	}
}

// logAlerted judges whether the scan alerts on every one of events: a
// metric filter matching them all with an alarm on its metric, or an
// EventBridge rule matching them all. It returns Yes with the resource
// that alerts, else CannotTell with one that may (its pattern or metric is
// unknown), else No.
func logAlerted(p *engine.Pass, events []cwEvent) (*parser.Resource, parser.Verdict) {
	return logMonitor(p.ResourcesOfType(iamMetricFilterTypes...), p.ResourcesOfType(iamEventRuleTypes...),
		func(f *parser.Resource) parser.Verdict { return logFilterAlerts(p, f, events) },
		func(r *parser.Resource) parser.Verdict { return logRuleAlerts(r, events) })
}

// logMonitor returns the first of the metric filters, then of the
// EventBridge rules, that alerts (Yes); else the first that may, with its
// CannotTell verdict; else No. Data sources are not monitors.
func logMonitor(filters, rules []*parser.Resource, filterAlerts, ruleAlerts func(*parser.Resource) parser.Verdict) (*parser.Resource, parser.Verdict) {
	var maybe *parser.Resource
	open := parser.Decided
	for _, group := range []struct {
		candidates []*parser.Resource
		alerts     func(*parser.Resource) parser.Verdict
	}{{filters, filterAlerts}, {rules, ruleAlerts}} {
		for _, r := range group.candidates {
			if r.Data {
				continue
			}
			switch v := group.alerts(r); v.Answer {
			case parser.Yes:
				return r, yes(nil)
			case parser.CannotTell:
				if maybe == nil {
					maybe, open = r, v
				}
			}
		}
	}
	return maybe, open
}

// logFilterAlerts judges whether the metric filter f alerts on every one
// of events: its pattern matches them all (a pattern this linter cannot
// parse counts) and an alarm watches its metric. An unknown pattern or
// metric makes it CannotTell.
func logFilterAlerts(p *engine.Pass, f *parser.Resource, events []cwEvent) parser.Verdict {
	pattern, transformations := parser.A("pattern", "FilterPattern"), parser.A("metric_transformation", "MetricTransformations")
	open := parser.Decided
	pv := pattern.Of(f)
	switch {
	case pv.IsNull():
		return parser.Decided
	case parser.Set(pv) == parser.CannotTell:
		open = parser.Unknowable(pv, pattern.Name(f))
	case !logPatternMatchesAll(pv, events):
		return parser.Decided
	}
	mt := transformations.Of(f)
	var metric *parser.Value
	switch items := mt.Items(); {
	case len(items) > 0:
		metric = items[0]
	case parser.Set(mt) == parser.CannotTell:
		if open.Answer != parser.CannotTell {
			open = parser.Unknowable(mt, transformations.Name(f))
		}
	case mt != nil:
		return parser.Decided // no metric, nothing to alarm on
	}
	name, ns := parser.A("name", "MetricName"), parser.A("namespace", "MetricNamespace")
	if !iamAlarmOn(p, f, parser.Lookup(metric, name.Path(f)), parser.Lookup(metric, ns.Path(f))) {
		return parser.Decided
	}
	return yesUnless(open)
}

// eventPattern is an EventBridge rule's event pattern.
var eventPattern = parser.A("event_pattern", "EventPattern")

// ruleEventPattern returns the EventBridge rule r's event pattern, decoded
// (nil when it is not JSON), or, when there is none to read, the verdict
// that stands for the rule: No when it has no pattern, CannotTell when the
// pattern is unknown.
func ruleEventPattern(r *parser.Resource) (*parser.Value, *parser.Verdict) {
	v := eventPattern.Of(r)
	switch {
	case v.IsNull():
		return nil, &parser.Decided
	case parser.Set(v) == parser.CannotTell:
		u := parser.Unknowable(v, eventPattern.Name(r))
		return nil, &u
	}
	return policyDocument(v), nil
}

// logRuleAlerts judges whether the EventBridge rule r matches every one of
// events; an unknown pattern makes it CannotTell, one that is not JSON
// counts.
func logRuleAlerts(r *parser.Resource, events []cwEvent) parser.Verdict {
	doc, none := ruleEventPattern(r)
	if none != nil {
		return *none
	}
	if doc == nil || !slices.ContainsFunc(events, func(ev cwEvent) bool { return !logEventPatternMatches(doc, ev) }) {
		return yes(nil)
	}
	return parser.Decided
}

// logPatternMatchesAll reports whether a filter pattern matches every
// event; an unknown or unreadable pattern may, and counts.
func logPatternMatchesAll(v *parser.Value, events []cwEvent) bool {
	s, ok := v.AsString()
	if !ok {
		return true
	}
	e, ok := parseFilterPattern(s)
	if !ok {
		return true
	}
	for _, ev := range events {
		if !e(ev) {
			return false
		}
	}
	return true
}

// logEventPatternMatches reports whether an EventBridge pattern matches a
// CloudTrail event as EventBridge delivers it: source aws.<service>,
// detail-type "AWS API Call via CloudTrail" (or the console sign-in type)
// and the event as detail. Matchers it does not know count as a match.
func logEventPatternMatches(pattern *parser.Value, ev cwEvent) bool {
	svc := strings.TrimSuffix(ev["eventSource"], ".amazonaws.com")
	detailType := "AWS API Call via CloudTrail"
	if ev["eventType"] == "AwsConsoleSignIn" {
		detailType = "AWS Console Sign In via CloudTrail"
	}
	get := func(path []string) (string, bool) {
		switch {
		case len(path) == 1 && path[0] == "source":
			return "aws." + svc, true
		case len(path) == 1 && path[0] == "detail-type":
			return detailType, true
		case len(path) > 1 && path[0] == "detail":
			s, ok := ev[strings.Join(path[1:], ".")]
			return s, ok
		}
		return "", false
	}
	return logEventMatch(pattern, nil, get)
}

func logEventMatch(pattern *parser.Value, at []string, get func([]string) (string, bool)) bool {
	if pattern == nil || parser.Set(pattern) == parser.CannotTell { // an unknown matcher may match
		return true
	}
	if pattern.Kind == parser.Object {
		for _, k := range pattern.Keys() {
			if !logEventMatch(pattern.Get(k), append(slices.Clip(at), k), get) {
				return false
			}
		}
		return true
	}
	got, present := get(at)
	for _, want := range pattern.Items() {
		if s, ok := want.AsString(); ok && want.Kind != parser.Object {
			if present && s == got {
				return true
			}
			continue
		}
		if want.Kind != parser.Object {
			return true
		}
		switch {
		case want.Get("prefix") != nil:
			s, _ := want.Get("prefix").AsString()
			if present && strings.HasPrefix(got, s) {
				return true
			}
		case want.Get("exists") != nil:
			if want.Get("exists").IsTrue() == present {
				return true
			}
		case want.Get("anything-but") != nil:
			if !slices.ContainsFunc(stringsOf(want.Get("anything-but")), func(v *parser.Value) bool { return v.Str == got }) {
				return true
			}
		default:
			return true // a matcher not modelled here may match
		}
	}
	return false
}
