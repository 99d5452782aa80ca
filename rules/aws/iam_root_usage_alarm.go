package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func iamRootUsageAlarmMissing() *engine.Rule {
	return &engine.Rule{
		ID: "AWS-033",
		// A monitor anywhere in the scan covers every root.
		Scope:      engine.AcrossRoots,
		Reads:      logMonitorReads,
		ReadsAttrs: logMonitorAttrs,
		Check:      checkIAMRootUsageAlarm,
	}
}

// iamRootEvents are sample root user activity: a metric filter must match
// them (by what its pattern selects, not by its wording).
var iamRootEvents = []cwEvent{
	{"userIdentity.type": "Root", "eventType": "AwsApiCall", "eventSource": "s3.amazonaws.com", "eventName": "ListBuckets"},
	{"userIdentity.type": "Root", "eventType": "AwsConsoleSignIn", "eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin"},
}

var (
	iamMetricFilterTypes = []string{"aws_cloudwatch_log_metric_filter", "AWS::Logs::MetricFilter"}
	iamEventRuleTypes    = []string{"aws_cloudwatch_event_rule", "AWS::Events::Rule"}
	iamAlarmTypes        = []string{"aws_cloudwatch_metric_alarm", "AWS::CloudWatch::Alarm"}
	// logMonitorReads are the types the monitor rules (root usage alarm,
	// AWS-194) read across roots: the monitors, and the trails of each root.
	logMonitorReads = slices.Concat(iamMetricFilterTypes, iamEventRuleTypes, iamAlarmTypes, []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"})
	// logMonitorAttrs are the only attributes of those types the monitor
	// rules read (Rule.ReadsAttrs): a filter's pattern and metric, a
	// rule's event pattern, an alarm's metric (and the edges from it), a
	// trail's log group. Kept whole, the alarms were the largest part of
	// what the scan keeps to its end for these rules after the subnets
	// (bench/README.md, perf18a).
	logMonitorAttrs = map[string][]string{
		"aws_cloudwatch_log_metric_filter": {"pattern", "metric_transformation"},
		"AWS::Logs::MetricFilter":          {"FilterPattern", "MetricTransformations"},
		"aws_cloudwatch_event_rule":        {"event_pattern"},
		"AWS::Events::Rule":                {"EventPattern"},
		"aws_cloudwatch_metric_alarm":      {"metric_name", "namespace", "metric_query"},
		"AWS::CloudWatch::Alarm":           {"MetricName", "Namespace", "Metrics"},
		"aws_cloudtrail":                   {"cloud_watch_logs_group_arn"},
		"AWS::CloudTrail::Trail":           {"CloudWatchLogsLogGroupArn"},
	}
)

func checkIAMRootUsageAlarm(p *engine.Pass) {
	monitor, v := iamRootUsageMonitor(p)
	if v.Answer == parser.Yes {
		// Evidence for the checklist report.
		p.ResourcesOfType(monitor.Type)
		return
	}
	for _, root := range p.RootsDeploying(awsResources) {
		if trail := iamTrailToCloudWatch(root); trail != nil && v.Answer == parser.CannotTell {
			p.CannotTell(monitor, v.At, v.Detail)
		} else if trail != nil {
			p.ReportMissing(root, "%s sends CloudTrail events to CloudWatch Logs (%s), but no metric filter and alarm or EventBridge rule alerts on root user activity",
				root.Name, trail.Address)
		}
	}
}

// iamTrailToCloudWatch returns a trail of root that delivers to CloudWatch
// Logs, or nil.
func iamTrailToCloudWatch(root engine.Root) *parser.Resource {
	for _, r := range root.Resources {
		switch {
		case r.Data:
		case r.Type == "aws_cloudtrail" && !r.Body.Get("cloud_watch_logs_group_arn").IsNull(),
			r.Type == "AWS::CloudTrail::Trail" && !r.Body.Get("CloudWatchLogsLogGroupArn").IsNull():
			return r
		}
	}
	return nil
}

// iamRootUsageMonitor returns a resource of the scan that alerts on root
// user activity: a metric filter on root activity with an alarm on its
// metric, or an EventBridge rule on root activity (Yes); else one that may
// (CannotTell: its pattern or metric is unknown); else No.
func iamRootUsageMonitor(p *engine.Pass) (*parser.Resource, parser.Verdict) {
	return logMonitor(p.OfType(iamMetricFilterTypes...), p.OfType(iamEventRuleTypes...),
		func(f *parser.Resource) parser.Verdict { return logFilterAlerts(p, f, iamRootEvents) }, iamRootRule)
}

// iamRootRule judges whether an EventBridge rule matches root activity:
// its pattern names userIdentity.type Root.
func iamRootRule(r *parser.Resource) parser.Verdict {
	doc, none := ruleEventPattern(r)
	if none != nil {
		return *none
	}
	t := doc.Path("detail", "userIdentity", "type")
	if parser.Set(t) == parser.CannotTell {
		return parser.Unknowable(t, eventPattern.Name(r)+" detail.userIdentity.type")
	}
	if slices.ContainsFunc(stringsOf(t), func(s *parser.Value) bool { return strings.TrimSpace(s.Str) == "Root" }) {
		return yes(nil)
	}
	return parser.Decided
}

// iamAlarmOn reports whether some metric alarm watches the metric of
// filter f, named name in namespace ns.
func iamAlarmOn(p *engine.Pass, f *parser.Resource, name, ns *parser.Value) bool {
	for _, a := range metricAlarms.Of(p) {
		if slices.ContainsFunc(a.targets, func(t *parser.Resource) bool { return iamSame(t, f) }) {
			return true
		}
		if a.metric.IsNull() {
			// A metric math alarm may watch the metric among others.
			if a.math {
				return true
			}
			continue
		}
		// A metric name taken from another metric filter (its id, name or
		// metric) is unknown here but names that filter's metric, not f's.
		if _, known := a.metric.AsString(); !known && len(a.filters) > 0 {
			continue
		}
		if iamSameOrUnknown(a.metric, name) && iamSameOrUnknown(a.namespace, ns) {
			return true
		}
	}
	return false
}

// metricAlarm is what a CloudWatch metric alarm watches.
type metricAlarm struct {
	targets           []*parser.Resource // what its expressions refer to
	filters           []*parser.Resource // the metric filters its metric name refers to
	metric, namespace *parser.Value
	math              bool // it has metric queries (metric math)
}

// metricAlarms is every metric alarm of the scan with what it watches: a
// fact the alarm rules (AWS-033, AWS-194, root usage) share, read once per
// scan instead of once per filter and event class.
var metricAlarms = engine.NewFact(func(p *engine.Pass) []metricAlarm {
	var out []metricAlarm
	for _, a := range p.OfType(iamAlarmTypes...) {
		metric, namespace, query := "metric_name", "namespace", "metric_query"
		if a.Format == parser.CloudFormation {
			metric, namespace, query = "MetricName", "Namespace", "Metrics"
		}
		m := metricAlarm{metric: a.Body.Get(metric), namespace: a.Body.Get(namespace), math: !a.Body.Get(query).IsNull()}
		for _, e := range p.EdgesFrom(a) {
			// What the alarm's metric refers to, or it depends on: not a
			// name or description built from a filter's.
			if e.Kind != engine.DependsOn && !iamAttrPath(e.Attr, metric) && !iamAttrPath(e.Attr, namespace) && !iamAttrPath(e.Attr, query) {
				continue
			}
			m.targets = append(m.targets, e.To)
			if iamAttrPath(e.Attr, metric) && slices.Contains(iamMetricFilterTypes, e.To.Type) {
				m.filters = append(m.filters, e.To)
			}
		}
		out = append(out, m)
	}
	return out
})

// iamSameOrUnknown reports whether a and b are the same string, or one
// of them is not known.
func iamSameOrUnknown(a, b *parser.Value) bool {
	x, ok1 := a.AsString()
	y, ok2 := b.AsString()
	return !ok1 || !ok2 || x == y
}
