package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataSearchDomainNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-045"}, setting.Check{
		Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		// Fine-grained access control cannot be created without encryption at rest.
		If:      setting.Not(setting.MustBeFalse(parser.A("advanced_security_options.enabled", "AdvancedSecurityOptions.Enabled"), false)),
		Judge:   setting.MustBeTrue(parser.A("encrypt_at_rest.enabled", "EncryptionAtRestOptions.Enabled"), false),
		Problem: "indexes and snapshots are not encrypted at rest",
	})
}
