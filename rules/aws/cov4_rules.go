package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The fourth coverage pass (cov4_*.go): Airflow logs, API Gateway methods
// open to anyone.

// coverage4Rules are the rules of the fourth coverage pass.
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		logMWAALogs(),
		netAPIMethodOpen(),
	}
}

func logMWAALogs() *engine.Rule {
	logs := func(kind, cfn string) setting.Judge {
		return setting.MustBeTrue(parser.A("logging_configuration."+kind+".enabled", "LoggingConfiguration."+cfn+".Enabled"), false)
	}
	return setting.Rule(engine.Rule{ID: "AWS-206"}, setting.Check{
		Types:   []string{"aws_mwaa_environment", "AWS::MWAA::Environment"},
		Judge:   setting.Either(logs("webserver_logs", "WebserverLogs"), logs("scheduler_logs", "SchedulerLogs")),
		Problem: "the Airflow web server or scheduler log is not sent to CloudWatch Logs",
	})
}

func netAPIMethodOpen() *engine.Rule {
	auth, key := parser.A("authorization", "AuthorizationType"), parser.A("api_key_required", "ApiKeyRequired")
	verb, api := parser.A("http_method", "HttpMethod"), parser.A("rest_api_id", "RestApiId")
	// CloudFormation's AuthorizationType defaults to NONE; Terraform
	// requires authorization.
	open := setting.Both(setting.Is(auth, "NONE", "NONE"), setting.MustBeTrue(key, false))
	return &engine.Rule{ID: "AWS-207", Check: func(p *engine.Pass) {
		for _, m := range p.ResourcesOfType("aws_api_gateway_method", "AWS::ApiGateway::Method") {
			// CORS preflight requests carry no credentials by design.
			if m.Data || !p.BodyKnown(m) || str(verb.Of(m)) == "OPTIONS" {
				continue
			}
			v := open(m)
			if v.Answer == parser.Yes {
				apis := p.Referenced(m, api.Name(m), "aws_api_gateway_rest_api", "AWS::ApiGateway::RestApi")
				switch private := netAPIPrivate(apis); private.Answer {
				case parser.Yes:
					continue
				case parser.CannotTell:
					v = private
				}
			}
			p.Judge(m, v, "anyone on the internet can call the method: no authorizer, IAM authorization or API key")
		}
	}}
}
