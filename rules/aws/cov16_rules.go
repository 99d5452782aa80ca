package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage16Rules are the rules the session 16 sample of the CloudFormation
// Guard registry's tests showed missing.
func coverage16Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-334", Check: checkAPIGatewayExecutionLogging},
	}
}

const apiExecutionLogProblem = "the API stage writes no execution logs (logging level OFF, the default)"

// executionLogLevel is the verdict on one logging level: a level other
// than ERROR or INFO (OFF, the default when not written) logs nothing.
func executionLogLevel(v *parser.Value, name string) parser.Verdict {
	return parser.NoneOf(v, name, "OFF", "ERROR", "INFO")
}

// methodSettingsLog judges a list of method settings whose logging level
// is at key: logging is on when one of them sets ERROR or INFO.
func methodSettingsLog(list *parser.Value, name, key string) parser.Verdict {
	items, u := setting.Blocks(list)
	if u != nil {
		return parser.Unknowable(u, name)
	}
	var unknown *parser.Verdict
	for _, m := range items {
		v := executionLogLevel(m.Get(key), name+"."+key)
		switch v.Answer {
		case parser.No:
			return v
		case parser.CannotTell:
			unknown = &v
		}
	}
	if unknown != nil {
		return *unknown
	}
	return parser.Bad(list, "no method setting sets "+key+" to ERROR or INFO")
}

// checkAPIGatewayExecutionLogging is AWS-334: a REST API stage that
// writes no execution logs to CloudWatch Logs. In CloudFormation a stage's
// MethodSettings (or a deployment's StageDescription, for the stage it
// creates) set the level; in Terraform aws_api_gateway_method_settings
// resources name the stage.
func checkAPIGatewayExecutionLogging(p *engine.Pass) {
	for _, res := range p.KnownResources("AWS::ApiGateway::Stage", "AWS::ApiGateway::Deployment", "aws_api_gateway_stage",
		"AWS::ApiGatewayV2::Stage", "aws_apigatewayv2_stage") {
		switch res.Type {
		case "AWS::ApiGatewayV2::Stage", "aws_apigatewayv2_stage":
			webSocketStageExecutionLogging(p, res)
		case "AWS::ApiGateway::Stage":
			ms := res.Body.Get("MethodSettings")
			if ms == nil {
				p.Judge(res, parser.Bad(nil, "MethodSettings is not set"), apiExecutionLogProblem)
				continue
			}
			p.Judge(res, methodSettingsLog(ms, "MethodSettings", "LoggingLevel"), apiExecutionLogProblem)
		case "AWS::ApiGateway::Deployment":
			// Without a StageName the deployment creates no stage.
			if parser.Set(res.Body.Get("StageName")) != parser.Yes {
				continue
			}
			sd := res.Body.Get("StageDescription")
			if parser.Set(sd) == parser.CannotTell {
				p.Judge(res, parser.Unknowable(sd, "StageDescription"), apiExecutionLogProblem)
				continue
			}
			if v := executionLogLevel(sd.Get("LoggingLevel"), "StageDescription.LoggingLevel"); v.Answer != parser.Yes {
				p.Judge(res, v, apiExecutionLogProblem)
				continue
			}
			if ms := sd.Get("MethodSettings"); ms != nil {
				p.Judge(res, methodSettingsLog(ms, "StageDescription.MethodSettings", "LoggingLevel"), apiExecutionLogProblem)
				continue
			}
			p.Judge(res, parser.Bad(sd, "StageDescription.LoggingLevel is not set"), apiExecutionLogProblem)
		default:
			terraformStageExecutionLogging(p, res)
		}
	}
}

// methodSettingsLevel is an aws_api_gateway_method_settings' logging level.
var methodSettingsLevel = parser.A("settings.logging_level", "")

// terraformStageExecutionLogging judges an aws_api_gateway_stage by the
// aws_api_gateway_method_settings that name it. A method settings
// resource of the root whose stage is not a scanned stage (a literal name)
// may be this stage's: the stage gets the benefit of the doubt.
func terraformStageExecutionLogging(p *engine.Pass, stage *parser.Resource) {
	for _, r := range p.InRoot(stage, "aws_api_gateway_method_settings") {
		if len(p.Referenced(r, "stage_name", "aws_api_gateway_stage")) == 0 {
			return
		}
	}
	var unknown *parser.Verdict
	for _, r := range p.Referrers(stage, "stage_name", "aws_api_gateway_method_settings") {
		v := executionLogLevel(methodSettingsLevel.Of(r), r.Address+".settings.logging_level")
		switch v.Answer {
		case parser.No:
			return
		case parser.CannotTell:
			unknown = &v
		}
	}
	if unknown != nil {
		p.Judge(stage, *unknown, apiExecutionLogProblem)
		return
	}
	p.Judge(stage, parser.Bad(nil, "no aws_api_gateway_method_settings sets settings.logging_level to ERROR or INFO for it"), apiExecutionLogProblem)
}

// webSocketStageAPI are a WebSocket stage's API reference and the API's
// protocol, per format.
var (
	webSocketStageAPI  = parser.A("api_id", "ApiId")
	webSocketProtocol  = parser.A("protocol_type", "ProtocolType")
	webSocketLogLevel  = parser.A("default_route_settings.logging_level", "DefaultRouteSettings.LoggingLevel")
	webSocketAPITypes  = []string{"aws_apigatewayv2_api", "AWS::ApiGatewayV2::Api"}
	webSocketProblemV2 = "the WebSocket API stage writes no execution logs (logging level OFF, the default)"
)

// webSocketStageExecutionLogging judges an API Gateway v2 stage whose API
// is in the code with protocol WEBSOCKET: its default route settings must
// set the logging level to ERROR or INFO. HTTP APIs have no execution
// logs; a stage whose API is not in the code (an id written as text) is
// not judged.
func webSocketStageExecutionLogging(p *engine.Pass, stage *parser.Resource) {
	apis := p.Referenced(stage, webSocketStageAPI.Name(stage), webSocketAPITypes...)
	if len(apis) != 1 || !p.BodyKnown(apis[0]) {
		return
	}
	switch v := parser.OneOf(webSocketProtocol.Of(apis[0]), webSocketProtocol.Name(apis[0]), "", "WEBSOCKET"); v.Answer {
	case parser.No:
		return
	case parser.CannotTell:
		p.Judge(stage, parser.Unknowable(v.At, apis[0].Address+"."+webSocketProtocol.Name(apis[0])), webSocketProblemV2)
		return
	}
	v := executionLogLevel(webSocketLogLevel.Of(stage), webSocketLogLevel.Name(stage))
	if v.Answer == parser.Yes && v.At == nil {
		v.At = webSocketLogLevel.Nearest(stage)
	}
	p.Judge(stage, v, webSocketProblemV2)
}
