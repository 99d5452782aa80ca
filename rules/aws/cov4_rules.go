package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The fourth coverage pass (cov4_*.go): Airflow logs, API Gateway methods
// open to anyone, Lambda environment variables under AWS's key.

// coverage4Rules are the rules of the fourth coverage pass.
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		logMWAALogs(),
		netAPIMethodOpen(),
		dataLambdaEnvironmentKey(),
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
			if m.Data || !p.BodyKnown(m) || !apiJudgedMethod(verb.Of(m)) {
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
				// A resource policy that admits only fixed callers or
				// networks keeps everyone else out (tc24b).
				if restAPIPolicyLimitsCallers(p, apis) {
					continue
				}
			}
			p.Judge(m, v, "anyone on the internet can call the method: no authorizer, IAM authorization or API key")
		}
		checkAPIRoutesOpen(p)
	}}
}

// apiJudgedMethod reports whether an API Gateway method is judged: not a
// CORS preflight (OPTIONS) and not a value API Gateway rejects.
func apiJudgedMethod(v *parser.Value) bool {
	s, ok := v.AsString()
	if !ok {
		return true
	}
	switch strings.ToUpper(s) {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "ANY":
		return true
	}
	return false
}

// checkAPIRoutesOpen judges the routes of HTTP and WebSocket APIs: open
// when their authorization type is NONE (the default in both formats) and
// they require no API key. A WebSocket API authorizes its $connect route
// only, so its other routes are not judged.
func checkAPIRoutesOpen(p *engine.Pass) {
	auth, key := parser.A("authorization_type", "AuthorizationType"), parser.A("api_key_required", "ApiKeyRequired")
	routeKey, apiID, protocol := parser.A("route_key", "RouteKey"), parser.A("api_id", "ApiId"), parser.A("protocol_type", "ProtocolType")
	open := setting.Both(setting.Is(auth, "NONE", "NONE"), setting.MustBeTrue(key, false))
	for _, r := range p.ResourcesOfType("aws_apigatewayv2_route", "AWS::ApiGatewayV2::Route") {
		k := str(routeKey.Of(r))
		if r.Data || !p.BodyKnown(r) || strings.HasPrefix(k, "OPTIONS ") {
			continue
		}
		apis := p.Referenced(r, apiID.Name(r), "aws_apigatewayv2_api", "AWS::ApiGatewayV2::Api")
		webSocket := len(apis) == 0 && strings.HasPrefix(k, "$") && k != "$default"
		for _, a := range apis {
			webSocket = webSocket || isOneOf(protocol.Of(a), protocol.Name(a), "WEBSOCKET").Answer != parser.No
		}
		if webSocket && k != "$connect" {
			continue
		}
		p.Judge(r, open(r), "anyone on the internet can call the route: no authorizer, IAM authorization or API key")
	}
}

func dataLambdaEnvironmentKey() *engine.Rule {
	vars := parser.A("environment.variables", "Environment.Variables")
	// Lambda encrypts environment variables at rest by default (with the
	// AWS managed key): the rule reports only when the configuration
	// requires customer managed keys.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-208"}, setting.Check{
		Types:   []string{"aws_lambda_function", "AWS::Lambda::Function"},
		If:      setting.Not(setting.MustBeSet(vars)),
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "KmsKeyArn")),
		Problem: "the function's environment variables are encrypted only with the AWS managed key aws/lambda, and the configuration requires customer managed keys",
	}.Run)
}
