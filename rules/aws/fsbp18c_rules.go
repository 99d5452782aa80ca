package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage18cRules are the rules HashiCorp's FSBP Sentinel policy set for
// AWS services L to Z brought (session 18).
func coverage18cRules() []*engine.Rule {
	return []*engine.Rule{mskConnectPlaintext(), networkFirewallPassesUninspected(), rdsMainLogLeftOut(), searchAnonymousAuth()}
}

// mskConnectPlaintext reports MSK Connect connectors that reach their
// Apache Kafka cluster in plaintext: PLAINTEXT is the encryption type
// when none is given.
func mskConnectPlaintext() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-364"}, setting.Check{
		Types: []string{"aws_mskconnect_connector", "AWS::KafkaConnect::Connector"},
		Judge: setting.MustNotBe(parser.A("kafka_cluster_encryption_in_transit.encryption_type",
			"KafkaClusterEncryptionInTransit.EncryptionType"), "PLAINTEXT", "PLAINTEXT"),
		Problem: "the connector's records travel to and from the Kafka cluster unencrypted",
	})
}

// Network Firewall policy settings: the stateless engine's default actions
// for full and fragmented packets, the rule groups of both engines and the
// stateful engine's default actions.
var (
	nfwStatelessDefault  = parser.A("firewall_policy.stateless_default_actions", "FirewallPolicy.StatelessDefaultActions")
	nfwFragmentDefault   = parser.A("firewall_policy.stateless_fragment_default_actions", "FirewallPolicy.StatelessFragmentDefaultActions")
	nfwStatelessGroups   = parser.A("firewall_policy.stateless_rule_group_reference", "FirewallPolicy.StatelessRuleGroupReferences")
	nfwStatefulGroups    = parser.A("firewall_policy.stateful_rule_group_reference", "FirewallPolicy.StatefulRuleGroupReferences")
	nfwStatefulDefault   = parser.A("firewall_policy.stateful_default_actions", "FirewallPolicy.StatefulDefaultActions")
	nfwForwardToStateful = "aws:forward_to_sfe"
)

// networkFirewallPassesUninspected reports Network Firewall policies that
// let traffic through without inspecting it: a stateless default action
// aws:pass sends every packet no stateless rule matches on its way, past
// the stateful engine; and a policy that forwards everything to the
// stateful engine with no rule group in either engine and no stateful
// default action passes every packet too (the stateful engine passes what
// no rule matches). A policy with rule groups, or a stateful default
// action, is left to its rules.
func networkFirewallPassesUninspected() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-365"}, setting.Check{
		Types: []string{"aws_networkfirewall_firewall_policy", "AWS::NetworkFirewall::FirewallPolicy"},
		Judge: setting.Either(
			listNames(nfwStatelessDefault, "aws:pass"),
			listNames(nfwFragmentDefault, "aws:pass"),
			logSaying(setting.Both(
				listNames(nfwStatelessDefault, nfwForwardToStateful),
				setting.MustBeSet(nfwStatelessGroups),
				setting.MustBeSet(nfwStatefulGroups),
				setting.MustBeSet(nfwStatefulDefault)),
				"packets go to the stateful engine, which has no rule group and no default action and so passes them")),
		Problem: "the firewall lets traffic through without inspecting it",
	})
}

// rdsMainLogLeftOut reports RDS for PostgreSQL and SQL Server databases
// (instances and clusters) that export logs to CloudWatch Logs but not
// the engine's own log: the PostgreSQL log, or the SQL Server error log.
// A database that exports nothing is AWS-183's.
func rdsMainLogLeftOut() *engine.Rule {
	engine_ := parser.A("engine", "Engine")
	exports := parser.A("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")
	exported := setting.Not(setting.MustBeSet(exports))
	leftOut := func(log, what string, engines ...string) setting.Judge {
		return logSaying(setting.Both(mustInclude(exports, log), exported, setting.Is(engine_, "", engines...)),
			"the exported logs leave out "+log+", "+what)
	}
	return setting.Rule(engine.Rule{ID: "AWS-366"}, setting.Check{
		Types: []string{"aws_db_instance", "AWS::RDS::DBInstance", "aws_rds_cluster", "AWS::RDS::DBCluster"},
		Judge: setting.Either(
			leftOut("postgresql", "the PostgreSQL log", "postgres", "aurora-postgresql"),
			leftOut("error", "the SQL Server error log", "sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web")),
		Problem: "the database's own log stays on the instance, where it rotates away within days",
	})
}

// searchAnonymousAuth reports OpenSearch and Elasticsearch domains whose
// fine-grained access control admits anonymous requests: the migration
// period (anonymous_auth_enabled) lets callers without credentials in. The
// Terraform aws_elasticsearch_domain has no such argument.
func searchAnonymousAuth() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-367"}, setting.Check{
		Types: []string{"aws_opensearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		Judge: setting.MustBeFalse(parser.A("advanced_security_options.anonymous_auth_enabled",
			"AdvancedSecurityOptions.AnonymousAuthEnabled"), false),
		Problem: "requests without credentials are let in as the anonymous user",
	})
}
