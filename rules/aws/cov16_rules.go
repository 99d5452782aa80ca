package aws

import (
	"strings"

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

// methodLog is one method setting of a REST API stage: whether it applies
// to every method of the stage (Terraform's method_path "*/*",
// CloudFormation's ResourcePath "/*" with HttpMethod "*"), which method
// it names otherwise, and its logging level with the level's setting name.
type methodLog struct {
	allMethods parser.Answer // CannotTell when the path is unknown or not written
	method     string
	level      *parser.Value
	name       string
	at         *parser.Value // where a finding on a level not written points, nil for the stage
}

// stageExecutionLog judges a REST API stage's method settings: every
// method logs when a setting for all methods sets ERROR or INFO and no
// setting for one method turns its logging off (API Gateway's default for
// a stage, and for a method no setting names, is OFF). A setting whose
// path is not known that sets ERROR or INFO is given the benefit of the
// doubt; stageWide is a level that applies to the whole stage besides the
// method settings (a deployment's StageDescription.LoggingLevel), nil if
// none.
func stageExecutionLog(entries []methodLog, stageWide *parser.Value, stageWideName string) parser.Verdict {
	// wide: the level for every method (logged, or unknown); one: a
	// method's own level that is unknown.
	var wideUnknown, oneUnknown *parser.Verdict
	logged := false
	judgeWide := func(v parser.Verdict) {
		switch v.Answer {
		case parser.No:
			logged = true
		case parser.CannotTell:
			wideUnknown = &v
		}
	}
	if stageWide != nil {
		judgeWide(executionLogLevel(stageWide, stageWideName))
	}
	for _, e := range entries {
		if parser.Set(e.level) == parser.No && e.allMethods != parser.Yes {
			continue // a method's other settings, its logging level left as is
		}
		v := executionLogLevel(e.level, e.name)
		switch {
		case v.Answer == parser.Yes && e.allMethods == parser.Yes:
			v.Detail = "the setting for all methods: " + v.Detail
			if v.At == nil {
				v.At = e.at
			}
			return v
		case v.Answer == parser.Yes:
			if m := strings.TrimSpace(e.method); m != "" {
				v.Detail = "method " + m + ": " + v.Detail
			}
			return v
		case e.allMethods != parser.No:
			judgeWide(v)
		case v.Answer == parser.CannotTell:
			oneUnknown = &v
		}
	}
	switch {
	case logged && oneUnknown != nil:
		return *oneUnknown
	case logged:
		return parser.Decided
	case wideUnknown != nil:
		return *wideUnknown
	case stageWideName != "" && stageWide == nil:
		return parser.Bad(nil, stageWideName+" is not set, and no method setting for all methods sets the logging level to ERROR or INFO")
	}
	return parser.Bad(nil, "no method setting for all methods sets the logging level to ERROR or INFO")
}

// cfnMethodLogs reads a CloudFormation MethodSettings list; it returns the
// value that hides the list when the list itself is unknown.
func cfnMethodLogs(list *parser.Value, name string) ([]methodLog, *parser.Value) {
	items, u := setting.Blocks(list)
	if u != nil {
		return nil, u
	}
	out := make([]methodLog, 0, len(items))
	for _, m := range items {
		path, okP := m.Get("ResourcePath").AsString()
		verb, okV := m.Get("HttpMethod").AsString()
		e := methodLog{allMethods: parser.CannotTell, method: verb + " " + path, level: m.Get("LoggingLevel"), name: name + ".LoggingLevel", at: list}
		if okP && okV {
			e.allMethods = parser.No
			if path == "/*" && verb == "*" {
				e.allMethods = parser.Yes
			}
		}
		out = append(out, e)
	}
	return out, nil
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
			entries, u := cfnMethodLogs(ms, "MethodSettings")
			if u != nil {
				p.Judge(res, parser.Unknowable(u, "MethodSettings"), apiExecutionLogProblem)
				continue
			}
			p.Judge(res, stageExecutionLog(entries, nil, ""), apiExecutionLogProblem)
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
			entries, u := cfnMethodLogs(sd.Get("MethodSettings"), "StageDescription.MethodSettings")
			if u != nil {
				p.Judge(res, parser.Unknowable(u, "StageDescription.MethodSettings"), apiExecutionLogProblem)
				continue
			}
			v := stageExecutionLog(entries, sd.Get("LoggingLevel"), "StageDescription.LoggingLevel")
			if v.Answer == parser.Yes && v.At == nil {
				v.At = sd
			}
			p.Judge(res, v, apiExecutionLogProblem)
		default:
			terraformStageExecutionLogging(p, res)
		}
	}
	orphanMethodSettingsLogging(p)
}

// orphanMethodSettingsLogging judges the aws_api_gateway_method_settings
// whose stage is not a scanned aws_api_gateway_stage (a stage named by a
// literal, made elsewhere): a logging level written as OFF turns execution
// logging off for the methods it covers, whatever the stage; a level left
// out is the stage's, which is not in the scan, and is not reported.
func orphanMethodSettingsLogging(p *engine.Pass) {
	for _, r := range p.KnownResources("aws_api_gateway_method_settings") {
		if len(p.Referenced(r, "stage_name", "aws_api_gateway_stage")) > 0 {
			continue // judged with its stage
		}
		level := methodSettingsLevel.Of(r)
		what := "the methods it covers write no execution logs (logging level OFF)"
		if path, ok := methodSettingsPath.Of(r).AsString(); ok && path == "*/*" {
			what = "no method of the stage writes execution logs (logging level OFF for */*)"
		}
		p.Judge(r, parser.OneOf(level, methodSettingsLevel.Name(r), "", "OFF"), what)
	}
}

// methodSettingsLevel and methodSettingsPath are an
// aws_api_gateway_method_settings' logging level and method path.
var (
	methodSettingsLevel = parser.A("settings.logging_level", "")
	methodSettingsPath  = parser.A("method_path", "")
)

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
	var entries []methodLog
	for _, r := range p.Referrers(stage, "stage_name", "aws_api_gateway_method_settings") {
		e := methodLog{allMethods: parser.CannotTell, level: methodSettingsLevel.Of(r), name: r.Address + ".settings.logging_level"}
		if path, ok := methodSettingsPath.Of(r).AsString(); ok {
			e.method, e.allMethods = path, parser.No
			if path == "*/*" {
				e.allMethods = parser.Yes
			}
		}
		entries = append(entries, e)
	}
	v := stageExecutionLog(entries, nil, "")
	if v.Answer == parser.Yes && v.At == nil && len(entries) == 0 {
		v.Detail = "no aws_api_gateway_method_settings sets settings.logging_level to ERROR or INFO for it"
	}
	p.Judge(stage, v, apiExecutionLogProblem)
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
