package aws

import (
	"bytes"
	"encoding/json"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage17aRules are the rules the HashiCorp policy library sample
// (services a..d, session 17) added.
func coverage17aRules() []*engine.Rule {
	return []*engine.Rule{appSyncAPIKeyAuth(), codeBuildLogsOff(), dataSyncTaskLogsOff(), dmsTaskLoggingOff()}
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
	basicMode := setting.Not(setting.Is(parser.A("task_mode", "TaskMode"), "BASIC", "ENHANCED"))
	group := setting.MustBeSet(parser.A("cloudwatch_log_group_arn", "CloudWatchLogGroupArn"))
	return setting.Rule(engine.Rule{ID: "AWS-323"},
		// The provider sends log_level OFF when it is not written.
		setting.Check{
			Types:   []string{"aws_datasync_task"},
			If:      basicMode,
			Judge:   setting.Either(group, setting.MustNotBe(parser.A("options.log_level", ""), "OFF", "OFF")),
			Problem: "the task publishes no transfer log",
		},
		// CloudFormation leaves an unwritten LogLevel to the service.
		setting.Check{
			Types:   []string{"AWS::DataSync::Task"},
			If:      basicMode,
			Judge:   setting.Either(group, setting.MustNotBe(parser.A("", "Options.LogLevel"), "", "OFF")),
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
			dec := json.NewDecoder(bytes.NewReader([]byte(v.Str)))
			dec.UseNumber()
			var x any
			if dec.Decode(&x) != nil {
				return parser.Unreadable(v, name, "the task settings are not a JSON document")
			}
			doc = fromJSON(x, v, 0)
		}
		enable := parser.Lookup(doc, "Logging.EnableLogging")
		verdict := parser.NotTrue(enable, name+": Logging.EnableLogging", false)
		if verdict.Answer == parser.Yes && verdict.At == nil {
			verdict.At = v // the key left out of the settings written
		}
		return verdict
	}
}
