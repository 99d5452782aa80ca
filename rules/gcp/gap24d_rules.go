package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap24dRules are the rules of the session 24 gap audit against Trivy and
// Checkov's Google Cloud checks (gap24d).
func gap24dRules() []*engine.Rule {
	return []*engine.Rule{
		gap24dVertexPublicEndpoint(),
		gap24dDialogflowLogging(),
		{ID: "GCP-188", Check: checkArmorWithoutRules, Reads: armorWithoutRulesReads},
	}
}

// gap24dVertexPublicEndpoint is GCP-186: a Vertex AI endpoint that is
// neither peered with a VPC network (network) nor served through Private
// Service Connect is a public endpoint, reachable from the internet; an
// index endpoint is public only when public_endpoint_enabled is true
// (default false).
func gap24dVertexPublicEndpoint() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-186"},
		setting.Check{
			Types: []string{"google_vertex_ai_endpoint"},
			Judge: setting.Both(
				setting.MustBeSet(parser.A("network", "")),
				setting.MustBeTrue(parser.A("private_service_connect_config.enable_private_service_connect", ""), false)),
			Problem: "the endpoint serves predictions on a public endpoint reachable from the internet",
		},
		setting.Check{
			Types:   []string{"google_vertex_ai_index_endpoint"},
			Judge:   setting.MustBeFalse(parser.A("public_endpoint_enabled", ""), false),
			Problem: "the deployed indexes are served on a public endpoint reachable from the internet",
		})
}

// gap24dDialogflowLogging is GCP-187: a Dialogflow ES agent logs
// conversations to Cloud Logging only with enable_logging (default false);
// a Dialogflow CX agent with enable_stackdriver_logging or
// advanced_settings.logging_settings.enable_stackdriver_logging (default
// false); a CX webhook with enable_stackdriver_logging (default false).
func gap24dDialogflowLogging() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-187"},
		setting.Check{
			Types:   []string{"google_dialogflow_agent"},
			Judge:   setting.MustBeTrue(parser.A("enable_logging", ""), false),
			Problem: "the agent's requests and responses are not logged to Cloud Logging",
		},
		setting.Check{
			Types: []string{"google_dialogflow_cx_agent"},
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("enable_stackdriver_logging", ""), false),
				setting.MustBeTrue(parser.A("advanced_settings.logging_settings.enable_stackdriver_logging", ""), false)),
			Problem: "the agent's interactions are not logged to Cloud Logging",
		},
		setting.Check{
			Types:   []string{"google_dialogflow_cx_webhook"},
			Judge:   setting.MustBeTrue(parser.A("enable_stackdriver_logging", ""), false),
			Problem: "the webhook's calls are not logged to Cloud Logging",
		})
}
