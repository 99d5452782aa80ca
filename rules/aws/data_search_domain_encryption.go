package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataSearchDomainNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-045",
		Name:     "opensearch-domain-not-encrypted",
		Title:    "OpenSearch or Elasticsearch domain is not encrypted at rest",
		Severity: engine.High,
		Description: "An Amazon OpenSearch Service domain (aws_opensearch_domain, aws_elasticsearch_domain, " +
			"AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain) is created without encryption at " +
			"rest: the encrypt_at_rest block (EncryptionAtRestOptions) is absent, or its enabled flag is absent " +
			"or false. Only the console encrypts by default: through the API, the Terraform provider and " +
			"CloudFormation the default is false, and indexes, automated snapshots, logs and swap files are " +
			"stored unencrypted. A domain with fine-grained access control enabled and no encryption setting is " +
			"not reported (the service requires encryption at rest for it), nor is a domain whose setting is " +
			"unknown. Some old instance types (T2) and Elasticsearch versions before 5.1 cannot encrypt: the " +
			"fix then includes changing them.",
		Remediation: engine.Remediation{Summary: "Add encrypt_at_rest { enabled = true } (EncryptionAtRestOptions: {Enabled: true}), optionally with a customer managed KMS key."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		// Fine-grained access control cannot be created without encryption at rest.
		If:      setting.Not(setting.MustBeFalse(parser.A("advanced_security_options.enabled", "AdvancedSecurityOptions.Enabled"), false)),
		Judge:   setting.MustBeTrue(parser.A("encrypt_at_rest.enabled", "EncryptionAtRestOptions.Enabled"), false),
		Problem: "indexes and snapshots are not encrypted at rest",
	})
}
