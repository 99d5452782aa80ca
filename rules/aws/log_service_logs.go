package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Service logs: OpenSearch, MSK brokers, the EKS control plane.

func logOpenSearchLogs() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-186"}, setting.Check{
		Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain",
			"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		Judge:   logPublishesSome,
		Problem: "the domain publishes no logs",
	})
}

// logPublishesSome judges a domain's log publishing options: Yes when no
// entry is enabled.
func logPublishesSome(res *parser.Resource) parser.Verdict {
	return searchLogPublished(res, "")
}

// searchLogPublished judges a domain's log publishing options: Yes when no
// entry of logType (of any type when logType is empty) is enabled. An entry
// whose enabled flag is absent counts as enabled in Terraform (the
// provider's default is true) and as disabled in CloudFormation
// (LogPublishingOption's Enabled defaults to false). Terraform writes one
// block per log type, CloudFormation a map keyed by log type.
func searchLogPublished(res *parser.Resource, logType string) parser.Verdict {
	a := parser.A("log_publishing_options", "LogPublishingOptions")
	v := a.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, a.Name(res))
	}
	var entries []*parser.Value
	if res.Format == parser.CloudFormation {
		for _, k := range v.Keys() {
			if logType == "" || k == logType {
				entries = append(entries, v.Get(k))
			}
		}
	} else {
		for _, e := range v.Items() {
			if logType == "" || setting.MayBe(e.Get("log_type"), logType) {
				entries = append(entries, e)
			}
		}
	}
	none, every := a.Name(res)+" enables no log", "every "+a.Name(res)+" entry is disabled"
	if logType != "" {
		none, every = a.Name(res)+" enables no "+logType+" entry", "the "+logType+" entry is disabled"
	}
	out := parser.Bad(nil, none)
	enabled := parser.A("enabled", "Enabled").Path(res)
	def := res.Format != parser.CloudFormation
	for _, e := range entries {
		switch ev := parser.NotTrue(e.Get(enabled), enabled, def); ev.Answer {
		case parser.No:
			return parser.Decided
		case parser.CannotTell:
			out = ev
		case parser.Yes:
			if out.Answer == parser.Yes && out.At == nil {
				out = parser.Bad(ev.At, every)
			}
		}
	}
	return out
}

func logMSKBrokerLogs() *engine.Rule {
	broker := func(dest string) setting.Judge {
		return setting.MustBeTrue(parser.A("logging_info.broker_logs."+dest+".enabled",
			"LoggingInfo.BrokerLogs."+map[string]string{"cloudwatch_logs": "CloudWatchLogs", "firehose": "Firehose", "s3": "S3"}[dest]+".Enabled"), false)
	}
	return setting.Rule(engine.Rule{ID: "AWS-187"}, setting.Check{
		Types: []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge: logSaying(setting.Both(broker("cloudwatch_logs"), broker("firehose"), broker("s3")),
			"no broker log destination is enabled"),
		Problem: "the cluster delivers no broker logs",
	})
}

func logEKSControlPlaneLogs() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-188"}, setting.Check{
		Types:   []string{"aws_eks_cluster", "AWS::EKS::Cluster"},
		Judge:   logEKSAudit,
		Problem: "the Kubernetes audit log is not kept",
	})
}

// logEKSAudit judges the cluster's enabled log types: Yes unless "audit" is
// among them. Terraform lists strings, CloudFormation objects with a Type.
func logEKSAudit(res *parser.Resource) parser.Verdict {
	a := parser.A("enabled_cluster_log_types", "Logging.ClusterLogging.EnabledTypes")
	v := a.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, a.Name(res))
	}
	var unknown *parser.Value
	for _, e := range v.Items() {
		if res.Format == parser.CloudFormation {
			e = e.Get("Type")
		}
		if parser.Set(e) == parser.CannotTell {
			unknown = e
			continue
		}
		if e.IsAnyOf("audit") {
			return parser.Decided
		}
	}
	if unknown != nil {
		return parser.Unknowable(unknown, a.Name(res))
	}
	if len(v.Items()) == 0 {
		return parser.Bad(v, a.Name(res)+" is not set")
	}
	return parser.Bad(v, a.Name(res)+" does not include \"audit\"")
}
