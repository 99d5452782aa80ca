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
		ID: "AWS-194",
		// A monitor anywhere in the scan covers every root.
		Scope:      engine.AcrossRoots,
		Reads:      logMonitorReads,
		ReadsAttrs: logMonitorAttrs,
		Check:      checkLogSecurityAlarms,
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
	for _, root := range p.RootsDeploying(awsResources) {
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
// of events: its pattern matches them all and an alarm watches its metric.
// A pattern or metric that is unknown, or a pattern this linter cannot
// read, makes it CannotTell.
func logFilterAlerts(p *engine.Pass, f *parser.Resource, events []cwEvent) parser.Verdict {
	pattern, transformations := parser.A("pattern", "FilterPattern"), parser.A("metric_transformation", "MetricTransformations")
	open := parser.Decided
	pv := pattern.Of(f)
	switch {
	case pv.IsNull():
		return parser.Decided
	case parser.Set(pv) == parser.CannotTell:
		open = parser.Unknowable(pv, pattern.Name(f))
	default:
		switch logPatternMatchesAll(pv, events) {
		case parser.False:
			return parser.Decided
		case parser.Maybe:
			open = parser.Verdict{Answer: parser.CannotTell, At: pv, Detail: pattern.Name(f) + ": a filter pattern this linter cannot read"}
		}
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
// events: Yes when it does, No when it misses one, CannotTell when its
// pattern, or a matcher in it, is unknown or cannot be read (a matcher
// this linter does not model, a pattern that is not JSON).
func logRuleAlerts(r *parser.Resource, events []cwEvent) parser.Verdict {
	doc, none := ruleEventPattern(r)
	if none != nil {
		return *none
	}
	if doc == nil {
		return parser.Verdict{Answer: parser.CannotTell, At: eventPattern.Of(r), Detail: eventPattern.Name(r) + ": not a JSON event pattern this linter can read"}
	}
	open := parser.Decided
	for _, ev := range events {
		switch t, at := logEventPatternMatches(doc, ev); t {
		case parser.False:
			return parser.Decided
		case parser.Maybe:
			if open.Answer == parser.No {
				open = parser.Unreadable(at, eventPattern.Name(r)+" matcher", "this linter cannot evaluate it")
			}
		}
	}
	return yesUnless(open)
}

// logPatternMatchesAll judges whether a known filter pattern matches every
// event: Maybe when it is not a JSON pattern this linter can read (a
// space-delimited or plain-text pattern, a syntax it does not know).
func logPatternMatchesAll(v *parser.Value, events []cwEvent) parser.Truth {
	s, ok := v.AsString()
	if !ok {
		return parser.Maybe
	}
	e, ok := parseFilterPattern(s)
	if !ok {
		return parser.Maybe
	}
	for _, ev := range events {
		if !e(ev) {
			return parser.False
		}
	}
	return parser.True
}

// logEventPatternMatches judges whether an EventBridge pattern matches a
// CloudTrail event as EventBridge delivers it: source aws.<service>,
// detail-type "AWS API Call via CloudTrail" (or the console sign-in type)
// and the event as detail. It is Maybe, with the matcher, when a matcher
// that could decide is unknown or not modelled here.
func logEventPatternMatches(pattern *parser.Value, ev cwEvent) (parser.Truth, *parser.Value) {
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

// logEventMatch judges the pattern (or the part of it at the field path
// at) against the event get reads: True, False, or Maybe with the first
// matcher that is unknown or not modelled here, when no known matcher
// decides.
func logEventMatch(pattern *parser.Value, at []string, get func([]string) (string, bool)) (parser.Truth, *parser.Value) {
	if pattern == nil {
		return parser.True, nil
	}
	if parser.Set(pattern) == parser.CannotTell {
		return parser.Maybe, pattern
	}
	if pattern.Kind == parser.Object {
		out, open := parser.True, (*parser.Value)(nil)
		for _, k := range pattern.Keys() {
			switch t, u := logEventMatch(pattern.Get(k), append(slices.Clip(at), k), get); t {
			case parser.False:
				return parser.False, nil
			case parser.Maybe:
				if open == nil {
					out, open = parser.Maybe, u
				}
			}
		}
		return out, open
	}
	got, present := get(at)
	out, open := parser.False, (*parser.Value)(nil)
	for _, want := range pattern.Items() {
		t := logMatcher(want, got, present)
		if t == parser.True {
			return parser.True, nil
		}
		if t == parser.Maybe && open == nil {
			out, open = parser.Maybe, want
		}
	}
	return out, open
}

// logMatcher judges one element of a field's list of matchers: a value
// (equal to the field), or a prefix, exists or anything-but matcher. An
// unknown matcher, or one of another kind (numeric, suffix,
// equals-ignore-case, wildcard...), is Maybe.
func logMatcher(want *parser.Value, got string, present bool) parser.Truth {
	if parser.Set(want) == parser.CannotTell {
		return parser.Maybe
	}
	if s, ok := want.AsString(); ok {
		return logTruth(present && s == got)
	}
	if want.Kind != parser.Object || len(want.Keys()) != 1 {
		return parser.Maybe
	}
	switch k := want.Keys()[0]; k {
	case "prefix":
		s, ok := want.Get(k).AsString()
		if !ok {
			return parser.Maybe
		}
		return logTruth(present && strings.HasPrefix(got, s))
	case "exists":
		b, ok := want.Get(k).AsBool()
		if !ok {
			return parser.Maybe
		}
		return logTruth(b == present)
	case "anything-but":
		but := want.Get(k)
		items := but.Items()
		if but.Kind != parser.List {
			items = []*parser.Value{but}
		}
		for _, e := range items {
			if _, ok := e.AsString(); !ok {
				return parser.Maybe // unknown, or a nested matcher such as {"prefix": ...}
			}
		}
		return logTruth(!slices.ContainsFunc(stringsOf(but), func(v *parser.Value) bool { return v.Str == got }))
	}
	return parser.Maybe
}

// logTruth is True or False.
func logTruth(b bool) parser.Truth {
	if b {
		return parser.True
	}
	return parser.False
}
