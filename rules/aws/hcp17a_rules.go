package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage17aRules are the rules the HashiCorp policy library sample
// (services a..d, session 17) added.
func coverage17aRules() []*engine.Rule {
	return []*engine.Rule{appSyncAPIKeyAuth(), codeBuildLogsOff(), dataSyncTaskLogsOff(), dmsTaskLoggingOff(),
		{ID: "AWS-328", Check: checkTrailManagementEvents}, connectFlowLogsOff()}
}

// appSyncAPIKeyAuth is AWS-321: an AppSync GraphQL API that accepts API
// keys, as its default authorization mode or as an additional one.
func appSyncAPIKeyAuth() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-321"}, setting.Check{
		Types: []string{"aws_appsync_graphql_api", "AWS::AppSync::GraphQLApi"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("authentication_type", "AuthenticationType"), "", "API_KEY"),
			anyItemAt(parser.A("additional_authentication_provider.authentication_type", "AdditionalAuthenticationProviders.AuthenticationType"),
				func(v *parser.Value, name string) parser.Verdict { return parser.OneOf(v, name, "", "API_KEY") })),
		Problem: "callers authenticate with an API key, a long-lived shared secret that names no one",
	})
}

// codeBuildLogsOff is AWS-322: a CodeBuild project that turns its
// CloudWatch Logs off (on by default) and sends no logs to S3 either (off
// by default), so its builds leave no log.
func codeBuildLogsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-322"}, setting.Check{
		Types: []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge: setting.Both(
			setting.Is(parser.A("logs_config.cloudwatch_logs.status", "LogsConfig.CloudWatchLogs.Status"), "ENABLED", "DISABLED"),
			setting.MustBeOneOf(parser.A("logs_config.s3_logs.status", "LogsConfig.S3Logs.Status"), "DISABLED", "ENABLED")),
		Problem: "the project writes its build logs neither to CloudWatch Logs nor to S3",
	})
}

// dataSyncTaskLogsOff is AWS-323: a DataSync task in Basic mode that names
// no CloudWatch log group, or whose log level is OFF. Enhanced mode tasks
// log to /aws/datasync without a group named, and are not judged.
func dataSyncTaskLogsOff() *engine.Rule {
	basicMode := setting.Not(setting.Is(parser.A("task_mode", ""), "BASIC", "ENHANCED"))
	group := setting.MustBeSet(parser.A("cloudwatch_log_group_arn", "CloudWatchLogGroupArn"))
	return setting.Rule(engine.Rule{ID: "AWS-323"},
		// The provider sends log_level OFF when it is not written.
		setting.Check{
			Types:   []string{"aws_datasync_task"},
			If:      basicMode,
			Judge:   setting.Either(group, setting.MustNotBe(parser.A("options.log_level", ""), "OFF", "OFF")),
			Problem: "the task publishes no transfer log",
		},
		// CloudFormation leaves an unwritten LogLevel to the service; the
		// schema the rules are checked against has no TaskMode, so only an
		// explicit OFF is judged there.
		setting.Check{
			Types:   []string{"AWS::DataSync::Task"},
			Judge:   setting.MustNotBe(parser.A("", "Options.LogLevel"), "", "OFF"),
			Problem: "the task publishes no transfer log",
		})
}

// dmsTaskLoggingOff is AWS-324: a DMS replication task whose task settings
// (a JSON document) do not turn Logging.EnableLogging on; it is off when the
// settings or the key are left out.
func dmsTaskLoggingOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-324"}, setting.Check{
		Types:   []string{"aws_dms_replication_task", "AWS::DMS::ReplicationTask"},
		Judge:   dmsLoggingJudge(parser.A("replication_task_settings", "ReplicationTaskSettings")),
		Problem: "the task writes no log to CloudWatch Logs",
	})
}

func dmsLoggingJudge(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v, name := a.Of(res), a.Name(res)
		doc := v
		switch {
		case parser.Set(v) == parser.No:
			return parser.Verdict{Answer: parser.Yes, Detail: name + " is not set, and logging is off by default"}
		case parser.Set(v) == parser.CannotTell:
			return parser.Unknowable(v, name)
		case v.Kind == parser.String:
			var ok bool
			if doc, ok = setting.DecodedJSON(v); !ok {
				return parser.Unreadable(v, name, "the task settings are not a JSON document")
			}
		}
		enable := parser.Lookup(doc, "Logging.EnableLogging")
		verdict := parser.NotTrue(enable, name+": Logging.EnableLogging", false)
		if verdict.Answer == parser.Yes && verdict.At == nil {
			verdict.At = v // the key left out of the settings written
		}
		return verdict
	}
}

// AWS-327 (agent-or-lake-store-without-customer-key) is retired and its
// id never reused: Bedrock AgentCore memories and gateways and CloudTrail
// Lake event data stores on a key AWS owns are AWS-169's concept, and
// AWS-169 judges them (agentAndLakeKeyChecks), naming AWS-327 in
// Rule.Formerly.

// checkTrailManagementEvents is AWS-328: the trails of a root of which
// none records both read and write management events. A trail with event
// selectors records management events only through a selector that
// includes them (include_management_events / IncludeManagementEvents, true
// by default) for All, ReadOnly or WriteOnly events; with advanced
// selectors, through one whose eventCategory is Management, limited by
// readOnly. A data-events-only trail beside one that records management
// events is not reported.
func checkTrailManagementEvents(p *engine.Pass) {
	trails := p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail")
	evs := make(map[*parser.Resource]trailEvents, len(trails))
	for _, t := range trails {
		evs[t] = trailManagementEvents(t)
	}
	for _, t := range trails {
		ev := evs[t]
		if ev.reads && ev.writes {
			continue
		}
		// Another trail of the configuration may record what this one leaves
		// out: the management events count for the account, whichever trail
		// records them.
		reads, writes, covered := ev.reads, ev.writes, false
		for _, other := range p.InRoot(t, "aws_cloudtrail", "AWS::CloudTrail::Trail") {
			if o, ok := evs[other]; ok && other != t {
				reads, writes = reads || o.reads, writes || o.writes
				covered = covered || o.hidden != nil
			}
		}
		switch {
		case reads && writes, covered:
		case ev.hidden != nil:
			p.CannotTell(t, ev.hidden, parser.Unknowable(ev.hidden, trailSelectors.Name(t)).Detail)
		case reads:
			p.Report(t, ev.at, "%s records %s, and no trail of the configuration records write management events: changes made through the AWS APIs (IAM, security groups, keys) leave no audit trail", t.Address, trailRecords(ev))
		case writes:
			p.Report(t, ev.at, "%s records %s, and no trail of the configuration records read management events: calls that read secrets, keys or configuration leave no audit trail", t.Address, trailRecords(ev))
		default:
			p.Report(t, ev.at, "%s records no management events, and no other trail of the configuration does: API calls made in the account leave no audit trail", t.Address)
		}
	}
}

// trailRecords says which management events a trail records.
func trailRecords(ev trailEvents) string {
	switch {
	case ev.reads:
		return "read-only management events"
	case ev.writes:
		return "write-only management events"
	}
	return "no management events"
}

// trailEvents says which management events a trail's selectors record,
// with the selector that decides (for the finding).
type trailEvents struct {
	selectorEvents
	at *parser.Value
}

// trailManagementEvents reads a trail's management events: all of them
// without selectors; otherwise those its basic or advanced selectors add.
func trailManagementEvents(t *parser.Resource) trailEvents {
	key := trailKey(t)
	var ev trailEvents
	basic, adv := trailSelectors.Of(t), trailAdvancedSelectors.Of(t)
	sels, u := setting.Blocks(basic)
	ev.note(u)
	advs, u := setting.Blocks(adv)
	ev.note(u)
	if len(sels) == 0 && len(advs) == 0 {
		if ev.hidden == nil {
			ev.reads, ev.writes = true, true // no selectors: every management event
		}
		return ev
	}
	for _, sel := range sels {
		if ev.at == nil {
			ev.at = sel
		}
		inc := sel.Get(key("include_management_events", "IncludeManagementEvents"))
		if b, ok := inc.AsBool(); ok && !b {
			continue
		}
		if inc != nil && inc.Kind == parser.Unknown {
			ev.note(inc)
			continue
		}
		ev.record(sel.Get(key("read_write_type", "ReadWriteType")), "ReadOnly", "WriteOnly")
	}
	for _, a := range advs {
		if ev.at == nil {
			ev.at = a
		}
		ev.recordAdvanced(a, key, "eventCategory", "Management")
	}
	return ev
}

// connectFlowLogsOff is AWS-329: an Amazon Connect instance that does not
// write contact flow logs (off by default).
func connectFlowLogsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-329"}, setting.Check{
		Types:   []string{"aws_connect_instance", "AWS::Connect::Instance"},
		Judge:   setting.MustBeTrue(parser.A("contact_flow_logs_enabled", "Attributes.ContactflowLogs"), false),
		Problem: "the instance writes no contact flow logs",
	})
}
